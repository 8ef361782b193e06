/**
 * Case government: a form that can be a preposition is one when a nominal (noun, adjective,
 * pronoun, article, numeral, name) follows it; the word after a preposition is a nominal rather
 * than a verb ("á braut" = on orbit, not "broke").
 */
import { best, boost, hasLemma, hasPos, isNominalStart, laterInSentence, NOMINAL, nextWord, onlyPos, prevWord, type Scored, type WorkToken } from '../context.ts';
import { governedCases, nounFormCases, type Case } from '../nounCase.ts';
import { isClauseInitialSubject } from './pronounVerb.ts';


/** Boosts the preposition reading when a nominal follows, the adverb reading at clause end. */
export function applyPrepositionGovernment(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!hasPos(t, 'preposition') || t.readings.length < 2) return;
  // "valt ofan í á" (into a river): right after "í" no preposition follows, "á" is the noun.
  // (But "beðið í á fimmta tíma" = for over four hours: an ordinal follows.)
  const ordinalAfter = (() => {
    const n = nextWord(toks, i);
    const b = best(n);
    return !!b && (b.pos === 'adjective' || b.pos === 'numeral');
  })();
  if (t.lower === 'á' && prevWord(toks, i)?.lower === 'í' && toks[i - 1]?.raw.kind === 'word' && hasPos(t, 'noun') && !ordinalAfter && toks[i + 1]?.raw.kind !== 'number') {
    boost(t, (r) => r.pos === 'noun' && r.lemma === 'á', 4, '"á" right after "í" is the river');
    return;
  }
  // Right after a clause-initial subject comes the finite verb ("Hann á stóran bíl").
  // So also right after the relative "sem" ("sem á sæti í nefndinni").
  if ((isClauseInitialSubject(toks, i - 1) || prevWord(toks, i)?.lower === 'sem') && hasPos(t, 'verb')) return;
  // An approximation between the preposition and its object is skipped: "í að minnsta kosti
  // fimm ám" (in at least five rivers), "í um það bil tvo daga".
  const skip = approximationAfter(toks, i);
  const n = nextWord(toks, i + skip);
  const after = toks[i + 1 + skip];
  if (n && NOT_AN_OBJECT.has(n.lower) && n.lower !== 'sér' && n.lower !== 'eftir' && n.lower !== 'von') return;
  if (n && isNominalStart(n) && !onlyPos(n, 'verb')) {
    boost(t, (r) => r.pos === 'preposition', 1.5, 'preposition before nominal');
  } else if (after && after.raw.kind === 'number') {
    boost(t, (r) => r.pos === 'preposition', 1.5, 'preposition before number');
  } else if (!n) {
    boost(t, (r) => r.pos === 'adverb', 1, 'particle at clause end');
  }
}

const APPROXIMATIONS = [['að', 'minnsta', 'kosti'], ['um', 'það', 'bil']];
/** One-word approximations before a number ("fyrir um sex milljónir", "í rúmlega tvo daga"). */
const APPROXIMATION_WORDS = new Set(['um', 'rúmlega', 'tæplega', 'nærri', 'nær', 'ríflega', 'hátt', 'allt']);

/** How many words of an approximation ("að minnsta kosti", "um það bil") follow token `i`. */
function approximationAfter(toks: WorkToken[], i: number): number {
  for (const words of APPROXIMATIONS) {
    if (words.every((w, k) => toks[i + 1 + k]?.raw.kind === 'word' && toks[i + 1 + k].lower === w && toks[i + 1 + k].sentence === toks[i].sentence)) return words.length;
  }
  // ("allt að tíu", "hátt í tíu": two words.)
  const a = toks[i + 1];
  if (a?.raw.kind === 'word' && a.sentence === toks[i].sentence && APPROXIMATION_WORDS.has(a.lower)) {
    const two = (a.lower === 'allt' && toks[i + 2]?.lower === 'að') || (a.lower === 'hátt' && toks[i + 2]?.lower === 'í') ? 2 : 1;
    const n = toks[i + 1 + two];
    if (n && n.sentence === toks[i].sentence && (n.raw.kind === 'number' || best(n)?.pos === 'numeral')) return two;
  }
  return 0;
}

