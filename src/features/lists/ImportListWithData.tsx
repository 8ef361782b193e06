import { importList, readImportFile } from './importList';
import { ImportListView } from './ImportListView';

export function ImportListWithData() {
  return (
    <ImportListView
      onRead={async (file) => readImportFile(file.name, await file.text())}
      onImport={(list, choice) => importList(list, choice)}
    />
  );
}
