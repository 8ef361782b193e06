import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listArticles } from '../../db/articles';
import { renderLibrary, saveTitled as save, useLibraryTestDatabase } from './renderLibrary.test-helper';

// The library's undo key is loaded after the first screen (its code is kept out of the first
// load). Here that code arrives slowly, as on a slow phone or a cold start: a deletion right after
// the page opens, then U at once, must still bring the article back.
const LOAD_MS = 400;
vi.mock('../../app/ui/useUndoKeys', async (importOriginal) => {
  await new Promise((r) => setTimeout(r, LOAD_MS));
  return importOriginal();
});
vi.mock('./useFirstRunSeeding', () => ({ useFirstRunSeeding: () => false }));

useLibraryTestDatabase(() => 'test-library-undo-early');

describe('Library page, the undo key before its code has loaded', () => {
  it('a deletion as soon as the page shows, then U as soon as its Undo toast shows: the article comes back', async () => {
    await save('Fyrsta', 2);
    await save('Önnur', 1);
    const user = userEvent.setup();
    const opened = Date.now();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'Delete “Önnur”' }));
    // (The test means something only if the deletion came before the undo key's code could load.)
    expect(Date.now() - opened).toBeLessThan(LOAD_MS);
    await screen.findByRole('button', { name: 'Undo' }, { timeout: 2000 });
    await user.keyboard('u');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete “Önnur”' })).toHaveFocus());
    expect((await listArticles()).map((a) => a.title)).toEqual(['Fyrsta', 'Önnur']);
  });
});
