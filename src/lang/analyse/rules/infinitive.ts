/**
 * Infinitive marker and modal verbs: after "að" or a modal ("mun", "vill", "getur"…) a form that
 * equals a verb lemma is that verb's infinitive ("að vera", "mun leiða"). "að" itself is then the
 * infinitive marker.
 */
import { best, boost, hasLemma, nextWord, prevWord, type WorkToken } from '../context.ts';
import { hasOwnGloss } from '../prior.ts';

/**
 * Forms of verbs that take a bare infinitive (or "að" + infinitive is handled separately). Not
 * "fá": it takes "að" + infinitive or a supine, and its bare object is a noun ("fékk hluta").
 */
export const MODAL_FORMS = new Set(
  (
    'mun munu myndi myndu mundi mundu muni munum munt ' +
    'skal skulu skuli skyldi skyldu skulum skyldum ' +
    'vil vill vilja vildi vildu vilji viljum vildum ' +
    'má mega mátti máttu megi megum máttum ' +
    'kann kunna kunni kunnu ' +
    'hljóta hlýtur hlaut hlutu ' +
    'lætur láta lét létu ' +
    'sjá sá sáu ' +
    'þarf þurfa þurfti þurftu þurftum'
  ).split(' '),
);

/** Participles of saying and believing that take a bare infinitive ("sagður vera", "talið nema"). */
const SAID_PARTICIPLES = new Set('sagður sögð sagt sagðir sagðar talinn talin talið taldir taldar'.split(' '));

/** Verbs whose middle voice (segjast, kveðast, þykjast, teljast) takes a bare infinitive. */
const SAY_ST = new Set(['segja', 'kveða', 'þykja', 'telja', 'látast', 'láta']);

/** An infinitive: the verb's lemma itself, or its middle voice in -st ("blómgast", "komast"). */
export function isInfinitiveReading(lower: string, lemma: string, pos: string): boolean {
  return pos === 'verb' && (lemma === lower || lemma + 'st' === lower);
}

/** Adverbs that may stand between a modal and its infinitive ("vil bara minna", "mun ekki koma"). */
const BETWEEN_MODAL_AND_INFINITIVE = new Set('bara ekki líka einnig aldrei alltaf enn samt jafnvel örugglega sennilega væntanlega þá nú þó ávallt auðvitað aðeins einungis varla áfram framvegis líklega eflaust sjálfsagt'.split(' '));

function isSayingMiddle(p: WorkToken): boolean {
  return p.lower.endsWith('st') && p.readings.some((r) => r.pos === 'verb' && SAY_ST.has(r.lemma));
}

/** Finite forms that follow a clause's subject, never an infinitive ("að kvika sé …"). */
const CLAUSE_FINITE = new Set('sé séu væri væru er eru var voru hafi hafa hefði hefðu hefur verði verða yrði yrðu muni myndi mundi geti gæti skuli'.split(' '));

/** Impersonal modals an infinitive may be fronted before ("en loka þurfti veginum" = had to close, "hvort leyfa ætti akstur"). */
const FRONTED_BEFORE = new Set('þarf þurfti þyrfti má mátti mætti megi ætti eigi beri bar'.split(' '));

/**
 * An infinitive fronted before an impersonal modal, at the start of a clause: "… en loka þurfti
 * veginum", "Ganga þarf frá málinu". A noun there would need its own verb form.
 */
export function applyInfinitiveBeforeModal(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !t.readings.some((r) => isInfinitiveReading(t.lower, r.lemma, r.pos))) return;
  const n = toks[i + 1];
  if (!n || n.raw.kind !== 'word' || n.sentence !== t.sentence || !(FRONTED_BEFORE.has(n.lower) || verdaAfterFrontedInfinitive(toks, i + 1))) return;
  const p = prevWord(toks, i);
  const clauseStart = t.sentenceInitial || (!!p && (p.lower === 'en' || p.lower === 'og' || p.lower === 'því' || p.lower === 'hvort' || p.lower === 'svo')) || toks[i - 1]?.raw.text === ',' || toks[i - 2]?.raw.text === ',';
  if (!clauseStart) return;
  // (Outweighs the sentence-initial noun-before-verb cue: "Loka þurfti veginum", not "lok".)
  boost(t, (r) => isInfinitiveReading(t.lower, r.lemma, r.pos), 2.5, `infinitive fronted before "${n.lower}"`);
}

