/**
 * "heldur": the verb "halda" (holds, thinks) after its subject, otherwise the conjunction "but
 * (rather)" after a negated clause or a comma ("ekki X, heldur Y") or the adverb "rather" after a
 * finite verb or before "en" ("er heldur ekki", "hærri heldur en").
 */
import { best, boost, hasPos, prevWord, nextWord, type WorkToken } from '../context.ts';
import { PARTICIPLE_AUX } from './agreement.ts';
import { HAFA_FORMS } from './auxiliary.ts';
import { isClauseInitialSubject } from './pronounVerb.ts';

const AUX_FORMS = new Set([...HAFA_FORMS, ...PARTICIPLE_AUX]);

const NEGATION = new Set(['ekki', 'ekkert', 'aldrei', 'hvorki', 'enginn', 'engin', 'ekkert']);

export function applyHeldur(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'heldur' || !t.readings.some((r) => r.lemma === 'halda')) return;
  // "hann heldur …": the pronoun rule has given the verb its weight.
  if (isClauseInitialSubject(toks, i - 1)) return;
  const p = prevWord(toks, i);
  const n = nextWord(toks, i);
  const before = toks[i - 1];
  if (n?.lower === 'en' || (p && best(p)?.pos === 'verb')) {
    boost(t, (r) => r.lemma === 'heldur' && r.pos === 'adverb', 2.5, '"heldur" = rather (after a verb / before "en")');
    boost(t, (r) => r.lemma === 'heldur' && r.pos === 'conjunction', 2, '"heldur" = rather (after a verb / before "en")');
    return;
  }
  let negated = false;
  for (let k = i - 1; k >= 0 && toks[k].sentence === t.sentence; k--) {
    if (toks[k].raw.kind === 'word' && NEGATION.has(toks[k].lower)) {
      negated = true;
      break;
    }
  }
  const afterComma = !!before && before.raw.kind === 'punctuation' && before.raw.text === ',';
  if (negated || afterComma) {
    boost(t, (r) => r.lemma === 'heldur' && r.pos === 'conjunction', 2, negated ? '"ekki …, heldur" = but rather' : '", heldur" = but rather');
  }
}

/**
 * "þegar": the adverb "already" right after a finite verb ("hefur þegar greitt", "er þegar
 * búið") unless a subject pronoun follows, otherwise the conjunction "when" opening a clause ("Þegar hann kom …", "… sofandi
 * þegar síminn hringdi").
 */
/** Nominative personal pronouns ("það", "þau" are objects as often, "við" is also a preposition). */
const SUBJECT_PRONOUNS = new Set('ég þú hann hún þið þeir þær'.split(' '));

/** Genitive pronouns that may follow a subject noun ("bátur þeirra"). */
const GENITIVE_PRONOUNS = new Set(['hans', 'hennar', 'þeirra', 'okkar', 'ykkar', 'þess']);

export function applyThegar(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'þegar' || !t.readings.some((r) => r.pos === 'conjunction') || !t.readings.some((r) => r.pos === 'adverb')) return;
  const p = prevWord(toks, i);
  // "orku sem þegar er framleidd": right after the relative "sem", already.
  if (p?.lower === 'sem' && toks[i - 1] === p) {
    boost(t, (r) => r.pos === 'adverb', 1.5, '"sem þegar" = which already');
    return;
  }
  // "… verða yfirheyrðir þegar þeir hafa sofið": a subject pronoun next opens a clause.
  const n = nextWord(toks, i);
  if (n && SUBJECT_PRONOUNS.has(n.lower)) {
    boost(t, (r) => r.pos === 'conjunction', 1, '"þegar" before a subject pronoun = when');
    return;
  }
  // "hefur það þegar haft áhrif", "er hann þegar farinn": auxiliary, subject, "þegar" and a
  // participle or supine: already.
  const pp = p ? prevWord(toks, i - 1) : undefined;
  if (p && pp && AUX_FORMS.has(pp.lower) && best(p)?.pos === 'pronoun' && n && n.readings.some((r) => r.pos === 'verb' && r.lemma !== n.lower)) {
    boost(t, (r) => r.pos === 'adverb', 2, '"þegar" between auxiliary + subject and a participle = already');
    return;
  }
  // So too with a longer subject: "hafa nokkur þeirra þegar lýst yfir" (an auxiliary up to three
  // words back and a supine in -t/-ð/-d next).
  const auxBack = [1, 2, 3].some((k) => AUX_FORMS.has(prevWord(toks, i - k + 1)?.lower ?? ''));
  if (auxBack && n && /(?:[tðd]|ið|að)$/u.test(n.lower) && best(n)?.pos === 'verb' && n.readings.some((r) => r.pos === 'verb' && r.lemma !== n.lower)) {
    boost(t, (r) => r.pos === 'adverb', 2, '"þegar" after an auxiliary and its subject, before a supine = already');
    return;
  }
  // "… taki að hækka þegar vextir lækka": a noun and its verb after "þegar" make a clause (when).
  // (Also with a genitive pronoun after the noun: "þegar bátur þeirra sökk".)
  // (And with a number before the noun: "þegar tvær mínútur voru eftir".)
  const number = toks[i + 1]?.raw.kind === 'number' && toks[i + 1].sentence === t.sentence;
  const counted = number || (!!n && best(n)?.pos === 'numeral');
  let head = counted ? nextWord(toks, i + 1) : n;
  let at = counted ? i + 1 : i;
  // (Or an adjective before the noun: "þegar örfáar sekúndur voru eftir".)
  const afterAdjective = head && best(head)?.pos === 'adjective' && toks[at + 1] === head ? nextWord(toks, at + 1) : undefined;
  if (afterAdjective && best(afterAdjective)?.pos === 'noun') {
    head = afterAdjective;
    at += 1;
  }
  let nn = head ? nextWord(toks, at + 1) : undefined;
  if (nn && GENITIVE_PRONOUNS.has(nn.lower)) nn = nextWord(toks, at + 2);
  if (head && best(head)?.pos === 'noun' && !/^\p{Lu}/u.test(head.form) && nn && hasPos(nn, 'verb') && (best(nn)?.pos === 'verb' || nn !== nextWord(toks, at + 1))) {
    boost(t, (r) => r.pos === 'conjunction', 1.5, '"þegar" before a subject noun and its verb = when');
    return;
  }
  // "… eru flestar þeirra þegar seldar.": before a participle that ends the clause, already.
  const after = toks[i + 2];
  const participleEnds = !!n && n.readings.some((r) => r.pos === 'verb' && r.lemma !== n.lower) && (!after || after.raw.kind === 'punctuation' || after.sentence !== t.sentence);
  if (participleEnds || (p && toks[i - 1] === p && best(p)?.pos === 'verb' && !p.lower.endsWith('andi'))) {
    boost(t, (r) => r.pos === 'adverb', 1, participleEnds ? '"þegar" before a clause-final participle = already' : '"þegar" after a verb = already');
  } else {
    boost(t, (r) => r.pos === 'conjunction', 1, '"þegar" opening a clause = when');
  }
}

