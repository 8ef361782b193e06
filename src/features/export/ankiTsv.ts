import { cardFaces, ankiTag } from './ankiCards';
import type { ExportWord, WordLabels } from './words';

function tsvField(v: string): string {
  // No apostrophe before = + - @ (unlike the CSV): Anki shows it on the card ("'-lega"), and it runs no formulas.
  // Anki reads the text file as CSV with tab separators: fields with a tab, quote or line break are quoted.
  return /[\t"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * An Anki-importable text file (File → Import): tab separated, plain text (`#html:false`), one
 * Basic note per word (Front = lemma, Back = gloss, grammar, example, note on separate lines),
 * with the deck named and a tag column.
 */
export function wordsToAnkiTsv(words: readonly ExportWord[], opts: { deck: string; labels: WordLabels; tag?: string }): string {
  const tag = ankiTag(opts.tag ?? 'lesa');
  const lines = [
    '#separator:tab',
    '#html:false',
    '#notetype:Basic',
    `#deck:${opts.deck.replace(/[\r\n\t]+/g, ' ')}`,
    '#tags column:3',
    '#columns:Front\tBack\tTags',
    ...words.map((w) => {
      const f = cardFaces(w, opts.labels);
      return [f.front, f.back.join('\n'), tag].map(tsvField).join('\t');
    }),
  ];
  return lines.join('\n') + '\n';
}