/** A middle-voice form ("fannst", "hófst", "lést") that only a verb reading has, and no infinitive. */
function isFiniteMiddle(t: WorkToken): boolean {
  return t.lower.endsWith('st') && t.readings.length > 0 && t.readings.every((r) => r.pos === 'verb' && !isInfinitiveReading(t.lower, r.lemma, r.pos));
}

export function applyInfinitive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  let p = prevWord(toks, i);
  let pi = i - 1;
  if (p && BETWEEN_MODAL_AND_INFINITIVE.has(p.lower)) {
    const pp = prevWord(toks, i - 1);
    // (Also across the adverb after "sagðist": "sagðist varla trúa því".)
    if (pp && (MODAL_FORMS.has(pp.lower) || isSayingMiddle(pp))) {
      p = pp;
      pi = i - 2;
    }
  }
  if (!p || t.readings.length < 2) return;
  const hasInf = t.readings.some((r) => isInfinitiveReading(t.lower, r.lemma, r.pos));
  if (!hasInf) return;
  if (p.lower === 'að') {
    // "að hluta (til)" = partly: the noun hluti at the end of a clause, not the verb "hluta".
    if (t.lower === 'hluta' && partlyEnds(toks, i)) {
      boost(t, (r) => r.lemma === 'hluti', 2.5, '"að hluta (til)" = partly');
      return;
    }
    // "óeðlilegt að orka sem heimilin þurfi sé seld": a noun with a relative clause after it is
    // the clause's subject, when the verb reading has no gloss of its own (orka = energy).
    if (nextWord(toks, i)?.lower === 'sem' && !t.readings.some((r) => isInfinitiveReading(t.lower, r.lemma, r.pos) && hasOwnGloss(r)) && t.readings.some((r) => r.pos === 'noun' && hasOwnGloss(r))) return;
    // A noun followed by a finite verb is the subject of a that-clause, not an infinitive:
    // "benda til þess að kvika sé á ferðinni" (magma), "leiddi til þess að verð hækkaði".
    const nx = nextWord(toks, i);
    if (nx && nx.sentence === t.sentence && CLAUSE_FINITE.has(nx.lower) && t.readings.some((r) => r.pos === 'noun' && hasOwnGloss(r))) return;
    // So too before a middle-voice verb form that is no infinitive: "eftir að mygla fannst"
    // (mould was found), where a verb's object could not stand. (Not "geta" or "hafa", which
    // take a supine: "að geta byggst upp".)
    if (nx && isFiniteMiddle(nx) && !hasLemma(t, 'geta') && !hasLemma(t, 'hafa') && t.readings.some((r) => r.pos === 'noun' && hasOwnGloss(r))) {
      boost(t, (r) => r.pos === 'noun', 1.5, 'subject of a that-clause before a middle-voice verb');
      return;
    }
    // "til að" / "til þess að" (in order to) is all but always followed by an infinitive.
    const pp = prevWord(toks, i - 1);
    const purpose = pp?.lower === 'til' || (pp?.lower === 'þess' && prevWord(toks, i - 2)?.lower === 'til');
    boost(t, (r) => isInfinitiveReading(t.lower, r.lemma, r.pos), purpose ? 3.5 : 2, purpose ? 'infinitive after "til (þess) að"' : 'infinitive after "að"');
  } else if (MODAL_FORMS.has(p.lower)) {
    boost(t, (r) => isInfinitiveReading(t.lower, r.lemma, r.pos), 1.5, `infinitive after modal "${p.lower}"`);
  } else if (SAID_PARTICIPLES.has(p.lower)) {
    // "er sagt nema um hálfum milljarði" (is said to amount to), "talinn vera".
    boost(t, (r) => isInfinitiveReading(t.lower, r.lemma, r.pos), 1.5, `infinitive after "${p.lower}" (said/believed to)`);
  } else if (accusativeWithInfinitive(toks, p, pi)) {
    // "telja gjaldið skaða samkeppnisstöðuna" (think the fee harms): a verb of saying or thinking,
    // its definite object, then a bare infinitive.
    boost(t, (r) => isInfinitiveReading(t.lower, r.lemma, r.pos), 1.5, 'infinitive after a verb of saying and its object');
  } else if (isSayingMiddle(p)) {
    // "sagðist vera", "kveðst hafa", "þóttist vita": middle-voice verbs of saying take a bare infinitive.
    boost(t, (r) => isInfinitiveReading(t.lower, r.lemma, r.pos), 1.5, `infinitive after "${p.lower}"`);
  }
}

