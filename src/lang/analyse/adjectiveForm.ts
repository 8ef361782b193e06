/**
 * Adjective forms lemma-is does not list: a regular strong, weak, comparative or superlative
 * ending on the stem of an adjective it knows ("bölvanleg" = bölvanlegur, "óþolinmóðari" =
 * óþolinmóður). lemma-is's core binary leaves out forms of many less common adjectives; the
 * endings of "-ur" adjectives are regular enough to strip. The lemma must be a glossed adjective,
 * so other unknown words are left alone.
 */
import type { Lexicon, Reading } from './lexicon.ts';

/** Endings, longest first (comparative and superlative before the plain case endings). */
const ENDINGS = [
  'astur', 'astan', 'astir', 'astar', 'ustum', 'ustu', 'asta', 'asti', 'ast',
  'ari', 'ara', 'rar', 'rum', 'ri', 'ra',
  'an', 'um', 'ir', 'ar', 'ur', 't', 's', 'i', 'a', 'u', '',
];
const MIN_STEM = 4;
/** Comparative and superlative endings: only adjectives (and adverbs) take them. */
const DEGREE_ENDINGS = new Set(['astur', 'astan', 'astir', 'astar', 'ustum', 'ustu', 'asta', 'asti', 'ari', 'ara']);
/** Suffixes that make adjectives only (-legur, -samur, -ugur). */
const ADJECTIVE_SUFFIX = /(?:legur|samur|ugur)$/u;

/** The adjective reading of an unknown form, or undefined. */
export function adjectiveFormReading(lex: Lexicon, lower: string): Reading | undefined {
  for (const ending of ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    if (stem.length < MIN_STEM) continue;
    const lemma = stem + 'ur';
    if (lex.hasGloss(lemma, 'adjective')) {
      const r = lex.readings(lemma).find((x) => x.pos === 'adjective' && x.lemma === lemma);
      if (r) return r;
    }
    // An unglossed lemma in lemma-is's list with an adjective-only suffix ("bölvanlegur").
    if (ADJECTIVE_SUFFIX.test(lemma) && Number.isFinite(lex.rankOf(lemma))) return { lemma, pos: 'adjective', bin: 'lo' };
    // A comparative or superlative ending on an adjective lemma-is knows, glossed or not
    // ("bitastæðari" = bitastæður; its parts then gloss it). The bare stem is its feminine
    // ("bitastæð"); a noun stem ("dómari" → dóm) is no adjective.
    if (DEGREE_ENDINGS.has(ending)) {
      const r = [...lex.readings(lemma), ...lex.readings(stem)].find((x) => x.pos === 'adjective' && x.lemma === lemma);
      if (r) return r;
    }
  }
  return undefined;
}
