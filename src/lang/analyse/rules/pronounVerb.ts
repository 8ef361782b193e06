/**
 * Subject pronoun + verb: after a nominative personal pronoun the next word is usually the finite
 * verb ("hann á" = he owns); "við" before a verb is the pronoun "we" (lemma "ég"), not the
 * preposition.
 */
import { FREQUENT_VERBS } from './agreement.ts';
import { best, boost, hasPos, isNominalStart, nextWord, onlyPos, prevWord, type WorkToken } from '../context.ts';

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
  // A sentence-initial question word is the subject too ("Hver á þessa ríkisstjórn?").
  if (p && p.sentenceInitial && (p.lower === 'hver' || p.lower === 'hvað') && hasPos(t, 'verb') && t.readings.length > 1) {
    boost(t, (r) => r.pos === 'verb', 3, `verb after question word "${p.lower}"`);
    return;
  }
  if (!p || !NOMINATIVE_PRONOUNS.has(p.lower) || p.lower === 'við' || !hasPos(t, 'verb') || t.readings.length < 2) return;
  // "það besta", "sá stærsti": a demonstrative before a weak superlative, not a subject.
  if (/st[aiu]$/u.test(t.lower) && hasPos(t, 'adjective') && !isClauseInitialSubject(toks, i - 1)) return;
  boost(t, (r) => r.pos === 'verb', isClauseInitialSubject(toks, i - 1) ? 3 : 1, `verb after subject pronoun "${p.lower}"`);
}

/**
 * A name at the start of a clause is its subject, and the finite verb follows: "að Keflavík setti
 * niður ellefu þrista" (setja, not the noun "sett"), "Guðjón Valur og Vignir meiddust". The name
 * is a run of capitalised words (joined by "og"), at least one of them not just capitalised for
 * the sentence start, or unknown to lemma-is.
 */
export function applyNameSubjectVerb(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'verb') || /^\p{Lu}/u.test(t.form) || best(t)?.pos === 'verb') return;
  let j = i - 1;
  let nameLike = false;
  let words = 0;
  while (j >= 0) {
    const w = toks[j];
    if (w.raw.kind !== 'word' || w.sentence !== t.sentence) break;
    if (/^\p{Lu}/u.test(w.form) && w.form !== w.form.toUpperCase()) {
      if (!w.sentenceInitial || w.readings.length === 0) nameLike = true;
      words++;
      j--;
      continue;
    }
    if (w.lower === 'og' && words > 0) {
      j--;
      continue;
    }
    break;
  }
  if (!nameLike || words === 0 || words > 6) return;
  // What stands before the name: nothing (sentence start), a clause opener or a comma.
  const before = toks[j];
  const opens = !before || before.sentence !== t.sentence || before.raw.kind === 'punctuation' || (before.raw.kind === 'word' && CLAUSE_OPENERS.has(before.lower));
  if (!opens) return;
  boost(t, (r) => r.pos === 'verb', 1.5, 'verb after a name at the start of a clause');
}

/** Whether token `j` is a nominative personal pronoun at the start of a clause. */
export function isClauseInitialSubject(toks: WorkToken[], j: number): boolean {
  const p = toks[j];
  if (p && p.raw.kind === 'word' && p.sentenceInitial && (p.lower === 'hver' || p.lower === 'hvað')) return true;
  if (!p || p.raw.kind !== 'word' || !NOMINATIVE_PRONOUNS.has(p.lower) || p.lower === 'við') return false;
  const pp = prevWord(toks, j);
  return p.sentenceInitial || !pp || CLAUSE_OPENERS.has(pp.lower);
}

/**
 * A 1st person plural verb form ("erum", "teljum", "förum", "höfðum"): every such form ends in -um
 * (-umst in the middle voice). With `strict`, only when its verb reading is the likelier one (the
 * dative plural "fótum", "tengslum" also ends in -um).
 */
function isFirstPersonPluralVerb(t: WorkToken | undefined, strict = true): boolean {
  if (!t || !/(?:um|umst)$/.test(t.lower) || !hasPos(t, 'verb')) return false;
  if (!strict) return true;
  return onlyPos(t, 'verb') || best(t)?.pos === 'verb' || t.readings.some((r) => r.pos === 'verb' && FREQUENT_VERBS.has(r.lemma));
}

