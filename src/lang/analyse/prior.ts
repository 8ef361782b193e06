/**
 * Context-free prior of a reading: how common its lemma is (rank in lemma-is's frequency-ordered
 * lemma list) and whether the dictionary can gloss it.
 */
import type { Lexicon } from './lexicon.ts';
import type { Scored } from './context.ts';

export const PRIOR_WEIGHTS = {
  /** Score per natural-log step of lemma rank. */
  rank: 0.3,
  /** Score of a lemma missing from the frequency list. */
  unranked: -4,
  /** Dictionary has an entry in this part of speech with a gloss. */
  glossSamePos: 1.2,
  /** Dictionary has the lemma, in another part of speech. */
  glossOtherPos: 0.5,
  /**
   * An uninflected word (adverb, conjunction, preposition, interjection) that is its own lemma
   * ("raunverulega", "loksins") is usually that word, not a form of another lemma.
   */
  uninflectedSelf: 1,
  /**
   * lemma-is orders its lemma list by how often the *string* occurs, so a rare lemma spelt like a
   * frequent inflected form of another noun ranks too high ("landi" compatriot ← "landi", dative
   * of "land"; "sviði" sting ← dative of "svið"; "tíma" the verb ← "tíma", oblique of "tími").
   */
  inflatedSelf: 0.6,
  /** A noun lemma ranked as the frequent adverb spelt like it (rétt): about a rank of 10,000. */
  adverbRanked: 1,
  /**
   * A verb and a noun with the same lemma ("geta" can / ability, "vera" be / being, "halda"):
   * without context the verb, whose forms are far more often met. Tiny: it only breaks the tie
   * between the two.
   */
  sameLemmaVerb: 0.01,
};

const UNINFLECTED = new Set(['ao', 'st', 'fs', 'uh']);
const ADVERB_RANKED_NOUNS = new Set(['rétt']);

/**
 * `competesWithInflected`: the form also has a pronoun or adjective reading ("því", "hægt"), where
 * the inflected reading is the usual lemma.
 */
export function priorScore(lex: Lexicon, r: Scored, lower: string, competesWithInflected: boolean): void {
  const rank = lex.rankOf(r.lemma);
  const rankScore = Number.isFinite(rank) ? -PRIOR_WEIGHTS.rank * Math.log(rank + 2) : PRIOR_WEIGHTS.unranked;
  r.score += rankScore;
  r.reasons.push(`rank ${Number.isFinite(rank) ? rank : '-'} ${rankScore.toFixed(2)}`);
  // A noun lemma whose rank is a frequent adverb's: "rétta" is rarely the genitive plural of rétt
  // (sheepfold), ranked as the adverb "rétt" (just, right). (A list: for "ár" the noun is the
  // frequent word, not the adverb "ár" = early.)
  if (r.pos === 'noun' && r.lemma !== lower && ADVERB_RANKED_NOUNS.has(r.lemma)) {
    r.score -= PRIOR_WEIGHTS.adverbRanked;
    r.reasons.push(`noun ranked as a frequent adverb -${PRIOR_WEIGHTS.adverbRanked}`);
  }
  if (UNINFLECTED.has(r.bin) && r.lemma === lower) {
    // "-lega" adverbs and lexicalised "-andi" adverbs ("vonandi" = hopefully, not a participle of
    // "vona") are that adverb even when the form has other readings.
    const w = lower.endsWith('lega') || lower.endsWith('andi') ? PRIOR_WEIGHTS.uninflectedSelf * 1.5 : competesWithInflected ? 0 : PRIOR_WEIGHTS.uninflectedSelf;
    if (w) {
      r.score += w;
      r.reasons.push(`uninflected word +${w}`);
    }
  }
  if (lex.hasGloss(r.lemma, r.pos)) {
    r.score += PRIOR_WEIGHTS.glossSamePos;
    r.reasons.push(`gloss +${PRIOR_WEIGHTS.glossSamePos}`);
  } else if (lex.hasGloss(r.lemma)) {
    r.score += PRIOR_WEIGHTS.glossOtherPos;
    r.reasons.push(`gloss(other pos) +${PRIOR_WEIGHTS.glossOtherPos}`);
  }
}

/** Whether `priorScore` found a gloss for the reading in its own part of speech. */
export function hasOwnGloss(r: Scored): boolean {
  return r.reasons.some((x) => x.startsWith('gloss +'));
}

/** Noun stem: the lemma without a final vowel or -ur/-ir/-ar/-i/-a ending. */
function nounStem(lemma: string): string {
  return lemma.replace(/(?:ur|ir|ar|[aeiouyáéíóúýæö])$/u, '');
}

/**
 * Lowers a (non-verb) reading whose lemma is the form itself when another reading is a glossed
 * noun of which the form is a common oblique form ("landi" = dative of "land", "fulltrúa" =
 * oblique of "fulltrúi", "móður" = oblique of "móðir"): the self-lemma's rank is inflated by
 * that noun's inflected form.
 */
export function applyInflatedSelfPenalty(lex: Lexicon, readings: Scored[], lower: string): void {
  if (readings.length < 2) return;
  // Verbs are left alone: an infinitive is its own lemma and common in its own right.
  const self = readings.filter((r) => r.lemma === lower && r.pos !== 'verb' && !UNINFLECTED.has(r.bin));
  if (self.length === 0) return;
  const inflectsNoun = readings.some((r) => {
    if (r.lemma === lower || r.pos !== 'noun' || r.lemma.length > lower.length) return false;
    const stem = nounStem(r.lemma);
    if (stem.length < 3 || lower.length <= stem.length || !lower.startsWith(stem) || !lex.hasGloss(r.lemma, 'noun')) return false;
    // Only the commonest oblique endings: dative singular -i of strong nouns ("landi", "sviði"),
    // oblique -a of weak -i nouns ("fulltrúa", "tíma"), -ur of -ir nouns ("móður").
    const ending = lower.slice(stem.length);
    return ending === 'i' || (ending === 'a' && r.lemma.endsWith('i')) || (ending === 'ur' && r.lemma.endsWith('ir'));
  });
  if (!inflectsNoun) return;
  for (const r of self) {
    r.score -= PRIOR_WEIGHTS.inflatedSelf;
    r.reasons.push(`lemma spelt like an inflected noun form -${PRIOR_WEIGHTS.inflatedSelf}`);
  }
}

/** Breaks the tie between a verb and a noun that share their lemma in favour of the verb. */
export function applySameLemmaVerb(readings: Scored[]): void {
  for (const v of readings) {
    if (v.pos !== 'verb' || !readings.some((r) => r.pos === 'noun' && r.lemma === v.lemma && r.score >= v.score)) continue;
    v.score += PRIOR_WEIGHTS.sameLemmaVerb;
    v.reasons.push(`verb sharing its lemma with a noun +${PRIOR_WEIGHTS.sameLemmaVerb}`);
  }
}
