/**
 * Case forms of nouns that lemma-is does not list: "sporða" = sporður (tail), "jökulsporða" →
 * jökull + sporður. lemma-is's core binary leaves out forms of many less common nouns; the
 * endings of the regular classes are few. The lemma must be a glossed noun lemma-is knows, so
 * other unknown words are left alone.
 */
import type { Lexicon, Reading } from './lexicon.ts';

/**
 * Endings of an indefinite noun form (and two definite genitives) and the lemma endings they may
 * come from (strong masculine "-ur", weak masculine "-i", weak feminine "-a", strong feminine and
 * neuter with no ending).
 */
const ENDINGS: [string, string[]][] = [
  // The definite genitive of feminine nouns ("einokunarinnar" = einokun, "-unnar" of weak "-a").
  ['arinnar', ['']],
  ['unnar', ['a']],
  // Plural of feminine "-un" nouns, whose "u" turns to "a" ("vaxta|lækkana" = lækkun).
  ['anir', ['un']],
  ['ana', ['un']],
  ['um', ['ur', 'i', 'a', '']],
  ['ar', ['ur', '']],
  ['ir', ['ur', '']],
  ['ur', ['a', '']],
  ['na', ['a']],
  ['a', ['ur', 'i', '']],
  ['i', ['ur', '']],
  ['u', ['a', '']],
  ['s', ['ur', '']],
  ['', ['ur', 'i', 'a']],
];
const MIN_STEM = 3;

/** The noun reading of an unknown form, or undefined. */
export function nounFormReading(lex: Lexicon, lower: string): Reading | undefined {
  let best: Reading | undefined;
  for (const [ending, lemmaEndings] of ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    if (stem.length < MIN_STEM) continue;
    for (const e of lemmaEndings) {
      const lemma = stem + e;
      if (lemma === lower || !lex.hasGloss(lemma, 'noun')) continue;
      const r = lex.readings(lemma).find((x) => x.pos === 'noun' && x.lemma === lemma);
      if (r && (!best || lex.rankOf(r.lemma) < lex.rankOf(best.lemma))) best = r;
    }
    if (best) return best;
  }
  return undefined;
}
