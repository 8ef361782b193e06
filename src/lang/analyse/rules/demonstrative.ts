/**
 * Demonstrative "sá" vs personal pronouns: forms shared by "það/hann/hún" and "sá" (það, því,
 * þess, þau, þeim, þeirra, þá, þær, þeir) are the demonstrative before a noun ("það mál", "þá
 * leið", "það nýja frumvarp") and before a relative "sem" ("það sem", "þeirra sem").
 */
import { best, boost, hasLemma, hasPos, nextWord, prevWord, type WorkToken } from '../context.ts';
import { isComparativeForm } from './degree.ts';

export const SHARED_DEMONSTRATIVE_FORMS = new Set('það því þess þau þeim þeirra þá þær þeir'.split(' '));
const DEFINITE_NOUN = /(?:inn|in|ið|inu|inum|num|ins|sins|nir|narnir|rnir|unni|unnar|inni|innar|una|ina)$/u;
/** Nouns with their article in a case other than the dative ("bókina", "húsið", "fréttirnar"). */
const NOT_DATIVE_DEFINITE = /(?:inn|in|ið|ins|sins|nir|nar|unnar|innar|una|ina)$/u;
const CLAUSE_AFTER = new Set('að sem hvort hvernig hvað hver þegar ef er'.split(' '));

export function applyDemonstrative(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!(SHARED_DEMONSTRATIVE_FORMS.has(t.lower) || t.lower === 'sá') || !hasLemma(t, 'sá', 'pronoun')) return;
  const n = nextWord(toks, i);
  const nb = best(n);
  if (n?.lower === 'sem') {
    boost(t, (r) => r.lemma === 'sá', 2.5, 'antecedent of "sem"');
    return;
  }
  if (!n || !nb || CLAUSE_AFTER.has(n.lower)) return;
  // "sá" before a noun with its article is the verb "sjá" (saw): "Jón sá metið slegið"; the
  // demonstrative takes a bare noun ("sá maður").
  if (t.lower === 'sá' && nb.pos === 'noun' && DEFINITE_NOUN.test(n.lower)) {
    boost(t, (r) => r.lemma === 'sjá' && r.pos === 'verb', 1.5, '"sá" before a definite noun: saw');
    return;
  }
  // Before a weak superlative ("einn sá stærsti", "sú besta"): the demonstrative.
  if (nb.pos === 'adjective' && /st[iau]$/u.test(n.lower)) {
    boost(t, (r) => r.lemma === 'sá' && r.pos === 'pronoun', 2.5, 'determiner before a superlative');
    return;
  }
  // Before a comparative that ends the clause, its noun left out: "á þá seinni" (the second
  // one), "þann fyrri" (not "sá": "hún sá fyrri").
  if (t.lower !== 'sá' && nb.pos === 'adjective' && isComparativeForm(n.lower)) {
    const after = toks[i + 2];
    if (!after || after.raw.kind === 'punctuation') {
      boost(t, (r) => r.lemma === 'sá' && r.pos === 'pronoun', 2.5, 'determiner before a comparative at clause end');
      return;
    }
  }
  // A genitive plural determiner takes a genitive plural noun ("þeirra manna"): before another
  // case it is the possessive "their" ("fann í fórum þeirra verkfæri" = in their possession tools).
  if (t.lower === 'þeirra' && nb.pos === 'noun' && !n.lower.endsWith('a')) return;
  // After a verb of saying, "þau"/"þeir"/"þær" is its subject, not a determiner: "sögðu þau
  // þolinmæði … skipta mestu" (they said that patience …).
  const pb = best(prevWord(toks, i));
  if (/^(?:þau|þeir|þær)$/u.test(t.lower) && pb?.pos === 'verb' && SAYING_LEMMAS.has(pb.lemma)) return;
  // A dative "þeim"/"því" before a noun with its article in another case is the object
  // pronoun, then the verb's other object: "gaf þeim bókina" (gave them the book).
  if ((t.lower === 'þeim' || t.lower === 'því') && nb.pos === 'noun' && NOT_DATIVE_DEFINITE.test(n.lower) && nb.lemma.length < n.lower.length && pb?.pos === 'verb') return;
  // Noun, or adjective + noun ("þá leið", "það nýja frumvarp").
  const nn = nb.pos === 'adjective' ? best(nextWord(toks, i + 1)) : undefined;
  if (nb.pos === 'noun' || nn?.pos === 'noun') boost(t, (r) => r.lemma === 'sá' && r.pos === 'pronoun', 2.5, 'determiner before a noun');
}

/**
 * "þá" = them (accusative of "þeir", lemma "hann") right after a preposition when no noun follows
 * ("fyrir þá", "ræða við þá"); before a noun it is the determiner ("um þá leið").
 */
