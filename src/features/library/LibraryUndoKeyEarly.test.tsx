import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listArticles } from '../../db/articles';
import { renderLibrary, saveTitled as save, useLibraryTestDatabase } from './renderLibrary.test-helper';

// The library's undo key is loaded after the first screen (its code is kept out of the first
// load). Here that code arrives only when the test lets it, as on a slow phone or a cold start: a
// deletion before it has loaded, then U as soon as the Undo toast shows, must still bring the
// article back. (A gate the test opens, not a timer, so a busy machine cannot reorder the steps.)
const gate = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open, loaded: false };
});
vi.mock('../../app/ui/useUndoKeys', async (importOriginal) => {
  await gate.opened;
  const mod = await importOriginal();
  gate.loaded = true;
  return mod;
});
vi.mock('./useFirstRunSeeding', () => ({ useFirstRunSeeding: () => false }));

useLibraryTestDatabase(() => 'test-library-undo-early');

describe('Library page, the undo key before its code has loaded', () => {
  it('a deletion as soon as the page shows, then U as soon as its Undo toast shows: the article comes back', async () => {
    await save('Fyrsta', 2);
    await save('Önnur', 1);
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'Delete “Önnur”' }));
    // (The deletion came before the undo key's code loaded.)
    expect(gate.loaded).toBe(false);
    gate.open();
    await screen.findByRole('button', { name: 'Undo' }, { timeout: 2000 });
    await user.keyboard('u');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete “Önnur”' })).toHaveFocus());
    expect((await listArticles()).map((a) => a.title)).toEqual(['Fyrsta', 'Önnur']);
  });
});
