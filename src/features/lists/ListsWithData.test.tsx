import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { AnalysisProvider } from '../../app/services';
import { Toasts } from '../../app/ui/Toasts';
import { useToasts } from '../../app/ui/toasts';
import { getDb, LesaDB, useDatabase } from '../../db/db';
import { createList, getList } from '../../db/lists';
import type { AnalysisClient } from '../../worker/client';
import { AWKWARD_ENTRIES } from '../export/testWords';
import { ListsIndexWithData } from './ListsIndexWithData';
import { ListWithData } from './ListWithData';

// Adding typed words and the article builder are not used here.
const client = { ready: async () => 1, lemmaRanks: async (keys: string[]) => keys.map(() => 0) } as unknown as AnalysisClient;

let n = 0;
beforeEach(() => useDatabase(new LesaDB(`test-lists-page-${n++}`)));
afterEach(() => act(() => useToasts.setState({ toasts: [] })));

function renderPage(page: ReactNode) {
  render(
    <AnalysisProvider client={client}>
      <main>{page}</main>
      <Toasts />
    </AnalysisProvider>,
  );
}

describe('Word lists, delete and Undo', () => {
  it('keyboard: Undo of a deleted list brings it back and puts the focus on its Delete button', async () => {
    await createList('Vika 1');
    await createList('Vika 2');
    await createList('Vika 3');
    const user = userEvent.setup();
    renderPage(<ListsIndexWithData />);
    await user.click(await screen.findByRole('button', { name: 'Delete “Vika 2”' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete “Vika 2”' })).toBeNull());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete “Vika 2”' })).toHaveFocus());
  });

  it('keyboard: Undo of a removed word brings it back and puts the focus on its × button', async () => {
    const id = await createList('Vika 3', { entries: AWKWARD_ENTRIES.slice(0, 3) });
    const [, second] = AWKWARD_ENTRIES;
    const user = userEvent.setup();
    renderPage(<ListWithData id={id} />);
    await user.click(await screen.findByRole('button', { name: `Remove “${second.display}”` }));
    await waitFor(() => expect(screen.queryByRole('button', { name: `Remove “${second.display}”` })).toBeNull());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('button', { name: `Remove “${second.display}”` })).toHaveFocus());
    expect((await getList(id))?.entries).toEqual(AWKWARD_ENTRIES.slice(0, 3));
  });
});

describe('A list’s words into the vocabulary', () => {
  it('a student who imported a list without its words adds them from the list page; pressed again, nothing is added twice', async () => {
    const id = await createList('Vika 3', { entries: AWKWARD_ENTRIES });
    await getDb().words.put({ lemma: 'hestur', status: 'known', updatedAt: 1 });
    const user = userEvent.setup();
    renderPage(<ListWithData id={id} />);
    const button = await screen.findByRole('button', { name: 'Add the words to my vocabulary' });
    await user.click(button);
    expect(await screen.findByText('Added 3 words to your vocabulary as Learning, for review. 1 word you already have was left as it was.')).toBeInTheDocument();
    expect(await getDb().words.get('hestur')).toMatchObject({ status: 'known' });
    expect(await getDb().words.get('þyrping')).toMatchObject({ status: 'learning', gloss: 'cluster, "crowd"' });
    expect((await getDb().cards.toArray()).map((c) => c.lemma).sort()).toEqual(['Bandaríkin', 'æður', 'þyrping'].sort());

    await user.click(button);
    expect(await screen.findByText('You already have all these words: nothing was changed.')).toBeInTheDocument();
    expect(await getDb().cards.count()).toBe(3);
    expect(await getDb().statusLog.count()).toBe(3);
    expect(await getDb().words.count()).toBe(4);
  });
});
