import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { showToast, undoFocusKey } from '../../app/ui/toasts';
import { useUndoKeys } from '../../app/ui/useUndoKeys';
import { createList, deleteList, duplicateList, listLists, renameList, restoreList } from '../../db/lists';
import { ImportListWithData } from './ImportListWithData';
import { ListsIndexView } from './ListsIndexView';

export function ListsIndexWithData() {
  const { t } = useTranslation('lists');
  const lists = useLiveQuery(listLists);
  // U or Ctrl+Z undoes the newest deletion whose toast still shows, as its Undo button does.
  useUndoKeys('list');
  return (
    <ListsIndexView
      lists={lists}
      onCreate={async (name) => {
        const id = await createList(name);
        navigate({ name: 'page', page: 'lists', param: String(id) });
      }}
      onRename={(l, name) => void renameList(l.id!, name)}
      onDuplicate={(l) => void duplicateList(l.id!, t('copyName', { name: l.name }))}
      onDelete={async (l) => {
        const gone = await deleteList(l.id!);
        if (!gone) return;
        showToast({
          message: t('deleted', { name: l.name }),
          actionLabel: t('undo'),
          action: () => restoreList(gone),
          undoFocus: undoFocusKey('list', l.id!),
        });
      }}
      importPanel={<ImportListWithData />}
      undoKeys
    />
  );
}
