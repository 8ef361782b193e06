import { act, configure, render, screen } from '@testing-library/react';
import { Toasts } from '../../app/ui/Toasts';
import { useToasts } from '../../app/ui/toasts';
import { LesaDB, useDatabase } from '../../db/db';
import { createList, listLists } from '../../db/lists';
import { ListsIndexWithData } from './ListsIndexWithData';
import { describeUndoKeys } from '../../../test/unit/undoKeyPageTests';

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
describeUndoKeys('Word lists, the undo key (the toast’s Undo comes after every list and the import panel in the Tab order)', {
  noun: 'list',
  items: ['Vika 1', 'Vika 2', 'Vika 3'],
  seed: async (names) => {
    for (const name of names) await createList(name);
  },
  renderPage: renderIndex,
  stored: names,
  textField: () => screen.getByRole('textbox', { name: 'New list' }),
});
