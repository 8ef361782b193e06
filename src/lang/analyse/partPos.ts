/**
 * Which dictionary entry a compound part is glossed from. Parts are lemma keys without a part of
 * speech; a modifier that is also a preposition is nearly always that preposition in a
 * compound ("milliriðill" = intermediate round, not "millionaire"; "yfirmaður", "undirbúningur"),
 * so its preposition entry comes first. "á" is left alone: as a modifier it is as often the river
 * ("árbakki"); so is "meðal", the average in "meðalaldur".
 */
import type { DictEntry, PartOfSpeech } from '../types.ts';

const NOT_PARTICLES = new Set(['á', 'meðal']);

/**
 * The part of speech to gloss part `index` of `count` parts from, or undefined for the first
 * entry. The head takes the whole word's part of speech when it has an entry in it ("jafnhátt",
 * an adjective: hár = high, not hair).
 */
export function compoundPartPos(lemma: string, entries: DictEntry[] | undefined, index: number, count: number, wholePos?: PartOfSpeech): PartOfSpeech | undefined {
  if (!entries?.length) return undefined;
  if (index === count - 1) return wholePos && entries.some((e) => e.pos === wholePos && e.senses.length > 0) ? wholePos : undefined;
  if (NOT_PARTICLES.has(lemma)) return undefined;
  // (Prepositions only: an adverb entry can be a rare homograph, "vinna" = gain.)
  return entries.some((e) => e.pos === 'preposition' && e.senses.length > 0) ? 'preposition' : undefined;
}
