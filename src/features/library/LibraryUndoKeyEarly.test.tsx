import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { Toasts } from '../../app/ui/Toasts';
import { useToasts } from '../../app/ui/toasts';
import { listArticles, saveArticle } from '../../db/articles';
import { LesaDB, useDatabase } from '../../db/db';
import { LibraryWithData } from './LibraryWithData';

// The library's undo key is loaded after the first screen (its code is kept out of the first
// load). Here that code arrives slowly, as on a slow phone or a cold start: a deletion right after
// the page opens, then U at once, must still bring the article back.
const LOAD_MS = 400;
vi.mock('../../app/ui/useUndoKeys', async (importOriginal) => {
  await new Promise((r) => setTimeout(r, LOAD_MS));
  return importOriginal();
});
vi.mock('./useFirstRunSeeding', () => ({ useFirstRunSeeding: () => false }));

beforeEach(() => useDatabase(new LesaDB('test-library-undo-early')));
afterEach(() => act(() => useToasts.setState({ toasts: [] })));

const save = (title: string, createdAt: number) =>
  saveArticle(
    { title, author: null, publishedAt: null, site: null, caption: null, wordCount: 8, origin: 'test', text: `${FIXTURE_TEXT} ${title}`, createdAt },
    fixtureAnalysis(),
  );

describe('Library page, the undo key before its code has loaded', () => {
  it('a deletion as soon as the page shows, then U as soon as its Undo toast shows: the article comes back', async () => {
    await save('Fyrsta', 2);
    await save('Önnur', 1);
    const user = userEvent.setup();
    const opened = Date.now();
    render(
      <>
        <main>
          <LibraryWithData />
        </main>
        <Toasts />
      </>,
    );
    await user.click(await screen.findByRole('button', { name: 'Delete “Önnur”' }));
    // (The test means something only if the deletion came before the undo key's code could load.)
    expect(Date.now() - opened).toBeLessThan(LOAD_MS);
    await screen.findByRole('button', { name: 'Undo' }, { timeout: 2000 });
    await user.keyboard('u');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete “Önnur”' })).toHaveFocus());
    expect((await listArticles()).map((a) => a.title)).toEqual(['Fyrsta', 'Önnur']);
  });
});
