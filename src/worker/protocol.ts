import type { ErrorSummary } from '../app/ui/errorText';
import type { AnalysedToken, Analysis, DictEntry } from '../lang/types';

/** The analysis of one typed word form (e.g. a teacher adding a word to a list). */
export interface FormAnalysis {
  token: AnalysedToken;
  entries: Record<string, DictEntry[]>;
}

/** Methods the analysis worker answers. */
export interface AnalysisApi {
  analyse(text: string): Analysis;
  analyseForm(form: string): FormAnalysis;
  dictVersion(): string;
  /** Frequency rank of each lemma key in lemma-is's lemma list (0 = commonest; Infinity when not listed). */
  lemmaRanks(lemmas: string[]): number[];
}

export type Method = keyof AnalysisApi;

export type Request = { id: number; method: Method; args: unknown[] };

export type Response =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string; cause?: ErrorSummary }
  | { id: 0; ready: true; ms: number }
  | { id: 0; loadError: string; cause?: ErrorSummary };
