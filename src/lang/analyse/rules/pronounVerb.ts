/**
 * Subject pronoun + verb: after a nominative personal pronoun the next word is usually the finite
 * verb ("hann á" = he owns); "við" before a verb is the pronoun "we" (lemma "ég"), not the
 * preposition.
 */
import { boost, hasPos, isNominalStart, nextWord, onlyPos, prevWord, type WorkToken } from '../context.ts';

export const NOMINATIVE_PRONOUNS = new Set(['ég', 'þú', 'hann', 'hún', 'það', 'við', 'þið', 'þeir', 'þær', 'þau', 'maður']);

/** Word forms that start a clause: after them a subject (or verb) comes. */
const CLAUSE_OPENERS = new Set(['og', 'en', 'að', 'sem', 'ef', 'þegar', 'því', 'þótt', 'þó', 'enda', 'eða', 'hvort', 'meðan', 'nema', 'uns']);

/**
 * After a clause-initial subject pronoun ("Hann á …", "…, og hún á …") comes the finite verb;
 * after an inverted subject ("Í gær fór hann á völlinn") the next word is freer.
 */
export function applyPronounVerb(toks: WorkToken[], i: number): void {
  const t = toks[i];
  const p = prevWord(toks, i);
  if (!p || !NOMINATIVE_PRONOUNS.has(p.lower) || p.lower === 'við' || !hasPos(t, 'verb') || t.readings.length < 2) return;
  boost(t, (r) => r.pos === 'verb', isClauseInitialSubject(toks, i - 1) ? 3 : 1, `verb after subject pronoun "${p.lower}"`);
}

/** Whether token `j` is a nominative personal pronoun at the start of a clause. */
export function isClauseInitialSubject(toks: WorkToken[], j: number): boolean {
  const p = toks[j];
  if (!p || p.raw.kind !== 'word' || !NOMINATIVE_PRONOUNS.has(p.lower) || p.lower === 'við') return false;
  const pp = prevWord(toks, j);
  return p.sentenceInitial || !pp || CLAUSE_OPENERS.has(pp.lower);
}

/** A verb form of 1st person plural ("erum", "teljum", "förum", "höfðum"): agrees with "við". */
function isFirstPersonPluralVerb(t: WorkToken | undefined): boolean {
  return !!t && /(?:um|umst)$/.test(t.lower) && hasPos(t, 'verb');
}

/** "við" = we (lemma "ég") or the preposition "við" (at, with, by). */
export function applyVidPronoun(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'við') return;
  const n = nextWord(toks, i);
  const p = prevWord(toks, i);
  const prevIsVerb = !!p && onlyPos(p, 'verb');
  const clauseStart = !p || t.sentenceInitial || CLAUSE_OPENERS.has(p.lower) || toks[i - 1]?.raw.kind === 'punctuation';
  if (n?.lower === 'að') {
    boost(t, (r) => r.lemma === 'við' && r.pos === 'preposition', 1.5, '"við að" (preposition before a clause)');
  } else if (isFirstPersonPluralVerb(n) || (isFirstPersonPluralVerb(p) && !isNominalStart(n, true))) {
    boost(t, (r) => r.lemma === 'ég', 3, '"við" next to a 1st person plural verb');
  } else if (n && hasPos(n, 'verb') && !isNominalStart(n)) {
    boost(t, (r) => r.lemma === 'ég', 2.5, '"við" before a verb');
  } else if (n && hasPos(n, 'verb') && clauseStart) {
    boost(t, (r) => r.lemma === 'ég', 1.5, '"við" at clause start before a verb form');
  } else if (prevIsVerb && (!n || !isNominalStart(n))) {
    boost(t, (r) => r.lemma === 'ég', 2, '"við" after a verb, before no nominal');
  } else if (!n && toks[i + 1]?.raw.kind !== 'number' && !prevIsVerb) {
    // "við" at clause end is an adverbial particle ("bæta við").
    boost(t, (r) => r.lemma === 'við' && r.pos === 'adverb', 1, '"við" particle at clause end');
  }
}