/** Words that may stand between the subject "við" and its verb ("við Jón förum", "við sjálf erum"). */
const BETWEEN_WE_AND_VERB = new Set('ekki einnig líka bara öll allir sjálf sjálfir báðir bæði þá nú'.split(' '));

/**
 * "við" = we (lemma "ég") or the preposition/particle "við" (at, with, by). The pronoun is a
 * subject and agrees with a 1st person plural verb, which always ends in -um: "við förum",
 * "förum við", "þurfum við að …", "við í nefndinni fórum". After any other verb, "við" is the
 * preposition or particle ("kannast við", "bæta við").
 */
export function applyVidPronoun(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'við') return;
  const n = nextWord(toks, i);
  const p = prevWord(toks, i);
  const prevIsVerb = !!p && (onlyPos(p, 'verb') || best(p)?.pos === 'verb');
  const clauseStart = !p || t.sentenceInitial || CLAUSE_OPENERS.has(p.lower) || toks[i - 1]?.raw.kind === 'punctuation';
  // "Við búum við …": the verb before already has its subject "við"; this one is the preposition.
  const pp = p ? prevWord(toks, i - 1) : undefined;
  const prevHasSubject = pp?.lower === 'við';
  // "framkvæmdum við nýja Landspítalann": before an adjective and its noun "við" is the
  // preposition, even after a "-um" form (here a dative noun, not "we carried out").
  const nn = n ? nextWord(toks, i + 1) : undefined;
  const beforeNounPhrase = !!n && best(n)?.pos === 'adjective' && !isFirstPersonPluralVerb(n) && !!nn && (hasPos(nn, 'noun') || /^\p{Lu}/u.test(nn.form)) && !isFirstPersonPluralVerb(nn);
  // "fresta framkvæmdum við Hvammsvirkjun": a "-um" form right after a verb is that verb's dative
  // object, not a second verb with "við" as its subject.
  const prevIsObject = !!p && !!pp && hasPos(p, 'noun') && best(pp)?.pos === 'verb' && !onlyPos(pp, 'noun');
  if (!beforeNounPhrase && ((isFirstPersonPluralVerb(p) && !prevHasSubject && !prevIsObject) || isFirstPersonPluralVerb(n, !clauseStart))) {
    boost(t, (r) => r.lemma === 'ég', 3, '"við" next to a 1st person plural verb');
    return;
  }
  // The verb a few words on: "við Leifur finnum", "við þingmenn sem erum", "við í nefndinni fórum".
  // Only names, nouns, "sem", a few adverbs and one preposition may come between.
  for (let k = i + 1, seen = 0; k < toks.length && seen < 4; k++) {
    const w = toks[k];
    if (w.sentence !== t.sentence || w.raw.kind === 'punctuation') break;
    if (w.raw.kind !== 'word') continue;
    seen++;
    if (k > i + 1 && isFirstPersonPluralVerb(w)) {
      boost(t, (r) => r.lemma === 'ég', 3, '"við" with a 1st person plural verb later in the clause');
      return;
    }
    const wb = best(w);
    const ok = /^\p{Lu}/u.test(w.form) || BETWEEN_WE_AND_VERB.has(w.lower) || w.lower === 'sem' ||
      (wb?.pos === 'noun' && !hasPos(w, 'verb')) || (k === i + 1 && (w.lower === 'í' || w.lower === 'hjá'));
    if (!ok) break;
  }
  if (n?.lower === 'að') {
    boost(t, (r) => r.lemma === 'við' && r.pos === 'preposition', 1.5, '"við að" (preposition before a clause)');
  } else if (prevIsVerb) {
    // After a verb that does not end in -um, "við" cannot be its subject.
    if (!n || !isNominalStart(n)) boost(t, (r) => r.lemma === 'við' && r.pos === 'adverb', 1, '"við" particle after a verb');
  } else if (n && hasPos(n, 'verb') && !isNominalStart(n)) {
    boost(t, (r) => r.lemma === 'ég', 2.5, '"við" before a verb');
  } else if (n && hasPos(n, 'verb') && clauseStart) {
    boost(t, (r) => r.lemma === 'ég', 1.5, '"við" at clause start before a verb form');
  } else if (!n && toks[i + 1]?.raw.kind !== 'number') {
    // "við" at clause end is an adverbial particle ("bæta við").
    boost(t, (r) => r.lemma === 'við' && r.pos === 'adverb', 1, '"við" particle at clause end');
  }
}