/** After a word that is (now) best read as a preposition, prefer nominal readings. */
export function applyNominalAfterPreposition(toks: WorkToken[], i: number): void {
  const t = toks[i];
  const p = prevWord(toks, i);
  if (!p || best(p)?.pos !== 'preposition' || !hasPos(t, 'verb')) return;
  if (!t.readings.some((r) => NOMINAL.includes(r.pos))) return;
  // (Unless a verb follows: "Hross sem flutt eru úr landi mega …": "landi" is the object and
  // "mega" the main verb.)
  // (Nor an adjective before its noun: "sem rætt var um næstu kjarasamninga" = the next.)
  const adjectiveBeforeNoun = hasPos(t, 'adjective') && best(nextWord(toks, i))?.pos === 'noun';
  // (Nor a verb form that is only an imperative, no main verb: "sem herjað hefur á bú" = farms,
  // not búa's "bú".)
  const imperativeOnly = t.readings.every((r) => r.pos !== 'verb' || (r.lemma.endsWith('a') && r.lemma.slice(0, -1) === t.lower));
  if (strandedPreposition(toks, i - 1) && !adjectiveBeforeNoun && !imperativeOnly && !(best(nextWord(toks, i))?.pos === 'verb' && !hasPos(nextWord(toks, i), 'noun'))) {
    boost(t, (r) => r.pos === 'verb', 1.5, 'main verb after a relative clause ending in its preposition ("sem rætt var við lýsa")');
    return;
  }
  // A bare infinitive never follows a preposition ("klippti á borða" = cut the ribbon, not "eat").
  const infinitive = p.lower !== 'að' && t.readings.some((r) => r.pos === 'verb' && r.lemma === t.lower);
  boost(t, (r) => NOMINAL.includes(r.pos), infinitive ? 2 : 1, infinitive ? 'nominal after preposition, not a bare infinitive' : 'nominal after preposition');
}

const STRANDING_AUX = new Set('er var eru voru hefur hafði hafa höfðu'.split(' '));

/**
 * A preposition that ends a relative clause, its object being the relative "sem": "Sjúklingar sem
 * rætt var við lýsa …", "fólk sem talað er við". The pattern: "sem", a participle, an auxiliary,
 * the preposition.
 */
function strandedPreposition(toks: WorkToken[], k: number): boolean {
  const aux = prevWord(toks, k);
  const part = aux ? prevWord(toks, k - 1) : undefined;
  const sem = part ? prevWord(toks, k - 2) : undefined;
  return !!sem && sem.lower === 'sem' && STRANDING_AUX.has(aux!.lower) && hasPos(part, 'verb');
}

/**
 * Words that cannot be the object of a preposition: after "á" they show it is the verb "eiga"
 * ("á ekki að", "á enn nokkur met", "á sér stað", "á aldrei eftir að"). Nor does a preposition
 * follow one: "Musk á í viðskiptum" (is engaged in).
 */
const NOT_AN_OBJECT = new Set('ekki aldrei enn einnig líka bara sér eftir von í áfram eflaust sennilega væntanlega jafnframt reyndar raunar'.split(' '));

/** "á" = owns / is to (eiga) before a negation, adverb or reflexive "sér"; else the preposition. */
export function applyEigaBeforeAdverb(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'á' || !hasLemma(t, 'eiga')) return;
  const n = nextWord(toks, i);
  // "Maður á þrítugsaldri" (in his twenties): "á" + an age in "-aldri" is the preposition.
  if (n && n.lower.endsWith('aldri')) {
    boost(t, (r) => r.pos === 'preposition', 3, '"á" before an age ("á fertugsaldri")');
    return;
  }
  if (!n || !NOT_AN_OBJECT.has(n.lower)) return;
  // "á eftir" is also the compound preposition "after" ("á eftir honum"): only before "að".
  if (n.lower === 'eftir' && nextWord(toks, i + 1)?.lower !== 'að') return;
  // "á sér stað/stoð/rætur" (takes place, has grounds): "sér" + a noun object of "eiga"; "kost á
  // sér", "hefna sín á sér og …" keep the preposition.
  if (n.lower === 'sér') {
    const o = nextWord(toks, i + 1);
    const ob = best(o);
    if (!o || !ob || (ob.pos !== 'noun' && ob.pos !== 'adjective')) return;
  }
  // "á von á" (expects): "von" is a noun object of "eiga".
  if (n.lower === 'von' && nextWord(toks, i + 1)?.lower !== 'á') return;
  // "sér" and "von" are nominals, so the preposition reading has been boosted before them:
  // outweigh that too.
  boost(t, (r) => r.lemma === 'eiga', n.lower === 'sér' || n.lower === 'von' ? 4.5 : 3, `"á" before "${n.lower}" is the verb eiga`);
}

