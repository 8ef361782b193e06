/**
 * Test helper shared by the analyser's table tests: analyse a context with `_` standing for the
 * form, and return the analysed token at that place.
 */
import type { AnalysedToken, Analysis } from '../types.ts';
import type { Analyser } from './index.ts';

export interface ContextRow {
  form: string;
  /** Sentence with `_` where the form goes. */
  context: string;
}

export function tokenInContext(analyser: Analyser, { form, context }: ContextRow): { token: AnalysedToken; analysis: Analysis } {
  const at = context.indexOf('_');
  if (at < 0) throw new Error(`context without _: ${context}`);
  const text = context.slice(0, at) + form + context.slice(at + 1);
  const analysis = analyser.analyse(text);
  const token = analysis.tokens.find((t) => t.start === at);
  if (!token) throw new Error(`no token at ${at} in ${text}`);
  return { token, analysis };
}

/** Indices of the tokens written `text` (case-insensitive), in order. */
export function tokenIndices(analysis: Analysis, text: string): number[] {
  const lower = text.toLowerCase();
  return analysis.tokens.flatMap((t, i) => (t.text.toLowerCase() === lower ? [i] : []));
}
