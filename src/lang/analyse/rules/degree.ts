/**
 * "mun" before a comparative is the noun "munur" used as a degree adverb ("mun betur" = much
 * better, "mun minna" = much less), not the modal "munu".
 */
import { boost, hasLemma, nextWord, type WorkToken } from '../context.ts';

const IRREGULAR_COMPARATIVES = new Set('betur verr síður fremur frekar meir lengur oftar fyrr seinna síðar framar'.split(' '));

export function isComparativeForm(lower: string): boolean {
  return IRREGULAR_COMPARATIVES.has(lower) || /(?:ra|ri|ari)$/.test(lower);
}

export function applyMunComparative(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'mun' || !hasLemma(t, 'munur')) return;
  const n = nextWord(toks, i);
  if (!n || !isComparativeForm(n.lower)) return;
  // An infinitive after "mun" keeps the modal reading ("mun fara").
  if (n.readings.some((r) => r.pos === 'verb' && r.lemma === n.lower)) return;
  boost(t, (r) => r.lemma === 'munur', 4, '"mun" + comparative = much');
}