export function applyThaPronoun(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'þá' || !hasLemma(t, 'hann')) return;
  const p = prevWord(toks, i);
  if (!p || best(p)?.pos !== 'preposition') return;
  // Only at the end of a clause or before a preposition ("tilkynna um þá til stofnunarinnar"):
  // before another word "þá" may be "then" ("fram þá er …") or a determiner ("við þá sem …").
  const n = nextWord(toks, i);
  if (n && best(n)?.pos === 'preposition') {
    boost(t, (r) => r.lemma === 'hann', 3, '"þá" between prepositions = them');
    return;
  }
  if (n) return;
  const after = toks[i + 1];
  if (after && after.raw.kind !== 'punctuation') return;
  boost(t, (r) => r.lemma === 'hann', 3, '"þá" after a preposition at clause end = them');
}


/** Finite forms of auxiliaries and the copula, after which "því" = therefore ("var því óskað"). */
/** Definite nominative nouns that stand as the subject after an inverted auxiliary. */
const INVERTED_SUBJECT = /(?:inn|in|an|ið|nir|nar)$/u;
/** Nominative subject pronouns after an inverted auxiliary ("verða þeir því"). */
const INVERTED_PRONOUNS = new Set('ég þú hann hún það við þið þeir þær þau'.split(' '));

/** Adjectives that take a dative object ("andvígur því" = opposed to it, "sammála því"). */
const DATIVE_ADJECTIVES = new Set('andvígur hlynntur mótfallinn sammála ósammála samþykkur fylgjandi kunnugur háður tengdur nátengdur trúr þakklátur líkur ókunnugur viðriðinn'.split(' '));

/** Finite modals that take "að" + an infinitive ("þarf að", "á að", "verður að"). */
const AD_MODALS = new Set('þarf þurfa þurfti þurfi þyrfti þurftu á eiga átti ætti eigi verður verði varð'.split(' '));

const AUX_FINITE = new Set(
  'er eru var voru sé séu væri væru verður verða varð urðu verði hefur hafði hafi hefði höfðu hafa hefðu mun munu myndi myndu gæti gætu getur geta ætti ættu skal skulu skuli þarf þurfa þyrfti hyggst hyggjast ætlar ætla ætlaði ætluðu vill vildi má mega mátti þurfti þurfi þurftu geti megi'.split(' '),
);

/** Verbs of saying and thinking whose subject may follow them ("sögðu þau", "telja þeir"). */
const SAYING_LEMMAS = new Set(['segja', 'telja', 'kveða', 'svara', 'útskýra', 'benda', 'álíta', 'fullyrða', 'játa', 'viðurkenna']);

/**
 * "því" right after a finite auxiliary or copula is the adverb "therefore" ("Hún hafi því
 * verið …", "Áhrifin eru því gríðarleg"), not the pronoun: a pronoun object does not stand
 * between an auxiliary and its verb. "því að" (because) is left alone.
 */
export function applyThviTherefore(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'því' || !t.readings.some((r) => r.lemma === 'því' && r.pos === 'adverb')) return;
  let p = prevWord(toks, i);
  // (A number may follow: "verða þeir því 7,75 prósent".)
  const n = nextWord(toks, i) ?? (toks[i + 1]?.raw.kind === 'number' && toks[i + 1].sentence === t.sentence ? toks[i + 1] : undefined);
  // Also after the subject of an inverted auxiliary: "verður potturinn því fjórfaldur".
  // (Or a subject pronoun: "verða þeir því 7,75 prósent".)
  if (p && ((INVERTED_SUBJECT.test(p.lower) && p.readings.length > 0 && p.readings.every((r) => r.pos === 'noun')) || INVERTED_PRONOUNS.has(p.lower)) && AUX_FINITE.has(prevWord(toks, i - 1)?.lower ?? '')) p = prevWord(toks, i - 1);
  // After the subject of an inverted middle-voice verb, which takes no dative object: "og berst
  // mengunin því yfir borgina" (and so the pollution drifts over).
  const pv = p ? prevWord(toks, i - 1) : undefined;
  if (p && pv && INVERTED_SUBJECT.test(p.lower) && p.readings.length > 0 && p.readings.every((r) => r.pos === 'noun') && pv.lower.endsWith('st') && pv.readings.length > 0 && pv.readings.every((r) => r.pos === 'verb') && nextWord(toks, i)?.lower !== 'að') {
    boost(t, (r) => r.lemma === 'því' && r.pos === 'adverb', 2, '"því" after the subject of an inverted middle-voice verb = therefore');
    return;
  }
  if (!p || !AUX_FINITE.has(p.lower) || !n) return;
  if (n.lower === 'að') {
    // "þurfi því að sækja" (therefore need to fetch): after a modal that takes "að" and before
    // its infinitive; else "því að" = because.
    const v = nextWord(toks, i + 1);
    const vb = best(v);
    if (!AD_MODALS.has(p.lower) || !v || !vb || vb.pos !== 'verb' || vb.lemma !== v.lower) return;
  }
  // "er því andvígur" (is opposed to it): the dative object of an adjective that takes one.
  if (DATIVE_ADJECTIVES.has(best(n)?.lemma ?? '')) return;
  // "Það var því að þakka", "hafa því gleymt": the pronoun reading before "að" is handled above;
  // a preposition after "því" ("var því til fyrirstöðu") also keeps the pronoun.
  if (best(n)?.pos === 'preposition') return;
  boost(t, (r) => r.lemma === 'því' && r.pos === 'adverb', 2, '"því" after an auxiliary = therefore');
}

