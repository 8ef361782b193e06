/**
 * Past-tense forms of weak "-a" verbs that lemma-is does not list: "hopuðu" = hopa (retreated),
 * "hopaði" = hopa. lemma-is's core binary leaves out forms of many less common verbs; the weak
 * "-a" class (the largest) inflects regularly. The lemma must be a glossed verb lemma-is knows, so
 * other unknown words are left alone.
 */
import type { Lexicon, Reading } from './lexicon.ts';

/** Past and past-participle endings of weak "-a" verbs, longest first. */
const ENDINGS = ['uðumst', 'uðust', 'aðist', 'uðum', 'uðuð', 'uðu', 'aðir', 'aðar', 'aðra', 'aður', 'aðan', 'aði', 'aða', 'að'];
const MIN_STEM = 3;

/** The verb reading of an unknown weak past form, or undefined. */
export function weakVerbFormReading(lex: Lexicon, lower: string): Reading | undefined {
  for (const ending of ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    if (stem.length < MIN_STEM) continue;
    // u-umlaut before "-uðu": "kölluðu" → kalla (the stem's last "ö" is an "a").
    const stems = ending.startsWith('u') ? [stem, stem.replace(/ö(?=[^aeiouyáéíóúýæö]*$)/u, 'a')] : [stem];
    for (const s of stems) {
      const lemma = s + 'a';
      if (!lex.hasGloss(lemma, 'verb')) continue;
      const r = lex.readings(lemma).find((x) => x.pos === 'verb' && x.lemma === lemma);
      if (r) return r;
    }
  }
  return undefined;
}
