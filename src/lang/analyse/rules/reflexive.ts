/**
 * A noun/verb homograph right before the reflexive pronoun "sig"/"sér" is the verb: "reiða sig
 * á" (rely on), "telja sig", "koma sér". A noun is not followed by a bare reflexive object.
 */
import { best, boost, hasPos, nextWord, type WorkToken } from '../context.ts';

export function applyVerbBeforeReflexive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'verb')) return;
  const n = nextWord(toks, i);
  if (!n || (n.lower !== 'sig' && n.lower !== 'sér')) return;
  if (best(t)?.pos === 'verb') return;
  boost(t, (r) => r.pos === 'verb', 2, 'verb before the reflexive "sig"/"sér"');
}
