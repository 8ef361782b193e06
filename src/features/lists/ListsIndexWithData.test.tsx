import { act, configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { Toasts } from '../../app/ui/Toasts';
import { useToasts } from '../../app/ui/toasts';
import { LesaDB, useDatabase } from '../../db/db';
import { createList, listLists } from '../../db/lists';
import { ListsIndexWithData } from './ListsIndexWithData';

// Each action is an IndexedDB transaction (fake-indexeddb), then a toast: slow on a loaded machine.
configure({ asyncUtilTimeout: 5000 });
let n = 0;
beforeEach(() => useDatabase(new LesaDB(`test-lists-index-${n++}`)));
afterEach(() => act(() => useToasts.setState({ toasts: [] })));

function renderIndex() {
  render(
    <>
      <main>
        <ListsIndexWithData />
      </main>
      <Toasts />
    </>,
  );
}

const names = async () => (await listLists()).map((l) => l.name).sort();
const deleteButton = (name: string) => screen.queryByRole('button', { name: `Delete “${name}”` });

describe('Word lists, the undo key (the toast’s Undo comes after every list and the import panel in the Tab order)', () => {
  beforeEach(async () => {
    await createList('Vika 1');
    await createList('Vika 2');
    await createList('Vika 3');
  });

  it('keyboard: Ctrl+Z right after a delete brings the list back, closes its toast and puts the focus on its Delete button', async () => {
    const user = userEvent.setup();
    renderIndex();
    (await screen.findByRole('button', { name: 'Delete “Vika 2”' })).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(deleteButton('Vika 2')).toBeNull());
    expect(await names()).toEqual(['Vika 1', 'Vika 3']);
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(deleteButton('Vika 2')).toHaveFocus());
    expect(await names()).toEqual(['Vika 1', 'Vika 2', 'Vika 3']);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('U undoes the latest delete first, then the one before it', async () => {
    const user = userEvent.setup();
    renderIndex();
    await user.click(await screen.findByRole('button', { name: 'Delete “Vika 1”' }));
    await waitFor(() => expect(deleteButton('Vika 1')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Delete “Vika 3”' }));
    await waitFor(() => expect(deleteButton('Vika 3')).toBeNull());
    await user.keyboard('u');
    await waitFor(() => expect(deleteButton('Vika 3')).toHaveFocus());
    expect(deleteButton('Vika 1')).toBeNull();
    await user.keyboard('u');
    await waitFor(() => expect(deleteButton('Vika 1')).toHaveFocus());
    expect(await names()).toEqual(['Vika 1', 'Vika 2', 'Vika 3']);
  });

  it('in a text field (the new list’s name) Ctrl+Z and U are the field’s own: the list stays deleted and its toast stays', async () => {
    const user = userEvent.setup();
    renderIndex();
    await user.click(await screen.findByRole('button', { name: 'Delete “Vika 2”' }));
    await screen.findByRole('button', { name: 'Undo' });
    const field = screen.getByRole('textbox', { name: 'New list' });
    await user.click(field);
    await user.keyboard('{Control>}z{/Control}u');
    expect(field).toHaveValue('u');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    expect(await names()).toEqual(['Vika 1', 'Vika 3']);
  });

  it('once its toast has gone the key does nothing', async () => {
    const user = userEvent.setup();
    renderIndex();
    await user.click(await screen.findByRole('button', { name: 'Delete “Vika 2”' }));
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    await user.keyboard('{Control>}z{/Control}u');
    expect(await names()).toEqual(['Vika 1', 'Vika 3']);
    expect(deleteButton('Vika 2')).toBeNull();
  });

  it('says so on the page, in both languages', async () => {
    renderIndex();
    expect(await screen.findByText(/^Keys: U or Ctrl \+ Z undoes the last deletion/)).toBeInTheDocument();
    await act(() => i18n.changeLanguage('is'));
    try {
      expect(await screen.findByText(/^Lyklar: U eða Ctrl \+ Z afturkallar síðustu eyðingu/)).toBeInTheDocument();
    } finally {
      await act(() => i18n.changeLanguage('en'));
    }
  });
});