/** Subjects after which "á að" + infinitive is "is to, should" ("hann á að …", "sem á að …"). */
const EIGA_SUBJECTS = new Set('ég þú hann hún það þetta við þið þeir þær þau maður sem hver enginn allir'.split(' '));
/** Adverbs that open a sentence before its verb ("Þá á að …"). */
const FRONTED_ADVERBS = new Set('þá nú hér þar einnig því þannig fyrst síðan jafnframt'.split(' '));
/** Nominative suffixed articles ("Barnið á að …", "Ríkisstjórnin á að …", "Salan á að …"). */
const NOMINATIVE_ARTICLE = /(?:inn|in|ið|nir|nar|an)$/u;

/**
 * "á að" + infinitive right after a subject is the verb "eiga" (is to, should: "Barnið á að fá
 * aðstoð", "hann á að hafa sagt"). After a verb or a noun object "á" stays the preposition
 * ("benda á að …", "leggja áherslu á að …", "kostur á að …").
 */
export function applyEigaAdInfinitive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'á' || !hasLemma(t, 'eiga')) return;
  if (nextWord(toks, i)?.lower !== 'að') return;
  const v = nextWord(toks, i + 1);
  if (!v || !v.readings.some((r) => r.pos === 'verb' && (r.lemma === v.lower || r.lemma + 'st' === v.lower))) return;
  const p = prevWord(toks, i);
  if (!p) return;
  const name = /^\p{Lu}/u.test(p.form) && !p.sentenceInitial;
  // A definite noun subject opening its clause ("Barnið á að", "…, og ríkið á að").
  const pp = toks[i - 2];
  const clauseStart = p.sentenceInitial || !pp || pp.sentence !== p.sentence || pp.raw.kind !== 'word' || pp.lower === 'og' || pp.lower === 'en';
  // (Its "-ið" may also be a verb form: "barnið" / barna.)
  const nounSubject = clauseStart && NOMINATIVE_ARTICLE.test(p.lower) && hasPos(p, 'noun') && p.readings.every((r) => r.pos === 'noun' || r.pos === 'verb');
  // "… og á að mæla hafís": a second verb of the clause's subject; "á" + "að" + infinitive has no
  // verb before it to be a particle of.
  const coordinated = p.lower === 'og' || p.lower === 'en';
  // A subject ending in a definite genitive ("Fyrsti áfangi framkvæmdanna á að hefjast"): a noun
  // that governs "á" ("kostur á að") is not in the genitive.
  const genitiveEnd = /(?:nna|innar|unnar|sins)$/u.test(p.lower) && hasPos(p, 'noun');
  // A fronted adverbial opening the sentence puts the verb next ("Meðal annars á að efla …",
  // "Þá á að opna …" = is to be).
  const fronted = (p.sentenceInitial && FRONTED_ADVERBS.has(p.lower)) || (p.lower === 'annars' && pp?.lower === 'meðal' && pp.sentenceInitial);
  if (!EIGA_SUBJECTS.has(p.lower) && !name && !nounSubject && !coordinated && !genitiveEnd && !fronted) return;
  boost(t, (r) => r.lemma === 'eiga', 3, '"á að" + infinitive after a subject or a fronted adverbial: eiga (is to)');
}

/** Finite verb forms that show a clause has its verb elsewhere ("Liðið á Akureyri vann …"). */
const FINITE_FORMS = new Set('er eru var voru verður verða varð urðu hefur hafa hafði höfðu mun munu getur geta gat gátu'.split(' '));
/** Words that open another clause: the scan for a verb stops there ("og" may join nouns: "Munurinn á hæsta og lægsta verði var …"). */
const CLAUSE_BREAKS = new Set('en sem að þegar ef því þótt enda'.split(' '));

