/**
 * A noun/verb homograph right before the reflexive pronoun "sig"/"sér" is the verb: "reiða sig
 * á" (rely on), "telja sig", "koma sér". A noun is not followed by a bare reflexive object.
 */
import { best, boost, hasPos, nextWord, prevWord, type WorkToken } from '../context.ts';

export function applyVerbBeforeReflexive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'verb')) return;
  const n = nextWord(toks, i);
  if (!n || (n.lower !== 'sig' && n.lower !== 'sér')) return;
  if (best(t)?.pos === 'verb') return;
  boost(t, (r) => r.pos === 'verb', 2, 'verb before the reflexive "sig"/"sér"');
}

/**
 * After the accusative reflexive "sig" comes its verb's next object, not a finite verb: "bætir
 * við sig fylgi" (support, not "fylgja"), "tekur á sig ábyrgð". A bare infinitive stays a verb
 * ("lét sig hverfa").
 */
const AUXILIARY_LEMMAS = new Set(['hafa', 'vera', 'verða', 'munu', 'geta', 'skulu', 'vilja']);

export function applyObjectAfterReflexive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'noun')) return;
  const p = prevWord(toks, i);
  if (p?.lower !== 'sig') return;
  const b = best(t);
  if (!b || b.pos !== 'verb' || b.lemma === t.lower) return;
  // "sig" as an impersonal verb's subject: "að sig hafi grunað" (he had suspected).
  if (t.readings.some((r) => r.pos === 'verb' && AUXILIARY_LEMMAS.has(r.lemma))) return;
  boost(t, (r) => r.pos === 'noun', 1.5, 'noun object after "sig", not a finite verb');
}
