import { encodeCsv } from './csv';
import type { ExportWord } from './words';

/** Columns of Lesa's CSV, in order. The header row names them; `readCsv` recognises it again. */
export const CSV_HEADER = ['Lemma', 'Part of speech', 'Gender', 'Gloss', 'Note', 'Example', 'Key'] as const;

/** Words → CSV text (UTF-8 with BOM, RFC 4180 quoting, CRLF, formula-like cells neutralised), with a header row. */
export function wordsToCsv(words: readonly ExportWord[]): string {
  return encodeCsv([
    [...CSV_HEADER],
    ...words.map((w) => [w.display, w.pos ?? '', w.gender ?? '', w.gloss, w.note, w.example, w.lemma]),
  ]);
}
