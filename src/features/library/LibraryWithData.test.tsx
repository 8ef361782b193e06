import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listArticles } from '../../db/articles';
import { describeUndoKeys } from '../../../test/unit/undoKeyPageTests';
import { renderLibrary, saveTitled as save, useLibraryTestDatabase } from './renderLibrary.test-helper';

// No first-run import of the sample articles here (it needs the language worker).
vi.mock('./useFirstRunSeeding', () => ({ useFirstRunSeeding: () => false }));

let n = 0;
useLibraryTestDatabase(() => `test-library-page-${n++}`);

describe('Library page, delete and Undo', () => {
  it('keyboard: Undo brings the article back and puts the focus on its Delete button', async () => {
    await save('Fyrsta', 3);
    await save('Önnur', 2);
    await save('Þriðja', 1);
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'Delete “Önnur”' }));
    // The article goes; focus moves on to the Delete button of the next one.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete “Önnur”' })).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete “Þriðja”' })).toHaveFocus());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete “Önnur”' })).toHaveFocus());
  });
});

const titles = async () => (await listArticles()).map((a) => a.title);
describeUndoKeys('Library page, the undo key (the toast’s Undo comes after every article in the Tab order)', {
  noun: 'article',
  items: ['Fyrsta', 'Önnur', 'Þriðja'],
  seed: async ([a, b, c]) => {
    await save(a, 3);
    await save(b, 2);
    await save(c, 1);
  },
  renderPage: renderLibrary,
  stored: titles,
  textField: () => screen.getByRole('searchbox'),
});