/**
 * "á" right after a sentence-opening subject with its article, when the rest of the clause has
 * no verb, is the clause's verb eiga: "Liðið á leik í kvöld" (the team has a game tonight), but
 * "Liðið á Akureyri vann" (in) and "Húsið á horninu." (a caption with no verb) keep the
 * preposition.
 */
export function applyEigaAfterInitialSubject(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'á' || !hasLemma(t, 'eiga')) return;
  const p = prevWord(toks, i);
  if (!p || toks[i - 1] !== p || !p.sentenceInitial || !NOMINATIVE_ARTICLE.test(p.lower) || !hasPos(p, 'noun') || !p.readings.every((r) => r.pos === 'noun' || r.pos === 'verb' || r.pos === 'adjective')) return;
  const n = nextWord(toks, i);
  if (!n || toks[i + 1] !== n || /^\p{Lu}/u.test(n.form) || /(?:inu|inum|inni|unum|unni)$/u.test(n.lower)) return;
  let end = false;
  for (let k = i + 1; k < toks.length && toks[k].sentence === t.sentence; k++) {
    const w = toks[k];
    if (w.raw.kind === 'punctuation') {
      end = /^[.!]$/u.test(w.raw.text);
      if (w.raw.text === ',' || end) break;
      continue;
    }
    if (w.raw.kind !== 'word') continue;
    if (CLAUSE_BREAKS.has(w.lower)) break;
    if (FINITE_FORMS.has(w.lower) || onlyPos(w, 'verb')) return;
  }
  // (A heading or caption without a full stop may have no verb at all.)
  if (!end && !laterInSentence(toks, i, (w) => w.raw.kind === 'punctuation')) return;
  boost(t, (r) => r.lemma === 'eiga', 5, '"á" after a sentence-opening subject, no other verb in the clause: eiga');
  // (Its subject is then the noun: "Barnið á …" is no supine of barna.)
  boost(p, (r) => r.pos === 'noun', 1, 'subject before "á" = eiga');
}

/** Prepositions that take an "að" clause or infinitive as their object ("fyrir að úthluta"). */
const BEFORE_AD = new Set(['fyrir', 'með', 'af', 'frá', 'til', 'um', 'úr']);

/**
 * "gagnrýnd fyrir að úthluta", "á erfitt með að lesa": before "að" these words are the
 * preposition with the clause or infinitive as its object, not the adverb (particle).
 */
export function applyPrepositionBeforeAd(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!BEFORE_AD.has(t.lower) || !hasPos(t, 'preposition') || !hasPos(t, 'adverb')) return;
  if (nextWord(toks, i)?.lower !== 'að') return;
  boost(t, (r) => r.pos === 'preposition', 0.5, `"${t.lower} að": preposition before a clause or infinitive`);
}

/**
 * A noun right after a preposition is in the case the preposition governs: "leifar af skála" is
 * skáli (hall, dative), not skál (bowl), whose "skála" is only the genitive plural. Readings whose
 * form cannot be in a governed case lose, when another reading can.
 */
export function applyCaseGovernment(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'noun')) return;
  const p = prevWord(toks, i);
  if (!p) return;
  // A dative adjective in "-um" before the noun says its case too: "af … gömlum skála" (skáli,
  // hall; skál's "skála" is only a genitive plural).
  const dativeAdjective = best(p)?.pos === 'adjective' && p.lower.endsWith('um') && !hasPos(p, 'verb');
  if (best(p)?.pos !== 'preposition' && !dativeAdjective) return;
  const cases: Case[] | undefined = dativeAdjective ? ['dat'] : governedCases(p.lower);
  if (!cases) return;
  const excluded = (r: Scored) => {
    if (r.pos !== 'noun') return false;
    const c = nounFormCases(r.lemma, r.gender, t.lower);
    return !!c && !c.some((x) => cases.includes(x));
  };
  if (!t.readings.some(excluded) || t.readings.every(excluded)) return;
  boost(t, excluded, -2, `not in the case "${p.lower}" governs`);
}
