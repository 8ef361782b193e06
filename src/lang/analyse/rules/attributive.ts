/**
 * Attributive adjective: a form that can be an adjective, right before a noun, is the adjective
 * ("breska þingið", "næstu daga") rather than a homograph noun or verb ("breska" the language).
 */
import { best, boost, hasPos, nextWord, type WorkToken } from '../context.ts';

export function applyAttributive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'adjective') || hasPos(t, 'verb')) return;
  const b = best(t);
  if (!b || b.pos === 'adjective') return;
  const n = nextWord(toks, i);
  const nb = best(n);
  if (!n || !nb || nb.pos !== 'noun') return;
  boost(t, (r) => r.pos === 'adjective', 1, 'adjective before a noun');
}

/** After an adjective, a noun/verb homograph is the noun ("mikinn mun", "góðan tíma"). */
export function applyNounAfterAdjective(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'noun') || !hasPos(t, 'verb')) return;
  const p = toks[i - 1];
  if (!p || p.raw.kind !== 'word' || p.sentence !== t.sentence) return;
  const pb = best(p);
  if (!pb || pb.pos !== 'adjective' || hasPos(p, 'verb')) return;
  boost(t, (r) => r.pos === 'noun', 1, 'noun after an adjective');
}
