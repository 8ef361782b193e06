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
 * that follow the plural ending whatever it is (hestar+nir, konur+nar, hesta+nna). Each article
 * form belongs to some genders only: "rofs|inn" is no form of rof (neuter), nor "mel|in" of melur.
 */
const ENDINGS: { ending: string; after: 'consonant' | 'vowel' | 'any'; genders: string }[] = [
  { ending: 'innar', after: 'consonant', genders: 'f' },
  { ending: 'inni', after: 'consonant', genders: 'f' },
  { ending: 'inum', after: 'consonant', genders: 'mfn' },
  { ending: 'nnar', after: 'vowel', genders: 'f' },
  { ending: 'inn', after: 'consonant', genders: 'm' },
  { ending: 'inu', after: 'consonant', genders: 'n' },
  { ending: 'ins', after: 'consonant', genders: 'mn' },
  { ending: 'ina', after: 'consonant', genders: 'mf' },
  { ending: 'nir', after: 'any', genders: 'm' },
  { ending: 'nar', after: 'any', genders: 'f' },
  { ending: 'nna', after: 'any', genders: 'mfn' },
  { ending: 'num', after: 'vowel', genders: 'mfn' },
  { ending: 'nni', after: 'vowel', genders: 'f' },
  { ending: 'in', after: 'consonant', genders: 'fn' },
  { ending: 'ið', after: 'consonant', genders: 'n' },
  { ending: 'na', after: 'vowel', genders: 'mf' },
  { ending: 'nn', after: 'vowel', genders: 'm' },
  { ending: 'nu', after: 'vowel', genders: 'n' },
  { ending: 'ns', after: 'vowel', genders: 'mn' },
  { ending: 'n', after: 'vowel', genders: 'fn' },
  { ending: 'ð', after: 'vowel', genders: 'n' },
];
const VOWEL_END = /[aeiouyáéíóúýæö]$/u;
const MIN_STEM = 3;

/** The noun reading of an unknown definite form, or undefined. */
export function definiteNounReading(lex: Lexicon, lower: string): Reading | undefined {
  for (const { ending, after, genders } of ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    if (stem.length < MIN_STEM) continue;
    const vowel = VOWEL_END.test(stem);
    if ((after === 'vowel' && !vowel) || (after === 'consonant' && vowel)) continue;
    const nouns = lex.readings(stem).filter((r) => r.pos === 'noun' && (!r.gender || genders.includes(r.gender)) && lex.hasGloss(r.lemma, 'noun'));
    if (nouns.length === 0) continue;
    // The commonest noun lemma of the stem.
    return nouns.reduce((best, r) => (lex.rankOf(r.lemma) < lex.rankOf(best.lemma) ? r : best));
  }
  return undefined;
}
