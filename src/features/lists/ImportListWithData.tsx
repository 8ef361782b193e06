import { importList, readFileText, readImportFile } from './importList';
import { ImportListView } from './ImportListView';

export function ImportListWithData() {
  return (
    <ImportListView
      onRead={async (file) => readImportFile(file.name, await readFileText(file))}
      onImport={(list, choice) => importList(list, choice)}
    />
  );
}
