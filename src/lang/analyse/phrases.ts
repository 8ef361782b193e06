/**
 * Fixed phrases ("í gær", "þrátt fyrir", "meðal annars"): multi-word dictionary keys matched on
 * the word forms or the chosen lemmas of consecutive words in one sentence. Longest match wins.
 */
import type { WorkToken } from './context.ts';

export interface PhraseMatch {
  key: string;
  first: number;
  last: number;
}

export class PhraseIndex {
  /** First word → phrases (as word lists), longest first. */
  private readonly byFirst = new Map<string, string[][]>();

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      const words = key.split(' ');
      if (words.length < 2 || words.some((w) => w.length === 0)) continue;
      let list = this.byFirst.get(words[0]);
      if (!list) this.byFirst.set(words[0], (list = []));
      list.push(words);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Non-overlapping phrase matches, left to right. `lemmaOf` gives a token's chosen lemma. */
  match(toks: WorkToken[], lemmaOf: (t: WorkToken) => string | undefined): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.raw.kind !== 'word') continue;
      const cands = new Set<string[]>();
      for (const k of [t.lower, lemmaOf(t)]) for (const p of (k && this.byFirst.get(k)) || []) cands.add(p);
      if (cands.size === 0) continue;
      let bestLen = 0;
      let bestKey = '';
      for (const words of cands) {
        if (words.length <= bestLen) continue;
        if (matchesAt(toks, i, words, lemmaOf)) {
          bestLen = words.length;
          bestKey = words.join(' ');
        }
      }
      if (bestLen > 0) {
        out.push({ key: bestKey, first: i, last: i + bestLen - 1 });
        i += bestLen - 1;
      }
    }
    return out;
  }
}

function matchesAt(toks: WorkToken[], i: number, words: string[], lemmaOf: (t: WorkToken) => string | undefined): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = toks[i + k];
    if (!t || t.raw.kind !== 'word' || t.sentence !== toks[i].sentence) return false;
    if (k > 0 && toks[i + k - 1].raw.end === t.raw.start) return false; // must be separated by space
    if (t.lower !== words[k] && lemmaOf(t) !== words[k]) return false;
  }
  return true;
}
