import { wordsToAnkiTsv } from './ankiTsv';
import { buildApkg } from './apkg';
import { serializeLesaList, LESA_LIST_EXTENSION, type LesaList } from './lesaList';
import { loadSqlJs } from './sqlLoader';
import { wordsToCsv } from './wordsCsv';
import { safeFileName, type ExportWord, type WordLabels } from './words';

export type ExportFormat = 'csv' | 'apkg' | 'anki-tsv' | 'lesa-list';

export interface ExportFile {
  name: string;
  mime: string;
  data: string | Uint8Array;
}

export interface ExportSource {
  /** Deck and file name. */
  name: string;
  words: readonly ExportWord[];
  /** The whole list, for `.lesa-list.json` (sources, notes, counts). */
  list?: LesaList;
}

/** Makes the file for one export format. */
export async function makeExportFile(format: ExportFormat, src: ExportSource, labels: WordLabels): Promise<ExportFile> {
  const base = safeFileName(src.name);
  switch (format) {
    case 'csv':
      return { name: `${base}.csv`, mime: 'text/csv;charset=utf-8', data: wordsToCsv(src.words) };
    case 'anki-tsv':
      return { name: `${base}.anki.txt`, mime: 'text/tab-separated-values;charset=utf-8', data: wordsToAnkiTsv(src.words, { deck: src.name, labels }) };
    case 'apkg':
      return { name: `${base}.apkg`, mime: 'application/octet-stream', data: await buildApkg(await loadSqlJs(), src.words, { deck: src.name, labels }) };
    case 'lesa-list': {
      const list = src.list ?? { name: src.name, sources: [], entries: src.words.map((w) => ({ ...w, count: 0 })) };
      return { name: `${base}${LESA_LIST_EXTENSION}`, mime: 'application/json', data: serializeLesaList(list) };
    }
  }
}

/** Hands a file to the browser's download (no server involved). */
export function saveFile(file: ExportFile): void {
  const blob = new Blob([file.data as BlobPart], { type: file.mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
