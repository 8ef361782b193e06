/**
 * Definite forms lemma-is does not list: a known noun form with the suffixed article
 * ("magasíninu" = magasín + inu, "manneskjunum" = manneskju + num, "stúlkan" = stúlka + n).
 * lemma-is's core binary leaves out many definite forms of less common nouns; the article is
 * regular enough to strip. The stem must be a form of a glossed noun, so other unknown words
 * (foreign words, typos) are left alone.
 */
import type { Lexicon, Reading } from './lexicon.ts';

/**
 * Article endings, longest first, and what the stem before them must end in: "i"-initial endings
 * follow a consonant (hest+inn), the others a vowel (tíma+nn, auga+ð), except the plural ones
 * that follow the plural ending whatever it is (hestar+nir, konur+nar, hesta+nna).
 */
const ENDINGS: { ending: string; after: 'consonant' | 'vowel' | 'any' }[] = [
  { ending: 'innar', after: 'consonant' },
  { ending: 'inni', after: 'consonant' },
  { ending: 'inum', after: 'consonant' },
  { ending: 'nnar', after: 'vowel' },
  { ending: 'inn', after: 'consonant' },
  { ending: 'inu', after: 'consonant' },
  { ending: 'ins', after: 'consonant' },
  { ending: 'ina', after: 'consonant' },
  { ending: 'nir', after: 'any' },
  { ending: 'nar', after: 'any' },
  { ending: 'nna', after: 'any' },
  { ending: 'num', after: 'vowel' },
  { ending: 'nni', after: 'vowel' },
  { ending: 'in', after: 'consonant' },
  { ending: 'ið', after: 'consonant' },
  { ending: 'na', after: 'vowel' },
  { ending: 'nn', after: 'vowel' },
  { ending: 'nu', after: 'vowel' },
  { ending: 'ns', after: 'vowel' },
  { ending: 'n', after: 'vowel' },
  { ending: 'ð', after: 'vowel' },
];
const VOWEL_END = /[aeiouyáéíóúýæö]$/u;
const MIN_STEM = 3;

/** The noun reading of an unknown definite form, or undefined. */
export function definiteNounReading(lex: Lexicon, lower: string): Reading | undefined {
  for (const { ending, after } of ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    if (stem.length < MIN_STEM) continue;
    const vowel = VOWEL_END.test(stem);
    if ((after === 'vowel' && !vowel) || (after === 'consonant' && vowel)) continue;
    const nouns = lex.readings(stem).filter((r) => r.pos === 'noun' && lex.hasGloss(r.lemma, 'noun'));
    if (nouns.length === 0) continue;
    // The commonest noun lemma of the stem.
    return nouns.reduce((best, r) => (lex.rankOf(r.lemma) < lex.rankOf(best.lemma) ? r : best));
  }
  return undefined;
}
