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
};

const UNINFLECTED = new Set(['ao', 'st', 'fs', 'uh']);

/**
 * `competesWithInflected`: the form also has a pronoun or adjective reading ("því", "hægt"), where
 * the inflected reading is the usual lemma.
 */
export function priorScore(lex: Lexicon, r: Scored, lower: string, competesWithInflected: boolean): void {
  const rank = lex.rankOf(r.lemma);
  const rankScore = Number.isFinite(rank) ? -PRIOR_WEIGHTS.rank * Math.log(rank + 2) : PRIOR_WEIGHTS.unranked;
  r.score += rankScore;
  r.reasons.push(`rank ${Number.isFinite(rank) ? rank : '-'} ${rankScore.toFixed(2)}`);
  if (UNINFLECTED.has(r.bin) && r.lemma === lower) {
    const w = lower.endsWith('lega') ? PRIOR_WEIGHTS.uninflectedSelf * 1.5 : competesWithInflected ? 0 : PRIOR_WEIGHTS.uninflectedSelf;
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
