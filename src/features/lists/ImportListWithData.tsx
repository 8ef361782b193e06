import { importList, readListFile } from './importList';
import { ImportListView } from './ImportListView';

export function ImportListWithData() {
  return (
    <ImportListView
      onRead={readListFile}
      onImport={(list, choice) => importList(list, choice)}
    />
  );
}