/** Verbs that take an object and a bare infinitive ("telur verðið vera of hátt", "sá manninn koma"). */
const ACC_INF_VERBS = new Set(['telja', 'segja', 'álíta', 'sjá', 'heyra', 'láta']);

/** Token `i` follows a definite noun object of a verb of saying, thinking or perceiving. */
function accusativeWithInfinitive(toks: WorkToken[], p: WorkToken, pi: number): boolean {
  if (best(p)?.pos !== 'noun' || !/(?:ið|inn|ina|una|ana|in|nar|na)$/u.test(p.lower)) return false;
  const v = prevWord(toks, pi);
  const vb = best(v);
  return !!v && v.sentence === p.sentence && vb?.pos === 'verb' && ACC_INF_VERBS.has(vb.lemma);
}

/** After "að hluta": "til", a conjunction, punctuation or the end; the verb "hluta" takes an object. */
function partlyEnds(toks: WorkToken[], i: number): boolean {
  const n = toks[i + 1];
  return !n || n.sentence !== toks[i].sentence || n.raw.kind === 'punctuation' || /^(?:til|en|og|eða)$/u.test(n.lower);
}

/**
 * "mætti"/"mættu" before an infinitive is the modal "mega" (might, could: "hvað mætti opna"),
 * not "mæta" (met, attended: "mætti á æfingu").
 */
export function applyModalBeforeInfinitive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  // "láti bólusetja sig" (have themselves vaccinated): láta, not the noun lát (death).
  if (t.readings.some((r) => r.lemma === 'láta' && r.pos === 'verb') && t.readings.some((r) => r.pos === 'noun')) {
    const n = nextWord(toks, i);
    if (n && n.readings.length > 0 && n.readings.every((r) => r.pos === 'verb') && n.readings.some((r) => isInfinitiveReading(n.lower, r.lemma, r.pos))) {
      boost(t, (r) => r.lemma === 'láta' && r.pos === 'verb', 1.5, '"láta" before an infinitive');
    }
    return;
  }
  // "við myndum grípa til þess" (we would resort to it): munu before an infinitive, not the
  // pictures ("náðu myndum af bílnum").
  if (t.lower === 'myndum' && t.readings.some((r) => r.lemma === 'munu')) {
    const n = nextWord(toks, i);
    if (n && best(n)?.pos === 'verb' && n.readings.some((r) => isInfinitiveReading(n.lower, r.lemma, r.pos)) && !n.readings.some((r) => r.pos === 'preposition')) {
      boost(t, (r) => r.lemma === 'munu', 2, '"myndum" before an infinitive = would');
    }
    return;
  }
  if (!t.readings.some((r) => r.lemma === 'mega') || !t.readings.some((r) => r.lemma !== 'mega' && r.pos === 'verb')) return;
  let n = toks[i + 1];
  if (n && n.raw.kind === 'word' && BETWEEN_MODAL_AND_INFINITIVE.has(n.lower)) n = toks[i + 2];
  if (!n || n.raw.kind !== 'word' || n.sentence !== t.sentence) return;
  if (!n.readings.some((r) => isInfinitiveReading(n.lower, r.lemma, r.pos)) || n.readings.some((r) => r.pos === 'preposition' || r.pos === 'adverb')) return;
  boost(t, (r) => r.lemma === 'mega', 1, 'modal "mega" before an infinitive');
}

/**
 * A supine that doubles as an adverb ("ákveðið" = decidedly, "ítrekað" = repeatedly) before "að"
 * and an infinitive is the verb: "og því ákveðið að setja fleiri lömb á" (decided to).
 */
