import { decodeBytes, type InputProblem } from '../../lang/text-input';
import { entryKey, importIntoVocabulary, importListOnly } from '../../db/lists';
import type { WordListEntry, WordListSource } from '../../db/types';
import { readCsv, type CsvTable } from '../export/csvMapping';
import { LESA_LIST_EXTENSION, parseLesaList, type LesaList } from '../export/lesaList';
import { LIMITS, type ImportProblem, type ProblemCode } from '../export/problems';
import type { ExportWord } from '../export/words';
import { planVocabularyImport, type VocabularyImportPlan } from './vocabularyImport';

export type ReadFileResult =
  | { kind: 'lesa-list'; list: LesaList }
  | { kind: 'csv'; table: CsvTable; name: string }
  | { kind: 'problems'; problems: ImportProblem[] };

/** The list name a file suggests: its name without the extension. */
export function nameFromFile(fileName: string): string {
  const base = fileName.replace(/\.lesa-list\.json$/i, '').replace(/\.(csv|tsv|txt|json)$/i, '');
  return base.trim() || fileName;
}

/** What `decodeBytes` refuses, as the list import names it. */
const DECODE_PROBLEM: Record<InputProblem, ProblemCode> = { binary: 'binaryFile', empty: 'empty', 'too-large': 'tooBig' };

/**
 * A chosen file's text, decoded as every opened file is (`decodeBytes`). Spreadsheets do not
 * always save UTF-8: Excel's "Unicode Text" is UTF-16 (with a byte-order mark, or without one from
 * some tools), and its plain "CSV" on Windows is Windows-1252 — read as UTF-8, every ð, þ, æ and
 * accented vowel in it would turn into "�". A picture, an .xlsx or a PDF is refused as not text.
 */
export function decodeListFile(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problems: ImportProblem[] } {
  const decoded = decodeBytes(bytes, { maxChars: LIMITS.fileBytes });
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, problems: [{ row: null, field: null, code: DECODE_PROBLEM[decoded.reason] }] };
}

/**
 * Whether a file's text came from a binary file (a picture, an .xlsx spreadsheet, a PDF…): text
 * files never hold NUL characters, binary ones almost always do.
 */
export const looksBinary = (text: string): boolean => text.includes('\u0000');

/**
 * Reads a chosen file: refused as too big (`LIMITS.fileBytes`) before anything of it is read, else
 * decoded (`decodeListFile`) and read as `readImportFile` reads it.
 */
export async function readListFile(file: File): Promise<ReadFileResult> {
  if (file.size > LIMITS.fileBytes) return { kind: 'problems', problems: [{ row: null, field: null, code: 'tooBig' }] };
  const decoded = decodeListFile(new Uint8Array(await file.arrayBuffer()));
  return decoded.ok ? readImportFile(file.name, decoded.text) : { kind: 'problems', problems: decoded.problems };
}

/** Reads an imported file: a `.lesa-list.json` (checked against its schema) or a CSV/TSV table. */
export function readImportFile(fileName: string, text: string): ReadFileResult {
  if (looksBinary(text)) return { kind: 'problems', problems: [{ row: null, field: null, code: 'binaryFile' }] };
  const looksJson = fileName.toLowerCase().endsWith('.json') || text.replace(/^\uFEFF/, '').trimStart().startsWith('{');
  if (looksJson) {
    const res = parseLesaList(text);
    return res.ok ? { kind: 'lesa-list', list: { ...res.value, entries: uniqueEntries(res.value.entries) } } : { kind: 'problems', problems: res.problems };
  }
  const res = readCsv(text);
  return res.ok ? { kind: 'csv', table: res.value, name: nameFromFile(fileName) } : { kind: 'problems', problems: res.problems };
}

/**
 * A list holds each word (lemma key + part of speech) once, as `addToList` keeps it; a file that
 * has a word twice keeps the first (a second row for it would be a duplicate row in the editor).
 */
export function uniqueEntries<E extends Pick<WordListEntry, 'lemma' | 'pos'>>(entries: readonly E[]): E[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const k = entryKey(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** List entries from words read from a CSV file. */
export function entriesFromWords(words: readonly ExportWord[]): WordListEntry[] {
  return uniqueEntries(words).map((w) => ({ ...w, count: 0 }));
}

export interface ImportChoice {
  /** Add the words to the learner's vocabulary as Learning. */
  vocabulary: boolean;
  /** Keep the words as a word list too. */
  keepList: boolean;
}

export interface ImportOutcome {
  plan: VocabularyImportPlan | null;
  listId?: number;
  /** The learner already had this very list: `listId` is theirs and nothing new was saved. */
  listExisted?: boolean;
}

/**
 * Imports a list: its words join the vocabulary as Learning (never overwriting the learner's
 * glosses or statuses) and/or it is kept as a list — all in one transaction.
 */
export async function importList(
  list: { name: string; entries: WordListEntry[]; sources: WordListSource[] },
  choice: ImportChoice,
): Promise<ImportOutcome> {
  const keep = choice.keepList ? { ...list, entries: uniqueEntries(list.entries) } : undefined;
  if (!choice.vocabulary) {
    return { plan: null, ...(keep ? await importListOnly(keep) : {}) };
  }
  return importIntoVocabulary(
    list.entries.map((e) => e.lemma),
    (existing) => {
      const plan = planVocabularyImport(list.entries, existing);
      // A word picked from an article on this device names it (its source's local id): its card
      // links back to it while the article is in the library. Files carry no local ids.
      const articleOf = (w: WordListEntry) => (w.source === undefined ? null : (list.sources[w.source]?.articleId ?? null));
      return {
        plan,
        learning: plan.added.map((w) => ({
          lemma: w.lemma, gloss: w.gloss, note: w.note, display: w.display, pos: w.pos, gender: w.gender, example: w.example, articleId: articleOf(w),
        })),
      };
    },
    keep,
  );
}

/**
 * Adds a kept list's words to the vocabulary as Learning (with review cards) — the import's own
 * path, for a student who imported the list without them. What the learner already has is left
 * alone, so that a second time adds nothing.
 */
export async function addListToVocabulary(list: { name: string; entries: WordListEntry[]; sources: WordListSource[] }): Promise<VocabularyImportPlan> {
  return (await importList(list, { vocabulary: true, keepList: false })).plan!;
}

export { LESA_LIST_EXTENSION };