/** Words that introduce an amount after "nema" = amount to ("nema nú yfir átta þúsund milljörðum"). */
const AMOUNT_OPENERS = new Set('yfir um rúmlega tæplega rúmum tæpum alls samtals hátt nærri'.split(' '));
/** Adverbs that may stand between "nema" and the amount. */
const BEFORE_AMOUNT = new Set(['nú', 'þá', 'því', 'samtals', 'alls', 'nærri']);

/**
 * "nema" after a noun, before an amount, in a clause with no finite verb yet, is the verb "amount
 * to": "Eignir lífeyrissjóðanna nema nú yfir átta þúsund milljörðum" — not "unless"/"except"
 * ("opið alla daga nema tvo" has its verb before).
 */
export function applyNemaAmount(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'nema' || !t.readings.some((r) => r.lemma === 'nema' && r.pos === 'verb')) return;
  // (Past a possessive: "Eignir þeirra nema nú …".)
  const p0 = prevWord(toks, i);
  const p = p0 && /^(?:hans|hennar|þeirra|þess)$/u.test(p0.lower) ? prevWord(toks, i - 1) : p0;
  if (!p || best(p)?.pos !== 'noun') return;
  for (let k = i - 1; k >= 0 && toks[k].sentence === t.sentence; k--) {
    if (toks[k].raw.kind === 'punctuation' && toks[k].raw.text === ',') break;
    if (toks[k].raw.kind === 'word' && best(toks[k])?.pos === 'verb') return;
  }
  let k = i + 1;
  while (toks[k]?.raw.kind === 'word' && BEFORE_AMOUNT.has(toks[k].lower)) k++;
  const n = toks[k];
  if (!n || n.sentence !== t.sentence) return;
  const amount = n.raw.kind === 'number' || (n.raw.kind === 'word' && (AMOUNT_OPENERS.has(n.lower) || best(n)?.pos === 'numeral'));
  if (!amount) return;
  boost(t, (r) => r.lemma === 'nema' && r.pos === 'verb', 3, '"nema" + an amount after its subject = amount to');
}

/** Forms félag (association, club) shares with félagi (companion, teammate). */
const FELAG_FORMS = new Set(['félaga', 'félögum', 'félögunum', 'félagar']);
const POSSESSIVES = new Set(['hans', 'hennar', 'þeirra', 'sínum', 'sína', 'sinna', 'sínir']);

/**
 * "Alfreð og félögum (hans)": a name and his companions or teammates (félagi), not the club
 * (félag). Also any "félögum" before a possessive ("Aroni og félögum hans").
 */
export function applyCompanionsAfterName(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!FELAG_FORMS.has(t.lower) || !t.readings.some((r) => r.lemma === 'félagi')) return;
  const n = nextWord(toks, i);
  const possessive = !!n && n.sentence === t.sentence && POSSESSIVES.has(n.lower);
  const p = prevWord(toks, i);
  const pp = p?.lower === 'og' ? prevWord(toks, i - 1) : undefined;
  const afterName = !!pp && pp.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(pp.form);
  if (!possessive && !afterName) return;
  boost(t, (r) => r.lemma === 'félagi', 2.5, afterName ? '"X og félagar": companions of a name' : 'companions before a possessive');
}