const SUPINE_ADVERBS = new Set(['ákveðið', 'ítrekað']);

export function applySupineBeforeInfinitive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!SUPINE_ADVERBS.has(t.lower) || best(t)?.pos === 'verb' || !t.readings.some((r) => r.pos === 'verb')) return;
  // After "verið" or a passive auxiliary it is the participle: "ekkert hafi verið ákveðið enn"
  // (not after "hefur": "hefur ítrekað verið haldið fram" = repeatedly).
  if (/^(?:verið|var|er|sé|verði)$/u.test(prevWord(toks, i)?.lower ?? '')) {
    boost(t, (r) => r.pos === 'verb', 2, `"${t.lower}" after "verið" or an auxiliary: the participle`);
    return;
  }
  const ad = nextWord(toks, i);
  const v = ad && ad.lower === 'að' ? nextWord(toks, i + 1) : undefined;
  if (!v || !v.readings.some((r) => isInfinitiveReading(v.lower, r.lemma, r.pos)) || best(v)?.pos !== 'verb') return;
  boost(t, (r) => r.pos === 'verb', 2, `"${t.lower}" before "að" and an infinitive: the verb`);
}

/** Gives "að" an infinitive-marker reading when an infinitive follows it. */
export function markInfinitiveAd(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'að') return;
  const n = toks[i + 1];
  if (!n || n.raw.kind !== 'word' || n.sentence !== t.sentence) return;
  const nb = n.readings.reduce<WorkToken['readings'][number] | undefined>((b, r) => (!b || r.score > b.score ? r : b), undefined);
  if (!nb || !isInfinitiveReading(n.lower, nb.lemma, nb.pos)) return;
  // "segir að sameina eigi námsleiðir" (that … should be merged): before an infinitive that its
  // modal follows, "að" opens the clause (see applyModalAfterInfinitive).
  // (After a verb of saying or thinking only: "ætlar að borða eigi síðar en" has the old negation.)
  const m = toks[i + 2];
  const modal = m && m.sentence === t.sentence ? (MODAL_AFTER_INFINITIVE[m.lower] ?? FRONTING_MODALS[m.lower]) : undefined;
  const p = prevWord(toks, i);
  const saying = (w: WorkToken | undefined) => !!w && best(w)?.pos === 'verb' && SAYING_VERBS.has(best(w)!.lemma);
  // (Also past the one told: "hefur tilkynnt stórnotendum að skerða þurfi afhendingu".)
  const told = !!p && /^(?:noun|pronoun)$/u.test(best(p)?.pos ?? '') && saying(prevWord(toks, i - 1));
  if (((modal && best(m)?.lemma === modal && best(m)?.pos === 'verb') || verdaAfterFrontedInfinitive(toks, i + 2)) && (saying(p) || told)) {
    boost(t, (r) => r.pos === 'conjunction', 2.5, '"að" before an infinitive and the modal that governs it: the clause\'s "that"');
    return;
  }
  if (!t.readings.some((r) => r.pos === 'infinitive-marker')) {
    const top = Math.max(...t.readings.map((r) => r.score), 0);
    t.readings.push({ lemma: 'að', pos: 'infinitive-marker', bin: 'nhm', score: top + 1, reasons: ['infinitive marker before an infinitive'] });
  }
}

/**
 * "þar sem rísa eiga um 200 íbúðir", "taldi að sakfella bæri konuna": the modal "eiga" or the
 * impersonal "bera" (ber að = should) after the infinitive it governs (fronted in a subordinate
 * clause), not the noun eiga (ownership) nor the adjective bær.
 */
/**
 * "verða" (must) after an infinitive fronted before it: "segir að horfa verði til lengri tíma",
 * "Gera verður ráð fyrir". Not before a participle, where the word before is the subject of a
 * passive ("að kæra verði lögð fram"): the word after "verða" (past a negation) is an object, a
 * preposition or an adverb, not a verb form or an adjective.
 */
