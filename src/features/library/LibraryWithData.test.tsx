import { act, render, screen, waitFor } from '@testing-library/react';
import i18n from 'i18next';
import userEvent from '@testing-library/user-event';
import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { Toasts } from '../../app/ui/Toasts';
import { useToasts } from '../../app/ui/toasts';
import { listArticles, saveArticle } from '../../db/articles';
import { LesaDB, useDatabase } from '../../db/db';
import { LibraryWithData } from './LibraryWithData';

// No first-run import of the sample articles here (it needs the language worker).
vi.mock('./useFirstRunSeeding', () => ({ useFirstRunSeeding: () => false }));

let n = 0;
beforeEach(() => useDatabase(new LesaDB(`test-library-page-${n++}`)));
afterEach(() => act(() => useToasts.setState({ toasts: [] })));

/** Listed newest first: save them with decreasing `createdAt` to list them in the order saved. */
const save = (title: string, createdAt: number) =>
  saveArticle(
    { title, author: null, publishedAt: null, site: null, caption: null, wordCount: 8, origin: 'test', text: `${FIXTURE_TEXT} ${title}`, createdAt },
    fixtureAnalysis(),
  );

describe('Library page, delete and Undo', () => {
  it('keyboard: Undo brings the article back and puts the focus on its Delete button', async () => {
    await save('Fyrsta', 3);
    await save('Önnur', 2);
    await save('Þriðja', 1);
    const user = userEvent.setup();
    render(
      <>
        <main>
          <LibraryWithData />
        </main>
        <Toasts />
      </>,
    );
    await user.click(await screen.findByRole('button', { name: 'Delete “Önnur”' }));
    // The article goes; focus moves on to the Delete button of the next one.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete “Önnur”' })).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete “Þriðja”' })).toHaveFocus());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete “Önnur”' })).toHaveFocus());
  });
});

function renderLibrary() {
  render(
    <>
      <main>
        <LibraryWithData />
      </main>
      <Toasts />
    </>,
  );
}

const titles = async () => (await listArticles()).map((a) => a.title);
const deleteButton = (title: string) => screen.queryByRole('button', { name: `Delete “${title}”` });

describe('Library page, the undo key (the toast’s Undo comes after every article in the Tab order)', () => {
  beforeEach(async () => {
    await save('Fyrsta', 3);
    await save('Önnur', 2);
    await save('Þriðja', 1);
  });

  it('keyboard: Ctrl+Z right after a delete brings the article back, closes its toast and puts the focus on its Delete button', async () => {
    const user = userEvent.setup();
    renderLibrary();
    (await screen.findByRole('button', { name: 'Delete “Önnur”' })).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(deleteButton('Þriðja')).toHaveFocus());
    expect(await titles()).toEqual(['Fyrsta', 'Þriðja']);
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(deleteButton('Önnur')).toHaveFocus());
    expect(await titles()).toEqual(['Fyrsta', 'Önnur', 'Þriðja']);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('U undoes the latest delete first, then the one before it', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'Delete “Fyrsta”' }));
    await waitFor(() => expect(deleteButton('Fyrsta')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Delete “Þriðja”' }));
    await waitFor(() => expect(deleteButton('Þriðja')).toBeNull());
    await user.keyboard('u');
    await waitFor(() => expect(deleteButton('Þriðja')).toHaveFocus());
    expect(deleteButton('Fyrsta')).toBeNull();
    await user.keyboard('u');
    await waitFor(() => expect(deleteButton('Fyrsta')).toHaveFocus());
    expect(await titles()).toEqual(['Fyrsta', 'Önnur', 'Þriðja']);
  });

  it('in the search field Ctrl+Z and U are the field’s own: the article stays deleted and its toast stays', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'Delete “Önnur”' }));
    await screen.findByRole('button', { name: 'Undo' });
    await user.click(screen.getByRole('searchbox'));
    await user.keyboard('{Control>}z{/Control}u');
    expect(screen.getByRole('searchbox')).toHaveValue('u');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    expect(await titles()).toEqual(['Fyrsta', 'Þriðja']);
  });

  it('once its toast has gone the key does nothing', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'Delete “Önnur”' }));
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    await user.keyboard('{Control>}z{/Control}u');
    expect(await titles()).toEqual(['Fyrsta', 'Þriðja']);
    expect(deleteButton('Önnur')).toBeNull();
  });

  it('says so on the page, in both languages', async () => {
    renderLibrary();
    expect(await screen.findByText(/^Keys: U or Ctrl \+ Z undoes the last deletion/)).toBeInTheDocument();
    await act(() => i18n.changeLanguage('is'));
    try {
      expect(await screen.findByText(/^Lyklar: U eða Ctrl \+ Z afturkallar síðustu eyðingu/)).toBeInTheDocument();
    } finally {
      await act(() => i18n.changeLanguage('en'));
    }
  });
});