/** Nominative subject pronouns that may open the clause after "því" = because. */
const CLAUSE_SUBJECTS = new Set('ég þú hann hún það við þið þeir þær þau þetta þessi þessir þessar'.split(' '));
/** Nominative suffixed articles ("því aflandsfélögin fjárfesta …"). */
const NOMINATIVE_ARTICLE = /(?:inn|in|ið|nir|nar)$/u;

/**
 * "því" opening a clause with its own subject, after a comma or the end of the clause before it,
 * is the conjunction "because": "…, því aflandsfélögin fjárfesta á Íslandi", "lesa áfram því
 * stóra spurningin er …", "…, því við viljum …". After a verb or a preposition it stays the
 * pronoun object ("vísaði því til …", "við því að …").
 */
export function applyThviBecause(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'því' || t.sentenceInitial || !t.readings.some((r) => r.lemma === 'því' && r.pos === 'conjunction')) return;
  const before = toks[i - 1];
  if (!before || before.sentence !== t.sentence) return;
  const afterComma = before.raw.kind === 'punctuation' && before.raw.text === ',';
  const afterClause = before.raw.kind === 'word' && (best(before)?.pos === 'adverb' || best(before)?.pos === 'noun') && !before.readings.some((r) => r.pos === 'verb' || r.pos === 'preposition');
  if (!afterComma && !afterClause) return;
  const n = nextWord(toks, i);
  if (!n) return;
  const definite = (w: WorkToken | undefined) => !!w && NOMINATIVE_ARTICLE.test(w.lower) && w.readings.some((r) => r.pos === 'noun');
  // (Also a plural noun in the nominative: ", því íshellar og gönguleiðir verða …".)
  const pluralNoun = !/^\p{Lu}/u.test(n.form) && /(?:ar|ir|ur)$/u.test(n.lower) && n.readings.length > 0 && n.readings.every((r) => r.pos === 'noun');
  const subject = CLAUSE_SUBJECTS.has(n.lower) || definite(n) || pluralNoun || (/^\p{Lu}/u.test(n.form) && n.readings.length === 0) ||
    (best(n)?.pos === 'adjective' && definite(nextWord(toks, i + 1)));
  if (!subject) return;
  boost(t, (r) => r.lemma === 'því' && r.pos === 'conjunction', 4, '"því" + a subject opening a clause = because');
}

/** Finite modals after "og því" = and therefore ("og því megi búast við"). */
const MODAL_FINITE = new Set('má megi mætti mun muni myndi gæti getur geti þarf þurfi þyrfti verður verði ætti'.split(' '));

/** Finite auxiliaries after "og því" = and therefore ("og því hefur tekist"). */
const AUX_BEFORE_THEREFORE = new Set('hefur hafa hafði höfðu hafi er eru var voru sé séu væri væru'.split(' '));
/** Particles of verbs that take "því" as their object ("halda því fram", "lýsa því yfir"). */
const OBJECT_PARTICLES = new Set(['fram', 'yfir', 'frá', 'við', 'eftir']);

/** "og því" before an adverb, a quantifier or a modal is "and therefore" ("og því engar heimildir", "og því væntanlega"). */
export function applyOgThvi(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'því' || !t.readings.some((r) => r.lemma === 'því' && r.pos === 'adverb')) return;
  const p = prevWord(toks, i);
  if (!p || (p.lower !== 'og' && p.lower !== 'en')) return;
  const n = nextWord(toks, i);
  if (!n || n.lower === 'að' || n.lower === 'sem') return;
  const nb = best(n);
  const quantifier = n.readings.some((r) => r.pos === 'pronoun' && ['enginn', 'allur', 'nokkur', 'margur'].includes(r.lemma));
  // Also before a finite modal: "og því megi búast við …" (and so one may expect).
  const modal = MODAL_FINITE.has(n.lower);
  // And before a finite auxiliary: "og því hefur tekist að …" (and so it has been possible), unless
  // a particle verb later takes "því" as its object ("og því hefur verið haldið fram að …").
  const aux = AUX_BEFORE_THEREFORE.has(n.lower) && !toks.slice(i + 2, i + 6).some((w) => w.sentence === t.sentence && OBJECT_PARTICLES.has(w.lower));
  // And before an adjective not in the dative that "því" would need as a determiner ("og því góð
  // skilyrði" = and therefore good conditions; "því góða veðri" is the determiner).
  const adjective = nb?.pos === 'adjective' && !/(?:u|a|um)$/u.test(n.lower);
  if (!(nb?.pos === 'adverb' && !hasPos(n, 'preposition')) && !quantifier && !modal && !aux && !adjective) return;
  boost(t, (r) => r.lemma === 'því' && r.pos === 'adverb', 2.5, '"og því" before an adverb or quantifier = and therefore');
}
