import type { AnalysedToken } from '../../src/lang/types';

/** Every run of letters in `text` as a bare word token (no readings): for reader layout tests. */
export function wordTokens(text: string): AnalysedToken[] {
  return [...text.matchAll(/\p{L}+/gu)].map((m, i) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    kind: 'word' as const,
    candidates: [],
    chosen: 0,
    isName: false,
    sentence: i,
  }));
}
