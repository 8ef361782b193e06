/**
 * What is wrong with an imported file, in terms the UI can name: the row (1-based, as a spreadsheet
 * numbers it; null for the file as a whole) and the field.
 */
export type ProblemCode =
  | 'notJson'
  | 'binaryFile'
  | 'tooBig'
  | 'notLesaList'
  | 'unsupportedVersion'
  | 'invalidVersion'
  | 'required'
  | 'notText'
  | 'notNumber'
  | 'notList'
  | 'invalidPos'
  | 'invalidGender'
  | 'invalidSource'
  | 'tooLong'
  | 'tooMany'
  | 'tooManySources'
  | 'empty'
  | 'unterminatedQuote'
  | 'textAfterQuote'
  | 'noLemmaColumn';

export interface ImportProblem {
  row: number | null;
  field: string | null;
  code: ProblemCode;
}

/** Limits on imported files, so that a wrong file cannot fill the database. */
export const LIMITS = {
  entries: 5000,
  lemma: 200,
  text: 2000,
  sources: 200,
  /**
   * Largest file read, in bytes (checked before reading it). A list at the other limits — 5,000
   * words, each with a long meaning, note and example (1,100 characters) — is about 8 MB as a list
   * file and 12 MB as a UTF-16 CSV (Excel's "Unicode Text"); a usual list is well under 1 MB. A
   * bigger file is not a word list (a photo, a video, a database dump).
   */
  fileBytes: 20 * 1024 * 1024,
  /** At most this many problems are listed. */
  problems: 20,
} as const;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: ImportProblem[] };
