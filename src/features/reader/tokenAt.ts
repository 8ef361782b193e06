import type { AnalysedToken } from '../../lang/types';

/**
 * The index of the token with exactly these offsets in another analysis of the same text (-1 if
 * there is none): how a selection or an action follows its word when the analysis is replaced.
 */
export function tokenAt(tokens: readonly AnalysedToken[], at: { start: number; end: number }): number {
  return tokens.findIndex((t) => t.start === at.start && t.end === at.end);
}

/** The index of the word at `offset`, or else the first word after it, or else the last word (-1 if none). */
export function wordNear(tokens: readonly AnalysedToken[], offset: number): number {
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word') continue;
    if (tokens[i].end > offset) return i;
    last = i;
  }
  return last;
}