export function verdaAfterFrontedInfinitive(toks: WorkToken[], m: number): boolean {
  const t = toks[m];
  if (!t || t.raw.kind !== 'word' || !/^(?:verður|verði|yrði)$/u.test(t.lower)) return false;
  let k = m;
  let n = nextWord(toks, k);
  while (n && /^(?:ekki|aldrei|þó|því|líka|einnig|nú|þá)$/u.test(n.lower)) n = nextWord(toks, ++k);
  const nb = best(n);
  return !!nb && (nb.pos === 'preposition' || nb.pos === 'noun' || nb.pos === 'adverb') && !n!.readings.some((r) => r.pos === 'verb' || r.pos === 'adjective');
}

/** Other modals after a fronted infinitive ("segir að grípa þurfi inn í" = that one must intervene). */
const FRONTING_MODALS: Record<string, string> = { þurfi: 'þurfa', þarf: 'þurfa', þyrfti: 'þurfa', megi: 'mega', má: 'mega', mætti: 'mega', skuli: 'skulu', skal: 'skulu', ætti: 'eiga' };

/** Verbs of saying and thinking whose "að" clause may front an infinitive before its modal. */
const SAYING_VERBS = new Set(['segja', 'telja', 'álíta', 'kveða', 'halda', 'vona', 'ákveða', 'tilkynna', 'leggja', 'segjast']);

const MODAL_AFTER_INFINITIVE: Record<string, string> = { eiga: 'eiga', eigi: 'eiga', ber: 'bera', beri: 'bera', bæri: 'bera' };

export function applyModalAfterInfinitive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  const modal = MODAL_AFTER_INFINITIVE[t.lower];
  if (!modal || !t.readings.some((r) => r.lemma === modal && r.pos === 'verb')) return;
  const p = prevWord(toks, i);
  const pb = best(p);
  if (!p || !pb || pb.pos !== 'verb' || pb.lemma !== p.lower || !/a$/u.test(p.lower)) return;
  const pp = prevWord(toks, i - 1);
  if (!pp || !['sem', 'þar', 'hvort', 'að', 'og', 'ef', 'þegar'].includes(pp.lower)) return;
  boost(t, (r) => r.lemma === modal && r.pos === 'verb', 2.5, `the modal "${modal}" after the infinitive it governs`);
}

/** Modals whose infinitive a series after "og" may continue. */
const SERIES_MODALS = new Set(['munu', 'geta', 'skulu', 'vilja', 'þurfa', 'mega', 'ætla']);

/**
 * "að taka lífinu með ró og borða nóg af fiski": after "og", a word that is an infinitive
 * continues a series of infinitives after "að" in its clause (eat), not a homograph noun
 * (borða = of tables).
 */
export function applyCoordinatedInfinitive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || best(t)?.pos === 'verb') return;
  // (A glossed verb only, and not "eins og" = like: "eins og tölva".)
  if (!t.readings.some((r) => r.pos === 'verb' && r.lemma === t.lower && hasOwnGloss(r))) return;
  if (prevWord(toks, i)?.lower !== 'og' || prevWord(toks, i - 1)?.lower === 'eins') return;
  // The clause's "að" + infinitive, at most eight words back, with no finite verb after it.
  let words = 0;
  for (let k = i - 2; k >= 0 && toks[k].sentence === t.sentence && words < 8; k--) {
    const w = toks[k];
    if (w.raw.kind === 'punctuation' && w.raw.text === ',') return;
    if (w.raw.kind !== 'word') continue;
    words++;
    const b = best(w);
    // (Or a series after a modal: "myndi skerða útsýni og auka umferð".)
    if (b?.pos === 'verb' && SERIES_MODALS.has(b.lemma) && b.lemma !== w.lower && words > 1) {
      boost(t, (r) => r.pos === 'verb' && r.lemma === t.lower, 2, 'an infinitive after "og" in a series after a modal');
      return;
    }
    if (b?.pos === 'verb' && b.lemma !== w.lower) return;
    if (w.lower === 'að' && b?.pos === 'infinitive-marker') {
      boost(t, (r) => r.pos === 'verb' && r.lemma === t.lower, 2, 'an infinitive after "og" in a series after "að"');
      return;
    }
  }
}
