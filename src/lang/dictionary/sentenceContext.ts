/**
 * The words around a token that can cue a sense (see `cueFirst`): the chosen lemmas and the
 * lower-case forms of the other words of its sentence and the sentence before (which often names
 * the topic: "Ný kvikmynd var frumsýnd. Myndin …"), up to `reach` words either side (a long
 * passage may change the subject), and the heads of compounds ("Íslandsmeistara|titilinn" cues as
 * "titill" does).
 */
import type { Analysis } from '../types.ts';

export function sentenceContext(analysis: Analysis, tokenIndex: number, reach = 8): Set<string> {
  const out = new Set<string>();
  const token = analysis.tokens[tokenIndex];
  if (!token) return out;
  // Tokens of one sentence are contiguous: walk out from the token both ways.
  for (const step of [-1, 1]) {
    let words = 0;
    for (let k = tokenIndex + step; k >= 0 && k < analysis.tokens.length && words < reach; k += step) {
      const t = analysis.tokens[k];
      // Back into the sentence before ("Ný kvikmynd var frumsýnd. Myndin fjallar um …"), not
      // forward into the next one, nor further back.
      if (t.sentence !== token.sentence && (step > 0 || t.sentence !== token.sentence - 1)) break;
      if (t.kind !== 'word') continue;
      words++;
      out.add(t.text.toLowerCase());
      const c = t.candidates[t.chosen] ?? t.candidates[0];
      if (c) out.add(c.lemma);
      if (t.parts?.length) out.add(t.parts[t.parts.length - 1]);
    }
  }
  return out;
}
