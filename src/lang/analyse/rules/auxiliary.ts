/**
 * Auxiliary + supine/participle: after a form of "hafa" (hefur, hafði…) or "geta" the next verb-like word
 * (possibly after "ekki"/"þó"/"einnig"/a pronoun) is a supine, so its verb reading wins
 * ("hefur átt" → eiga, "hefur varið" → verja).
 */
import { boost, type WorkToken } from '../context.ts';

export const HAFA_FORMS = new Set(
  'hafa hefur hef hefurðu höfum hafið hafði hafðir höfðum höfðuð höfðu hefði hefðir hefðum hefðuð hefðu hafi hafir hafirðu'.split(' '),
);

const SKIPPABLE = new Set('ekki einnig þó aldrei líka þegar nú reyndar jafnvel alltaf oft lengi hann hún það þeir þær þau við ég þú sig'.split(' '));

/** Forms of "geta", which also takes a supine ("get skilið", "geti átt", "getur samþykkt"). */
export const GETA_FORMS = new Set('get getur geta getum getið gat gast gátu gæti gætir gætum gætu geti getir getað'.split(' '));

export function applyAuxiliary(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !t.readings.some((r) => r.pos === 'verb')) return;
  // Look back over at most two skippable words to find a form of "hafa".
  for (let k = i - 1, hops = 0; k >= 0 && hops < 3; k--, hops++) {
    const p = toks[k];
    if (p.raw.kind !== 'word' || p.sentence !== t.sentence) return;
    if (HAFA_FORMS.has(p.lower) || GETA_FORMS.has(p.lower)) {
      if (/(?:ð|t|d)$/.test(t.lower)) boost(t, (r) => r.pos === 'verb', 1.5, `supine after "${p.lower}"`);
      return;
    }
    if (!SKIPPABLE.has(p.lower)) return;
  }
}
