import { parseCsv } from './csv';
import { LIMITS, type ImportProblem, type ParseResult } from './problems';
import { GENDERS, isPartOfSpeech, lemmaKeyOf, type ExportWord } from './words';
import type { Gender, PartOfSpeech } from '../../lang/types';

/** The fields a CSV column can be mapped to. */
export const CSV_FIELDS = ['lemma', 'gloss', 'note', 'example', 'pos', 'gender', 'key'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Column index for each field, or null when the file has no such column. */
export type CsvMapping = Record<CsvField, number | null>;

export interface CsvTable {
  rows: string[][];
  /** Number of columns of the widest row. */
  width: number;
  /** Whether the first row looks like a header (its cells name known fields). */
  hasHeader: boolean;
  mapping: CsvMapping;
}

/** Header names (English and Icelandic, lower-case) recognised for each field. */
const HEADER_NAMES: Record<CsvField, string[]> = {
  lemma: ['lemma', 'word', 'headword', 'front', 'icelandic', 'orð', 'uppflettiorð', 'flettiorð', 'íslenska'],
  gloss: ['gloss', 'meaning', 'translation', 'english', 'back', 'definition', 'þýðing', 'merking', 'enska'],
  note: ['note', 'notes', 'comment', 'athugasemd', 'skýring', 'minnispunktur'],
  example: ['example', 'sentence', 'example sentence', 'context', 'dæmi', 'dæmisetning', 'setning'],
  pos: ['part of speech', 'pos', 'word class', 'orðflokkur'],
  gender: ['gender', 'kyn'],
  key: ['key', 'lemma key', 'lykill'],
};

function fieldOfHeader(cell: string): CsvField | null {
  const c = cell.trim().toLocaleLowerCase('is');
  for (const f of CSV_FIELDS) if (HEADER_NAMES[f].includes(c)) return f;
  return null;
}

/** Guesses header and mapping; without a header: lemma, gloss, note, example in column order. */
export function guessMapping(rows: string[][]): { hasHeader: boolean; mapping: CsvMapping } {
  const mapping: CsvMapping = { lemma: null, gloss: null, note: null, example: null, pos: null, gender: null, key: null };
  const first = rows[0] ?? [];
  first.forEach((cell, i) => {
    const f = fieldOfHeader(cell);
    if (f && mapping[f] === null) mapping[f] = i;
  });
  if (mapping.lemma !== null) return { hasHeader: true, mapping };
  const plain: CsvMapping = { lemma: null, gloss: null, note: null, example: null, pos: null, gender: null, key: null };
  const width = Math.max(0, ...rows.map((r) => r.length));
  (['lemma', 'gloss', 'note', 'example'] as const).forEach((f, i) => {
    if (i < width) plain[f] = i;
  });
  return { hasHeader: false, mapping: plain };
}

/** Reads CSV text into a table with a guessed mapping, or says on which line the CSV is broken. */
export function readCsv(text: string): ParseResult<CsvTable> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problems: [{ row: parsed.error.line, field: null, code: parsed.error.code }] };
  // A file of nothing but whitespace (spaces, tabs, separators) has no words either: not a blank column to map.
  if (parsed.rows.every((r) => r.every((cell) => !cell.trim()))) return { ok: false, problems: [{ row: null, field: null, code: 'empty' }] };
  const { hasHeader, mapping } = guessMapping(parsed.rows);
  return {
    ok: true,
    value: { rows: parsed.rows, width: Math.max(...parsed.rows.map((r) => r.length)), hasHeader, mapping },
  };
}

const GENDER_NAMES: Record<string, Gender> = {
  m: 'm', f: 'f', n: 'n',
  masculine: 'm', feminine: 'f', neuter: 'n',
  kk: 'm', kvk: 'f', hk: 'n', 'kk.': 'm', 'kvk.': 'f', 'hk.': 'n',
  karlkyn: 'm', kvenkyn: 'f', hvorugkyn: 'n',
};

/** A row with nothing in any cell: a spreadsheet saves its empty rows as ";;;" or ",,,". */
const isBlankRow = (r: readonly string[]) => r.every((cell) => !cell.trim());

/**
 * Table rows → words, with the chosen mapping. Every row is checked; any problem (row and field
 * named) means no words at all, so that nothing is half-imported. Rows with every cell blank are
 * skipped (still counted in the row numbers, which are the spreadsheet's).
 */
export function csvToWords(table: Pick<CsvTable, 'rows' | 'hasHeader'>, mapping: CsvMapping): ParseResult<ExportWord[]> {
  const problems: ImportProblem[] = [];
  const add = (p: ImportProblem) => {
    if (problems.length < LIMITS.problems) problems.push(p);
  };
  if (mapping.lemma === null) return { ok: false, problems: [{ row: null, field: 'lemma', code: 'noLemmaColumn' }] };
  const start = table.hasHeader ? 1 : 0;
  const data = table.rows.slice(start);
  const count = data.filter((r) => !isBlankRow(r)).length;
  if (count === 0) return { ok: false, problems: [{ row: null, field: null, code: 'empty' }] };
  if (count > LIMITS.entries) return { ok: false, problems: [{ row: null, field: null, code: 'tooMany' }] };
  const words: ExportWord[] = [];
  data.forEach((r, i) => {
    if (isBlankRow(r)) return;
    const row = start + i + 1;
    const cell = (f: CsvField) => {
      const idx = mapping[f];
      return idx === null ? '' : (r[idx] ?? '').trim();
    };
    const display = cell('lemma').normalize('NFC');
    if (!display) add({ row, field: 'lemma', code: 'required' });
    else if (display.length > LIMITS.lemma) add({ row, field: 'lemma', code: 'tooLong' });
    for (const f of ['gloss', 'note', 'example'] as const) {
      if (cell(f).length > LIMITS.text) add({ row, field: f, code: 'tooLong' });
    }
    const posCell = cell('pos').toLowerCase();
    let pos: PartOfSpeech | null = null;
    if (posCell) {
      const p = posCell.replace(/ /g, '-');
      if (isPartOfSpeech(p)) pos = p;
      else add({ row, field: 'pos', code: 'invalidPos' });
    }
    const gCell = cell('gender').toLocaleLowerCase('is');
    let gender: Gender | null = null;
    if (gCell) {
      gender = GENDER_NAMES[gCell] ?? null;
      if (!gender || !GENDERS.includes(gender)) add({ row, field: 'gender', code: 'invalidGender' });
    }
    const key = cell('key').normalize('NFC');
    if (key.length > LIMITS.lemma) add({ row, field: 'key', code: 'tooLong' });
    words.push({
      lemma: key || lemmaKeyOf(display, pos),
      display,
      pos,
      gender,
      gloss: cell('gloss').normalize('NFC'),
      note: cell('note').normalize('NFC'),
      example: cell('example').normalize('NFC'),
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: words };
}
