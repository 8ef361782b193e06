/**
 * Noun-phrase rules: an attributive adjective before its noun ("breska þingið", "næstu daga"), a
 * noun rather than a homograph verb after an adjective, a determiner or a numeral ("mikinn mun",
 * "allir flokkar", "18 mörk").
 */
import { best, boost, hasLemma, hasPos, nextWord, onlyPos, prevWord, type WorkToken } from '../context.ts';
import { FREQUENT_VERBS, PARTICIPLE_AUX } from './agreement.ts';
import { GETA_FORMS, HAFA_FORMS } from './auxiliary.ts';
import { isInfinitiveReading, MODAL_FORMS } from './infinitive.ts';
import { FORM_PRIORS } from './formPriors.ts';
import { hasOwnGloss } from '../prior.ts';
import { governedCases, nounFormCases } from '../nounCase.ts';

/**
 * Pronouns that stand before a noun as determiners or quantifiers (not the personal pronouns,
 * which are followed by their verb: "hann kallar").
 */
export const DETERMINER_LEMMAS = new Set(
  'allur þessi nokkur einhver enginn ýmis sérhver hver hvor báðir annar sami minn þinn sinn vor hinn margur fáeinir slíkur þvílíkur hvílíkur'.split(' '),
);

/** Degree adverbs that modify an adjective ("mjög ákveðnar efasemdir"). */
export const DEGREE_ADVERBS = new Set('mjög afar ansi frekar fremur einkar býsna harla svo of allt nógu'.split(' '));

/** Degree adverbs that modify adjectives and adverbs only, never a following finite verb. */
const ADJECTIVE_DEGREE = new Set('mjög afar ansi einkar býsna harla nógu'.split(' '));

/**
 * Words after which a finite verb cannot come next: a negation ("ekki miklar umræður"; the
 * finite verb stands before "ekki") and complementisers, which need their subject first ("hvort
 * miklar breytingar …").
 */
const NO_FINITE_VERB_AFTER = new Set('ekki aldrei hvort ef þótt'.split(' '));

/** Whether the word is (only) a determiner/quantifier pronoun or a numeral, or is a number. */
export function isDeterminer(t: WorkToken | undefined): boolean {
  if (!t) return false;
  // A number, but not a year ("árið 2014 hafi …").
  if (t.raw.kind === 'number') return !/^(?:1[0-9]|20)\d\d$/.test(t.raw.text);
  // A numeral word also has the noun reading of the digit's name ("fimm" the number five).
  const numerals = new Set(t.readings.filter((r) => r.pos === 'numeral').map((r) => r.lemma));
  return t.readings.length > 0 && t.readings.every((r) => (r.pos === 'pronoun' && DETERMINER_LEMMAS.has(r.lemma)) || r.pos === 'numeral' || (r.pos === 'noun' && numerals.has(r.lemma)));
}

/** The token right before `i` in its sentence (word or number), nothing but spaces between. */
function prevWordOrNumber(toks: WorkToken[], i: number): WorkToken | undefined {
  const t = toks[i - 1];
  return t && (t.raw.kind === 'word' || t.raw.kind === 'number') && t.sentence === toks[i].sentence ? t : undefined;
}

/**
 * A form that can be an adjective, right before a noun, is the adjective ("breska þingið") rather
 * than a homograph noun ("breska" the language). A homograph verb form (often a participle:
 * "breyttum leikstíl", "ákveðnar efasemdir", "danska liðinu") loses too when the word before
 * cannot be followed by a finite verb: a preposition, a determiner, an adjective, a numeral, or
 * nothing (sentence start).
 */
/**
 * Whether a word's verb reading is still a contender (within 1 point of its best reading): "á"
 * as a clear preposition ("á heitum sumardögum") does not count as the verb eiga.
 */
function verbCompetes(p: WorkToken): boolean {
  // ("að" is as often the conjunction or infinitive marker: never a sure noun-phrase slot.)
  if (p.lower === 'að') return true;
  const b = best(p);
  return p.readings.some((r) => r.pos === 'verb' && (!b || r.score >= b.score - 1));
}

/**
 * Whether the form at `i` cannot be an infinitive: it follows a negation that follows a finite
 * verb which takes no bare infinitive ("gefi ekki rétta mynd"; but "mun ekki rétta hlut sinn").
 */
function infinitiveExcluded(toks: WorkToken[], i: number): boolean {
  const p = prevWord(toks, i);
  if (!p || !NO_FINITE_VERB_AFTER.has(p.lower) || p.lower === 'hvort' || p.lower === 'ef' || p.lower === 'þótt') return false;
  const v = prevWord(toks, i - 1);
  const vb = best(v);
  return !!v && !!vb && vb.pos === 'verb' && vb.lemma !== v.lower && !MODAL_FORMS.has(v.lower) && !HAFA_FORMS.has(v.lower) && !/^(?:get|getur|geta|gat|gátu|geti|gæti|gætu|ætla|ætlar|ætlaði|ætluðu)$/u.test(v.lower);
}

export function applyAttributive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'adjective')) return;
  const b = best(t);
  if (!b || b.pos === 'adjective') return;
  const n = nextWord(toks, i);
  let nb = best(n);
  if (!n || !nb) return;
  // A "-lega" adverb before an adjective and its noun modifies the adjective ("nægilega traust
  // kostnaðarmat" = sufficiently reliable).
  if (b.pos === 'adverb' && t.lower.endsWith('lega') && hasPos(n, 'adjective') && best(nextWord(toks, i + 1))?.pos === 'noun') return;
  // Adjective + adjective + noun ("ákveðin rómantísk hugsun"): the noun phrase goes on.
  // (Only for a participle: an adverb before an adjective modifies it, "óvenjulega góðu ástandi".)
  if (b.pos === 'verb' && nb.pos === 'adjective' && !hasPos(n, 'verb') && best(nextWord(toks, i + 1))?.pos === 'noun') nb = { ...nb, pos: 'noun' };
  if (nb.pos !== 'noun') {
    // The next word's noun reading may not lead yet ("opnum markaði": marka/markaður; "ákveðinn
    // hátt": hátt/háttur); in a noun-phrase slot its noun reading is enough.
    const p = prevWordOrNumber(toks, i);
    const slot = !!p && (isDeterminer(p) || (best(p)?.pos === 'preposition' && !verbCompetes(p)) || (p.lower.endsWith('lega') && hasPos(p, 'adverb')) || DEGREE_ADVERBS.has(p.lower));
    if (!slot || !hasPos(n, 'noun') || (nb.pos !== 'verb' && nb.pos !== 'adverb')) return;
    // (Not a frequent verb form: "í úthverfum hafa …" is no "úthverfum höfum".)
    if (FORM_PRIORS[n.lower]) return;
  }
  // Against an adverb, a verb reading that trails the adjective ("ný": the rare verb "núa") does
  // not compete ("kosin ný stjórn").
  const adjScore = Math.max(...t.readings.filter((r) => r.pos === 'adjective').map((r) => r.score));
  if (t.readings.some((r) => r.pos === 'verb' && (b.pos !== 'adverb' || r.score >= adjScore))) {
    // Frequent verb forms ("verður") keep their verb reading.
    if (FORM_PRIORS[t.lower]) return;
    const p = prevWordOrNumber(toks, i);
    const pb = best(p);
    const npSlot = !!p &&
      (isDeterminer(p) || DEGREE_ADVERBS.has(p.lower) || (p.lower.endsWith('lega') && hasPos(p, 'adverb')) || (!!pb && (pb.pos === 'preposition' || pb.pos === 'adjective' || pb.pos === 'article') && !verbCompetes(p)) ||
        (NO_FINITE_VERB_AFTER.has(p.lower) && nb.pos === 'noun') || (nb.pos === 'noun' && afterMainVerb(toks, i)) ||
        // After a copula, a verb form that cannot be a participle ("verður hæg breytileg átt":
        // the imperative "hæg" of hægja) leaves the adjective.
        (COPULA.has(p.lower) && nb.pos === 'noun' && !/[ðtdn]\p{L}{0,3}$/u.test(t.lower)));
    // Names are not modified by a preceding participle ("greindi Bruno Geddo", "sagði Aron").
    // Sentence-initial before a noun is a noun-phrase slot too, unless the verb reading leads.
    // (Not a definite noun before a word that may be its verb: "Liðið leikur í riðli B", the
    // team plays, is no "liðið" (past) + "leikur" (game).)
    const definiteSubject = b.pos === 'noun' && /(?:ið|inn|in)$/u.test(t.lower) && b.lemma.length < t.lower.length && hasPos(n, 'verb');
    const slot = npSlot || (!p && t.sentenceInitial && b.pos === 'noun' && !definiteSubject);
    if (!slot || (b.pos === 'verb' && b.lemma === t.lower && !infinitiveExcluded(toks, i)) || /^\p{Lu}/u.test(n.form)) return;
    // Against a noun reading, only when the next noun is not a genitive attribute ("vanda
    // ríkisfjármálanna" is noun + genitive; "danska liðinu" is adjective + noun).
    if (b.pos === 'noun' && (n.lower.endsWith('s') || /(?:ar|a|na|nna|anna|unnar|innar)$/.test(n.lower))) return;
    if (b.pos !== 'verb' && b.pos !== 'noun') return;
    // An agent noun in "-andi" before a genitive is that noun with its attribute ("eigandi
    // gistiheimilis", "nemandi skólans"), not a participle.
    if (t.lower.endsWith('andi') && t.readings.some((r) => r.pos === 'noun' && r.lemma === t.lower) && /(?:s|unnar|innar|anna)$/u.test(n.lower)) return;
    // A strong neuter in "-að"/"-ið" before a noun with its article is no attribute (that would be
    // weak: "byrjuðu jólainnkaupin"): the supine with its object ("hafi greinilega byrjað
    // jólainnkaupin").
    if (b.pos === 'verb' && /(?:að|ið)$/u.test(t.lower) && best(n)?.pos === 'noun' && /(?:inn|in|ið|inu|inum|num|ins|inni|innar|unni|unnar|nir|nar|nna|unum)$/u.test(n.lower) && best(n)!.lemma.length < n.lower.length) return;
    boost(t, (r) => r.pos === 'adjective', 1.5, 'participle/adjective before a noun in a noun phrase');
    return;
  }
  // A "-lega" form is never a dative plural: before one ("svaraði hressilega spurningum") it is
  // the adverb, not the noun's attribute.
  if (t.lower.endsWith('lega') && n.lower.endsWith('um') && hasPos(t, 'adverb')) {
    boost(t, (r) => r.pos === 'adverb', 1, '"-lega" before a dative plural is no attribute: the adverb');
    return;
  }
  boost(t, (r) => r.pos === 'adjective', 1, 'adjective before a noun');
  // A "-lega" adverb/adjective homograph after a preposition or a determiner, before a noun, is
  // the adjective ("um andlega heilsu"); after a verb it may be the adverb ("keypti nýlega hús").
  if (b.pos === 'adverb' && t.lower.endsWith('lega') && nb.pos === 'noun') {
    const p = prevWordOrNumber(toks, i);
    // (Or after another adjective: "minnsta mögulega meirihluta" = the smallest possible majority.)
    if (p && (isDeterminer(p) || hasPos(p, 'preposition') || (best(p)?.pos === 'adjective' && !hasPos(p, 'adverb')))) boost(t, (r) => r.pos === 'adjective', 1.5, '"-lega" adjective between a preposition, determiner or adjective and a noun');
  }
}

/** After a determiner or numeral, a noun/verb homograph is the noun ("allir flokkar", "18 mörk"). */
export function applyNounAfterDeterminer(toks: WorkToken[], i: number): void {
  const t = toks[i];
  // A dative plural adverb after a dative plural determiner is the noun: "öllum stundum" (at all
  // times), not "stundum" (sometimes); "þetta stundum" keeps the adverb.
  if (best(t)?.pos === 'adverb' && t.lower.endsWith('um') && hasPos(t, 'noun')) {
    const d = prevWordOrNumber(toks, i);
    if (isDeterminer(d) && d!.lower.endsWith('um')) boost(t, (r) => r.pos === 'noun', 2, 'dative plural noun after a dative plural determiner');
    return;
  }
  if (t.readings.length < 2 || !hasPos(t, 'noun') || !hasPos(t, 'verb')) return;
  // An adverb ("líka") or a frequent verb ("allt geti", "einhver gæti") keeps its chance.
  if (t.readings.some((r) => r.pos === 'adverb' || (r.pos === 'verb' && FREQUENT_VERBS.has(r.lemma)))) return;
  const p = prevWordOrNumber(toks, i);
  // (A magnitude is no count: "af stærðinni 4,1 reið yfir" = struck, not a ride.)
  if (p && p.raw.kind === 'number' && /^stærð/u.test(toks[i - 2]?.lower ?? '')) return;
  // (Also a word read as a determiner that has other readings: "sama" = sami, or samur, sama.)
  const pb = best(p);
  // (And "engin", read as enginn, though it is also a form of engi, meadow: "Engin hætta er".)
  if (!isDeterminer(p) && !(pb?.pos === 'pronoun' && DETERMINER_LEMMAS.has(pb.lemma) && (p!.lower === 'sama' || pb.lemma === 'enginn'))) return;
  // Before a noun an adjective reading is the attribute: "í einhverja rétta átt" (réttur).
  const nw = nextWord(toks, i);
  // (Unless the noun after reads as a genitive attribute the determiner does not share an ending
  // with: "Þessi gerð bíla" = this type of car, the noun gerð, not the participle gerður.)
  const genitiveAfter = !!nw && /(?:s|ar|a|na|nna|anna|unnar|innar)$/u.test(nw.lower) && nw.lower.slice(-1) !== p!.lower.slice(-1);
  if (hasPos(t, 'adjective') && best(nw)?.pos === 'noun' && !genitiveAfter) {
    boost(t, (r) => r.pos === 'adjective', 1.5, 'adjective between a determiner and a noun');
    return;
  }
  boost(t, (r) => r.pos === 'noun', 1.5, 'noun after a determiner or numeral');
}

/**
 * A preposition opens the noun phrase whose adjectives end at token `k`: "á lágu", "á hæsta og
 * lægsta" (adjectives joined by "og"/"eða", at most four words back).
 */
function prepositionOpens(toks: WorkToken[], k: number): boolean {
  for (let j = k, n = 0; j >= 0 && n < 4; j--, n++) {
    const w = prevWordOrNumber(toks, j + 1);
    if (!w) return false;
    const b = best(w)?.pos;
    // ("að" is more often the conjunction: "til að heimilt verði að veiða".)
    if (b === 'preposition') return j < k && w.lower !== 'að';
    if (b !== 'adjective' && w.lower !== 'og' && w.lower !== 'eða') return false;
  }
  return false;
}

/** Forms of common nouns spelt like frequent verb forms (verð/verða, ráð/ráða, munir/munu). */
const NOUNS_SPELT_LIKE_FREQUENT_VERB_FORMS = new Set(['verði', 'ráði', 'muni', 'standi']);

/** Neuter quantity words that are adverbs too ("mest", "meira", "minna"). */
const QUANTITY_WORDS = new Set('mest meira minna minnst mikið lítið'.split(' '));

/** Masculine and feminine nominative plurals of quantifiers that stand alone as a subject. */
const PLURAL_QUANTIFIERS = new Set('fleiri færri flestir flestar margir margar fáir fáar nokkrir nokkrar'.split(' '));

/** After an adjective, a noun/verb homograph is the noun ("mikinn mun", "góðan tíma"). */
export function applyNounAfterAdjective(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'noun') || !hasPos(t, 'verb')) return;
  const p = toks[i - 1];
  if (!p || p.raw.kind !== 'word' || p.sentence !== t.sentence) return;
  const pb = best(p);
  if (!pb) return;
  // Before a noun an adjective reading is the second of two adjectives: "unga íslenska
  // tónlistarmenn" (Icelandic, not the language).
  if (hasPos(t, 'adjective') && best(nextWord(toks, i))?.pos === 'noun') return;
  // A quantity word read as an adverb counts after a preposition: "með mest fylgi" (the most
  // support), not the verb fylgja.
  if (pb.pos === 'adverb' && QUANTITY_WORDS.has(p.lower) && hasPos(p, 'adjective')) {
    const pp = prevWord(toks, i - 1);
    if (pp && best(pp)?.pos === 'preposition') boost(t, (r) => r.pos === 'noun', 1, 'noun after a preposition and a quantity word');
    return;
  }
  if (pb.pos !== 'adjective') return;
  // A plural quantifier standing as the subject before a form in "-u", which no plural noun of
  // these homographs has: "Fleiri komu en áður" (more came), not the noun koma (arrival).
  if (PLURAL_QUANTIFIERS.has(p.lower) && t.lower.endsWith('u')) return;
  // An adjective that is also a verb form counts only inside a noun phrase that a preposition or
  // a determiner opened ("með minna fylgi").
  // (Not when the verb reading is far behind: "svarta þoka" = black fog, svarta = to blacken.)
  const verbScore = Math.max(...p.readings.filter((r) => r.pos === 'verb').map((r) => r.score));
  if (hasPos(p, 'verb') && verbScore > pb.score - 1) {
    const pp = prevWordOrNumber(toks, i - 1);
    // (A preposition that is also a verb form counts when read as the preposition: "á nýja
    // markaði".)
    if (!pp || !(isDeterminer(pp) || best(pp)?.pos === 'preposition')) return;
  }
  // Inside a noun phrase a preposition opened, or after a plain adjective, "verði", "ráði" and
  // "muni" are the nouns: "á lágu verði" (price), "festa lausa muni" (objects), against the
  // prior of the frequent verb forms. (Not every word: in "fólk yfir sextugu láti bólusetja sig"
  // the adjective is the preposition's whole object.)
  // ("heimilt verði að veiða": after a predicative adjective "verði" stays the verb; "muni"
  // only after an accusative plural in "-a": "lausa muni", but "margir muni nýta".)
  const opened = NOUNS_SPELT_LIKE_FREQUENT_VERB_FORMS.has(t.lower) && (prepositionOpens(toks, i - 1) || (t.lower === 'muni' && p.lower.endsWith('a') && !hasPos(p, 'verb')));
  boost(t, (r) => r.pos === 'noun', opened ? 2.5 : 1, opened ? 'noun after a preposition and an adjective' : 'noun after an adjective');
}

/** Endings of the suffixed definite article ("leikinn", "leiknum", "leiksins", "liðinu"). */
const DEFINITE_ENDING = /(?:inn|inum|num|inu|ins|sins|nir|narnir|rnir|inni|unni|innar|unnar|ina|una|anna|nna)$/;
/** Copulas and auxiliaries after which a participle-adjective is predicative ("hann er leikinn"). */
const COPULA = new Set('er eru var voru sé séu væri væru verið vera verður verða varð urðu verði orðinn orðið þykir þótti virðist virtist'.split(' '));

/**
 * A noun with its definite article rather than a participle-adjective homograph ("í leiknum",
 * "fyrir leikinn" = the game, not "skilled"): when the word does not stand before a noun it
 * could modify and does not follow a copula.
 */
export function applyDefiniteNoun(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'noun') || !hasPos(t, 'adjective')) return;
  // Neuter "-ið" is left out: predicative neuter adjectives are common ("hafa opið").
  if (!DEFINITE_ENDING.test(t.lower)) return;
  if (t.readings.some((r) => r.pos === 'pronoun' || r.pos === 'numeral')) return;
  const b = best(t);
  if (!b || b.pos !== 'adjective') return;
  const n = nextWord(toks, i);
  const nb = best(n);
  if (nb && (nb.pos === 'noun' || nb.pos === 'adjective' || hasPos(n, 'noun'))) return;
  const p = prevWordOrNumber(toks, i);
  if (p && (COPULA.has(p.lower) || DEGREE_ADVERBS.has(p.lower))) return;
  boost(t, (r) => r.pos === 'noun', 1, 'definite noun, not a participle');
}

/** "hins vegar", "annars vegar", "einhvers vegar": genitive of the noun "vegur" (way). */
export function applyVegarGenitive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'vegar') return;
  const p = prevWordOrNumber(toks, i);
  if (!p || !/^(?:hins|annars|einhvers|allra|beggja|hvors|annarra)$/.test(p.lower)) return;
  boost(t, (r) => r.lemma === 'vegur', 2, `"${p.lower} vegar": genitive of vegur`);
}

const POSSESSIVES = new Set(['minn', 'þinn', 'sinn', 'vor']);

/**
 * Before a possessive that follows its noun ("afgreiðir færi sitt vel", "endurnýja samning sinn"),
 * a noun/verb homograph is the noun. A possessive before its own noun ("tók sína ákvörðun") says
 * nothing about the word before it, so the rule stays out when a nominal follows the possessive.
 */
/** Whether every reading of `n` is a noun whose form can only be a genitive ("fólks", "bílanna" aside: only sure endings). */
function onlyGenitiveNoun(n: WorkToken): boolean {
  return n.readings.length > 0 && n.readings.every((r) => r.pos === 'noun' && nounFormCases(r.lemma, r.gender, n.lower)?.every((c) => c === 'gen') === true);
}

export function applyNounBeforePossessive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!hasPos(t, 'noun') || !t.readings.some((r) => r.pos !== 'noun')) return;
  const n = nextWord(toks, i);
  // An adjective does not take a genitive pronoun after it; a noun does: "minnt er á skyldur
  // þeirra" (their duties: skylda), not the adjective skyldur (related).
  if (best(t)?.pos === 'adjective' && n && GENITIVE_PERSONAL.has(n.lower) && best(nextWord(toks, i + 1))?.pos !== 'noun') {
    boost(t, (r) => r.pos === 'noun', 1.5, 'noun before a genitive pronoun');
    return;
  }
  // Likewise a noun whose form is only a genitive, after a preposition: "dregið úr rétti fólks"
  // (the right of people: réttur the noun, not the adjective).
  const pp = prevWord(toks, i);
  const ppCases = pp && best(pp)?.pos === 'preposition' ? governedCases(pp.lower) : undefined;
  // (Not after a preposition that governs the genitive: "til nýs borgarastríðs" agrees.)
  if (best(t)?.pos === 'adjective' && n && ppCases && !ppCases.includes('gen') && onlyGenitiveNoun(n)) {
    boost(t, (r) => r.pos === 'noun', 1, 'noun before a genitive noun, after a preposition');
    return;
  }
  // Not when the "possessive" may be a verb ("vil bara minna á" = remind).
  if (!n || !n.readings.some((r) => r.pos === 'pronoun' && POSSESSIVES.has(r.lemma)) || hasPos(n, 'verb')) return;
  const after = nextWord(toks, i + 1);
  const afterPos = best(after)?.pos;
  if (afterPos === 'noun' || afterPos === 'adjective') return;
  // After the infinitive marker it is the verb with a reflexive genitive ("að gæta sín").
  if (prevWord(toks, i)?.lower === 'að' && t.readings.some((r) => r.pos === 'verb' && r.lemma === t.lower)) return;
  boost(t, (r) => r.pos === 'noun', 1.5, 'noun before its possessive');
}

/**
 * After a degree adverb that only modifies adjectives ("mjög skýr", "nógu skýr"), an
 * adjective/verb homograph is the adjective, wherever it stands. Forms that can be a supine
 * ("mjög aukist") are left alone.
 */
export function applyAdjectiveAfterDegree(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'adjective') || !hasPos(t, 'verb')) return;
  const p = prevWordOrNumber(toks, i);
  if (!p || !ADJECTIVE_DEGREE.has(p.lower) || /(?:t|ð|st)$/u.test(t.lower)) return;
  boost(t, (r) => r.pos === 'adjective', 1.5, 'adjective after a degree adverb');
}

/**
 * A nationality adjective before a noun (with its suffixed article, or read as a noun) is the
 * (weak) adjective, not the language: "á vegum íslenska ríkisins", "tryggði sér enska
 * meistaratitilinn", "unga íslenska tónlistarmenn". The language
 * noun ("íslenska" Icelandic) is not followed by a definite noun it could govern, so this holds
 * whatever stands before.
 */
export function applyNationalityAdjective(toks: WorkToken[], i: number): void {
  const t = toks[i];
  const adj = t.readings.find((r) => r.pos === 'adjective' && r.lemma.endsWith('skur'));
  if (!adj || !t.readings.some((r) => r.pos === 'noun' && r.lemma === adj.lemma.slice(0, -2) + 'a')) return;
  if (best(t)?.pos === 'adjective') return;
  const n = nextWord(toks, i);
  // (Neuter "-ið" counts here: "íslenska ríkið", "breska þingið". An indefinite noun read as a
  // noun counts too: "unga íslenska tónlistarmenn".)
  if (!n || !((DEFINITE_ENDING.test(n.lower) || n.lower.endsWith('ið')) && hasPos(n, 'noun') || best(n)?.pos === 'noun') || /^\p{Lu}/u.test(n.form)) return;
  // (Outweighs "að" + infinitive: "að íslenska ríkið …" is the state, not "to Icelandicize".)
  boost(t, (r) => r === adj, 3, 'nationality adjective before its noun');
}

/**
 * A genitive noun after an oblique noun, not a homograph verb: "þátttöku barna" (of children, not
 * "impregnate"), "ákvæðum laga", "á fjögurra ára fresti". A noun ending in -um or -u is dative or
 * oblique, so it is not the subject of a following plural verb ("Börnin borða" is). Left alone
 * inside a sentence-initial prepositional phrase, where the verb comes next ("Á fundinum fjalla
 * þeir um …").
 */
/**
 * "kaldir og hraktir" (cold and exhausted): after a word read as an adjective and "og"/"eða", an
 * adjective/verb homograph is the second adjective (hrakinn), not a verb form (hrekja = refute).
 */
export function applyCoordinatedAdjective(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'adjective') || best(t)?.pos !== 'verb') return;
  // The first of the two, before an adjective that can be nothing else with its ending: "segir
  // hana hlýja og úrræðagóða" (warm, not hlýja = to warm).
  const n = nextWord(toks, i);
  const nn = n && (n.lower === 'og' || n.lower === 'eða') ? nextWord(toks, i + 1) : undefined;
  if (nn && nn.readings.length > 0 && nn.readings.every((r) => r.pos === 'adjective') && nn.lower.slice(-1) === t.lower.slice(-1)) {
    boost(t, (r) => r.pos === 'adjective', 1.5, 'first of two coordinated adjectives');
    return;
  }
  const p = prevWord(toks, i);
  if (!p || (p.lower !== 'og' && p.lower !== 'eða')) return;
  const pp = prevWord(toks, i - 1);
  if (!pp || best(pp)?.pos !== 'adjective') return;
  boost(t, (r) => r.pos === 'adjective', 1.5, 'second of two coordinated adjectives');
}

/**
 * Participle forms in an oblique case no finite verb has ("aukins", "breyttra", "bættrar"):
 * before a noun they are the adjective ("og aukins kostnaðar" = increased cost), wherever the
 * noun phrase stands.
 */
const DECLINED_PARTICIPLE = /(?:ins|innar|inni|inna|ðs|ðrar|ðri|ðra|ttra|ttrar|ttri|tts|ddra|ddrar|ddri|dds)$/u;

export function applyDeclinedParticiple(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || best(t)?.pos !== 'verb' || !DECLINED_PARTICIPLE.test(t.lower)) return;
  // (Not an infinitive: "viðra", "hindra".)
  if (!t.readings.some((r) => r.pos === 'adjective' && hasOwnGloss(r)) || t.readings.some((r) => isInfinitiveReading(t.lower, r.lemma, r.pos))) return;
  if (best(nextWord(toks, i))?.pos !== 'noun') return;
  boost(t, (r) => r.pos === 'adjective', 1.5, 'declined participle before a noun');
}

/**
 * An adjective/noun homograph after an adjective, when no noun follows, is the noun: "varpa
 * nýju ljósi á" (light, not the adjective ljós = clear).
 */
export function applyNounAfterAdjectiveNotAdjective(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (best(t)?.pos !== 'adjective' || !t.readings.some((r) => r.pos === 'noun' && hasOwnGloss(r))) return;
  const p = prevWord(toks, i);
  if (!p || best(p)?.pos !== 'adjective' || hasPos(p, 'verb') || hasPos(p, 'noun')) return;
  const nb = best(nextWord(toks, i))?.pos;
  if (nb === 'noun' || nb === 'adjective') return;
  boost(t, (r) => r.pos === 'noun' && hasOwnGloss(r), 1.5, 'noun after an adjective, no noun following');
}

/**
 * "perlur, brýni og brot": in a list of nouns a noun/verb homograph between a comma and
 * "og"/"eða" is a noun too (whetstones, not "sharpen").
 */
export function applyNounInList(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (best(t)?.pos !== 'verb' || !t.readings.some((r) => r.pos === 'noun' && hasOwnGloss(r))) return;
  const comma = toks[i - 1];
  if (!comma || comma.raw.kind !== 'punctuation' || comma.raw.text !== ',' || comma.sentence !== t.sentence) return;
  const before = toks[i - 2];
  if (!before || before.sentence !== t.sentence || best(before)?.pos !== 'noun') return;
  const n = nextWord(toks, i);
  if (!n || (n.lower !== 'og' && n.lower !== 'eða')) return;
  boost(t, (r) => r.pos === 'noun' && hasOwnGloss(r), 1.5, 'a noun in a list of nouns');
}

/**
 * "Tíð frost og þíða fara illa með vegina": after a noun and "og"/"eða", a noun/verb homograph of
 * one lemma followed by a finite verb is the second noun of a coordinated subject (thaw, not
 * "thaw out").
 */
export function applyCoordinatedNounBeforeVerb(toks: WorkToken[], i: number): void {
  const t = toks[i];
  const v = best(t);
  if (v?.pos !== 'verb' || !t.readings.some((r) => r.pos === 'noun' && r.lemma === v.lemma && hasOwnGloss(r))) return;
  const c = prevWord(toks, i);
  if (!c || (c.lower !== 'og' && c.lower !== 'eða')) return;
  const before = prevWord(toks, i - 1);
  if (!before || !before.readings.length || !before.readings.every((r) => r.pos === 'noun')) return;
  const n = nextWord(toks, i);
  if (!n || !n.readings.some((r) => r.pos === 'verb' && r.lemma !== v.lemma) || n.readings.some((r) => r.pos === 'preposition')) return;
  boost(t, (r) => r.pos === 'noun' && r.lemma === v.lemma, 1.5, 'second noun of a coordinated subject before its verb ("frost og þíða fara")');
}

/** Nouns of quantity, which take a genitive ("fjöldi skipa", "meirihluti þingmanna"). */
const QUANTITY_NOUNS = new Set('fjöldi hluti meirihluti minnihluti helmingur hópur aragrúi urmull'.split(' '));

export function applyGenitiveAfterOblique(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !t.lower.endsWith('a') || best(t)?.pos !== 'verb') return;
  // A noun whose lemma is the form itself is a nominative singular ("eiga" = property), not a
  // genitive plural: "börn sem sofa á nóttu eiga erfitt" is the verb.
  if (!t.readings.some((r) => r.pos === 'noun' && r.lemma !== t.lower)) return;
  const p = prevWordOrNumber(toks, i);
  // (Not after a name; a capital at the sentence start is no name: "Hópur fjárfesta".)
  if (!p || p.raw.kind !== 'word' || (/^\p{Lu}/u.test(p.form) && !p.sentenceInitial)) return;
  // A noun of quantity takes a genitive in any case: "fjölda skipa" (of ships, not "order").
  const pb = best(p);
  if (pb?.pos === 'noun' && QUANTITY_NOUNS.has(pb.lemma)) {
    boost(t, (r) => r.pos === 'noun', 1.5, 'genitive noun after a noun of quantity');
    return;
  }
  if (!/(?:um|u)$/u.test(p.lower)) return;
  // (A dative plural in -um has already beaten its 1st person plural verb reading.)
  if (best(p)?.pos !== 'noun' || (hasPos(p, 'verb') && !p.lower.endsWith('um'))) return;
  const pp = prevWordOrNumber(toks, i - 1);
  if (pp && pp.sentenceInitial && hasPos(pp, 'preposition')) return;
  boost(t, (r) => r.pos === 'noun', 1.5, 'genitive noun after an oblique noun');
}

/**
 * A participle after a copula, before a particle, a preposition or the end of the clause ("hvernig
 * þetta er sett fram", "var samþykkt á fundinum", "hann var valinn af …" = chosen, not the noun
 * valur) is the verb's participle, not a homograph noun.
 */
export function applyParticipleAfterCopula(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'verb') || !hasPos(t, 'noun') || best(t)?.pos !== 'noun') return;
  // Weak participles ("sett", "samþykkt", "kallað", "dæmd") and strong ones ("valinn", "beðnir",
  // "tekin").
  if (!/(?:tt|kt|pt|að|ið|uð|d|inn|in|nir|nar|aður|aðir|aðar|ður|dur|tur|ðir|dir|tir)$/u.test(t.lower)) return;
  // "-ið" of a weak "-a" verb is its 2nd person plural, never a participle (that ends in "-að"):
  // "er málið í rannsókn" is the case (mál), not "mála" (paint).
  if (t.lower.endsWith('ið') && t.readings.filter((r) => r.pos === 'verb').every((r) => r.lemma.slice(0, -1) + 'ið' === t.lower)) return;
  const p = prevWordOrNumber(toks, i);
  if (!p || !COPULA.has(p.lower)) return;
  const n = nextWord(toks, i);
  const after = toks[i + 1];
  const clauseEnd = !n && (!after || after.raw.kind === 'punctuation');
  const nb = best(n);
  // Also before the role it names ("var valinn maður leiksins", "var kjörinn formaður"): a
  // definite noun after a copula is not followed by another noun.
  const role = nb?.pos === 'noun' && /(?:inn|in)$/u.test(t.lower) && !/^\p{Lu}/u.test(n!.form);
  if (!clauseEnd && !role && !(nb && (nb.pos === 'adverb' || nb.pos === 'preposition'))) return;
  boost(t, (r) => r.pos === 'verb', 1.5, 'participle after a copula');
}

/** After a preposition, a conjunction/noun homograph is the noun ("frá upphafi til enda"). */
export function applyNounNotConjunctionAfterPreposition(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!hasPos(t, 'conjunction') || !hasPos(t, 'noun') || best(t)?.pos !== 'conjunction') return;
  const p = prevWordOrNumber(toks, i);
  if (!p || best(p)?.pos !== 'preposition' || hasPos(p, 'verb')) return;
  boost(t, (r) => r.pos === 'noun', 2, 'noun, not a conjunction, after a preposition');
}

/**
 * After a preposition and at the end of its phrase (nothing nominal follows), a noun/adjective
 * homograph is the noun: an adjective there would need a noun after it ("komin til valda í …" =
 * to power, not "chosen"; "meira af vörum.").
 */
export function applyNounAtPhraseEnd(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!hasPos(t, 'noun') || best(t)?.pos !== 'adjective' || t.readings.some((r) => r.pos === 'numeral' || r.pos === 'pronoun')) return;
  const p = prevWordOrNumber(toks, i);
  // "of lág" (too low): "of" is the degree adverb there.
  if (!p || best(p)?.pos !== 'preposition' || DEGREE_ADVERBS.has(p.lower)) return;
  const n = nextWord(toks, i);
  const nb = best(n);
  // Coordinated adjectives share the noun that follows ("með langan og litríkan inngang").
  // (Not when a noun follows the conjunction: "fyrir í rétti og dómari kvað upp dóm".)
  if (n && (n.lower === 'og' || n.lower === 'eða') && !onlyPos(nextWord(toks, i + 1), 'noun')) return;
  if (nb && (nb.pos === 'noun' || nb.pos === 'adjective' || nb.pos === 'pronoun' || hasPos(n, 'noun'))) return;
  if (!n && toks[i + 1]?.raw.kind === 'number') return;
  // (A numeral after it continues the phrase: "í rúm tuttugu ár".)
  if (n && n.readings.some((r) => r.pos === 'numeral')) return;
  boost(t, (r) => r.pos === 'noun', 1.5, 'noun at the end of a prepositional phrase');
}

/** Degree adverbs and negations that may stand between a copula and a predicative adjective. */
const BEFORE_PREDICATIVE = new Set([...DEGREE_ADVERBS, 'ekki', 'aldrei', 'alveg', 'nokkuð', 'þó', 'líka', 'einnig', 'auðvitað', 'mjög', 'æðislega', 'einfaldlega', 'bara']);

/** Question words that open an indirect question after a predicative ("er óljóst hvað tekur við"). */
const QUESTION_WORDS = new Set(['hvað', 'hver', 'hverjir', 'hvers', 'hvernig', 'hvenær', 'hvar', 'hvaðan', 'hvert', 'hve', 'hversu']);

/** Adverbs that also intensify a following phrase ("rétt við", "beint fyrir framan"). */
const INTENSIFIERS = new Set(['rétt', 'beint', 'hreint', 'alveg', 'þétt']);

/**
 * After a copula, at the end of the clause or before "að"/"hvort" or a preposition, a neuter
 * adjective that doubles as an adverb is the predicative adjective: "Það er rétt" (right), "Þetta
 * var frekar skýrt" (clear), "væri óljóst hvort …" (unclear), "er nóg til …" (enough).
 */
/** A copula before token `i`, with up to two of the `between` adverbs ("er mjög skýrt", "var ekki alveg ljóst"). */
function afterCopula(toks: WorkToken[], i: number, between: Set<string>): boolean {
  let k = i;
  let p = prevWordOrNumber(toks, k);
  while (p && between.has(p.lower) && k > i - 2) p = prevWordOrNumber(toks, --k);
  return !!p && COPULA.has(p.lower);
}

/** Token `i` ends its clause: punctuation or the end of the text follows. */
function endsClause(toks: WorkToken[], i: number): boolean {
  const after = toks[i + 1];
  return !nextWord(toks, i) && (!after || after.raw.kind === 'punctuation');
}

/** A strong accusative adjective ending that agrees with an accusative noun's article ("sigurinn sætan", "stöðuna góða", "málið gott"). */
function agreesWithDefiniteObject(object: string, adjective: string): boolean {
  if (object.endsWith('inn')) return /an$/u.test(adjective);
  if (/(?:ina|una)$/u.test(object)) return /a$/u.test(adjective);
  if (object.endsWith('ið')) return /t$/u.test(adjective);
  if (object.endsWith('nar')) return /ar$/u.test(adjective);
  return false;
}

/** Verbs that take an object and a predicative adjective ("segir hækkunina nauðsynlega"). */
const OBJECT_PREDICATIVE_VERBS = new Set(['segja', 'telja', 'álíta', 'kalla', 'meta', 'gera']);

/**
 * "Rektor segir hækkunina nauðsynlega" (says the rise is necessary): after a verb of saying or
 * thinking and its definite object, a "-lega" word is the adjective agreeing with the object, not
 * the adverb.
 */
export function applyPredicativeLegaAfterObject(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!t.readings.some((r) => r.pos === 'adjective') || best(t)?.pos === 'adjective') return;
  const o = prevWord(toks, i);
  if (!o || !/(?:una|ina|inn|ið|ana|ina|nar|nir)$/u.test(o.lower) || !o.readings.length || !o.readings.every((r) => r.pos === 'noun')) return;
  // (Another adjective when its ending agrees with the object's: "sagði sigurinn sætan" = said
  // the victory was sweet, not the noun sæta.)
  // (Only over a noun reading: "sagði aðgerðirnar farnar að skila" keeps the verb fara.)
  if (!t.lower.endsWith('lega') && (best(t)?.pos !== 'noun' || !agreesWithDefiniteObject(o.lower, t.lower))) return;
  const v = prevWord(toks, i - 1);
  if (!v || !v.readings.some((r) => r.pos === 'verb' && OBJECT_PREDICATIVE_VERBS.has(r.lemma)) || best(v)?.pos !== 'verb') return;
  boost(t, (r) => r.pos === 'adjective', 2, 'predicative adjective after a verb of saying and its object ("segir hækkunina nauðsynlega")');
}

export function applyPredicativeAdjective(toks: WorkToken[], i: number): void {
  const t = toks[i];
  const b = best(t);
  // (Also a comparative in "-ra", which lemma-is gives the positive adverb: "lægra" → lágt, and a
  // feminine plural in "-ar" that is also a comparative adverb: "eðlilegar".)
  const comparative = b?.lemma !== t.lower && t.lower.endsWith('ra');
  const pluralAr = b?.lemma !== t.lower && t.lower.endsWith('ar') && t.readings.some((r) => r.pos === 'adjective' && r.lemma.endsWith('ur') && t.lower === r.lemma.slice(0, -2) + 'ar');
  if (!b || b.pos !== 'adverb' || (b.lemma !== t.lower && !comparative && !pluralAr) || !hasPos(t, 'adjective')) return;
  if (!afterCopula(toks, i, BEFORE_PREDICATIVE)) return;
  const n = nextWord(toks, i);
  const clauseEnd = endsClause(toks, i);
  const nb = best(n);
  // Before a preposition, intensifiers stay adverbs ("rétt við landamærin", "hreint út sagt"), as
  // do participles ("hefur verið beint til íbúa" = directed).
  const beforePreposition = nb?.pos === 'preposition' && (comparative || (!hasPos(n, 'verb') && !hasPos(t, 'verb') && !INTENSIFIERS.has(t.lower)));
  // (A feminine plural after a copula is the adjective wherever the clause goes on.)
  if (!clauseEnd && !pluralAr && !(n && (n.lower === 'að' || n.lower === 'hvort' || QUESTION_WORDS.has(n.lower) || beforePreposition))) return;
  // "er ekki beint að þeim" (directed at): only "rétt að …" (it is right that) is predicative.
  if (!clauseEnd && INTENSIFIERS.has(t.lower) && t.lower !== 'rétt') return;
  boost(t, (r) => r.pos === 'adjective', 1.5, 'predicative adjective after a copula');
}

/** Plural determiners, quantifiers and numerals (accusative/nominative masculine plural). */
const PLURAL_DETERMINERS = new Set(
  'marga margir þá þessa þessir alla allir ýmsa ýmsir suma sumir nokkra nokkrir aðra aðrir slíka slíkir fleiri fáa fáir tvo tveir þrjá þrír fjóra fjórir'.split(' '),
);

/**
 * "hluti" after a plural determiner is the plural of "hlutur" (things: "marga hluti", "þá hluti
 * sem …"); "hluti" (part) has the plural "hlutar/hluta".
 */
export function applyPluralHlutir(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'hluti' || !t.readings.some((r) => r.lemma === 'hlutur')) return;
  const p = prevWordOrNumber(toks, i);
  if (!p || !(PLURAL_DETERMINERS.has(p.lower) || (p.raw.kind === 'number' && p.raw.text !== '1'))) return;
  boost(t, (r) => r.lemma === 'hlutur', 2.5, `"${p.lower} hluti": plural of hlutur (things)`);
}

/**
 * The word before is a main verb with no auxiliary before it ("kynnti nýtt frumvarp"): a
 * participle or supine cannot follow it, so a participle-adjective homograph there is the
 * adjective of the object noun phrase.
 */
function afterMainVerb(toks: WorkToken[], i: number): boolean {
  const p = prevWordOrNumber(toks, i);
  if (!p || p.raw.kind !== 'word' || best(p)?.pos !== 'verb' || p.readings.some((r) => r.pos !== 'verb' && r.pos !== 'adjective' && r.pos !== 'noun')) return false;
  if (MODAL_FORMS.has(p.lower) || HAFA_FORMS.has(p.lower) || COPULA.has(p.lower) || PARTICIPLE_AUX.has(p.lower) || p.lower.endsWith('st')) return false;
  // An auxiliary a few words back makes the word before a participle itself ("hefur kynnt nýtt …").
  return !wordBefore(toks, i - 2, 4, (w) => HAFA_FORMS.has(w.lower) || PARTICIPLE_AUX.has(w.lower) || MODAL_FORMS.has(w.lower));
}

/**
 * Whether one of up to `count` words from token `from` backwards (in the same sentence, up to the
 * first punctuation or number) satisfies `pred`.
 */
function wordBefore(toks: WorkToken[], from: number, count: number, pred: (w: WorkToken) => boolean): boolean {
  const sentence = toks[from + 1]?.sentence;
  for (let k = from; k >= 0 && k > from - count; k--) {
    const w = toks[k];
    if (w.raw.kind !== 'word' || w.sentence !== sentence) return false;
    if (pred(w)) return true;
  }
  return false;
}

/**
 * A present participle in "-andi" right before its noun is the adjective ("starfandi
 * bæjarstjóri" = acting mayor, "vaxandi spenna"), not the verb starfa. "varðandi" (regarding)
 * is left to the verb: it governs the noun after it.
 */
export function applyPresentParticipleBeforeNoun(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!t.lower.endsWith('andi') || t.lower === 'varðandi' || t.readings.length < 2) return;
  // (Only a glossed adjective: otherwise the verb's gloss tells the learner more.)
  const adj = t.readings.find((r) => r.pos === 'adjective' && r.lemma === t.lower && hasOwnGloss(r));
  if (!adj || best(t) === adj) return;
  const n = nextWord(toks, i);
  if (!n || (/^\p{Lu}/u.test(n.form) && !n.sentenceInitial) || best(n)?.pos !== 'noun') return;
  boost(t, (r) => r === adj, 1.5, 'present participle before its noun = adjective');
}

/** Endings of past participles and supines ("lokað", "sett", "talinn", "dæmd", "kallaðir"). */
const PARTICIPLE_SHAPE = /(?:ð|t|d|ðu|du|tu|ður|dur|tur|ðir|dir|tir|ðar|dar|tar|inn|in|ið|nir|nar|na|nu|ar)$/u;

/** Adverbs of frequency or extent that may also stand before a predicative adjective. */
const BEFORE_PREDICATIVE_NOUN_CHECK = new Set([...BEFORE_PREDICATIVE, 'almennt', 'yfirleitt', 'oftast', 'enn', 'fremur', 'sérstaklega', 'afar']);
/** Prepositions an adjective of feeling takes ("sáttir við", "ánægður með", "leiður yfir"). */
const ADJECTIVE_PREPOSITIONS = new Set(['með', 'við', 'yfir', 'af', 'fyrir']);

/**
 * After a copula (and up to two adverbs), at the end of the clause or before "með"/"við"/"yfir"/"af"/"fyrir",
 * a noun/adjective homograph in the nominative is the predicative adjective: "foreldrar séu
 * almennt sáttir" (content, not the noun sátt), "eru sáttir við". A plain predicate noun has no
 * adjective reading ("Þeir eru kennarar").
 */
export function applyPredicativeAdjectiveNotNoun(toks: WorkToken[], i: number): void {
  const t = toks[i];
  const b = best(t);
  // A noun, or a finite verb form that is no participle ("uppskeran hafi verið rýr" = meagre, not
  // the verb rýra): a participle after a copula is the passive ("var lokað").
  const finiteVerb = b?.pos === 'verb' && !PARTICIPLE_SHAPE.test(t.lower);
  if (!b || (b.pos !== 'noun' && !finiteVerb) || !hasPos(t, 'adjective') || /^\p{Lu}/u.test(t.form)) return;
  if (!afterCopula(toks, i, BEFORE_PREDICATIVE_NOUN_CHECK)) return;
  const n = nextWord(toks, i);
  if (!endsClause(toks, i) && !(n && ADJECTIVE_PREPOSITIONS.has(n.lower))) return;
  boost(t, (r) => r.pos === 'adjective', 1.5, 'predicative adjective after a copula, not a noun or verb form');
}

/**
 * A past plural verb ("undirrituðu", "keyptu") that is also a weak adjective form: a weak
 * adjective stands after a determiner or the article ("hinir undirrituðu") or before a definite
 * noun ("undirrituðu samningarnir"). Otherwise it is the verb: "Verkalýðsfélögin og Samtök
 * atvinnulífsins undirrituðu nýjan kjarasamning".
 */
export function applyPastPluralNotWeakAdjective(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!/(?:uðu|ðu|du|tu|aði|ði|di|ti)$/u.test(t.lower) || t.lower.endsWith('andi') || !hasPos(t, 'verb') || best(t)?.pos !== 'adjective' || t.sentenceInitial) return;
  if (t.readings.some((r) => r.pos === 'noun' || r.pos === 'pronoun' || r.pos === 'numeral')) return;
  const p = prevWord(toks, i);
  if (!p || isDeterminer(p) || hasPos(p, 'article') || best(p)?.pos === 'preposition' || best(p)?.pos === 'adverb' || best(p)?.pos === 'adjective') return;
  const n = nextWord(toks, i);
  // (A weak masculine "-i" does not agree with a neuter "-ið": "og dæmdi ríkið til …" is the verb.)
  const disagrees = t.lower.endsWith('i') && !!n && n.lower.endsWith('ið');
  if (n && hasPos(n, 'noun') && (DEFINITE_ENDING.test(n.lower) || n.lower.endsWith('ið')) && !disagrees) return;
  // "og"/"eða" between two weak adjectives ("hinir undirrituðu og …") is left alone.
  if (n && (n.lower === 'og' || n.lower === 'eða')) return;
  boost(t, (r) => r.pos === 'verb', 1.5, 'past plural verb, not a weak adjective (no determiner, no definite noun)');
}

/** Genitive personal pronouns, which may stand before their noun ("í hans valdi"). */
const GENITIVE_PERSONAL = new Set(['hans', 'hennar', 'þeirra', 'okkar', 'ykkar']);

/**
 * A preposition + a genitive pronoun + a noun/verb homograph: the noun ("allt sem í hans valdi
 * stendur" = in his power, not "valdi" chose).
 */
export function applyNounAfterPrepositionGenitive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!hasPos(t, 'noun') || !hasPos(t, 'verb') || best(t)?.pos === 'noun') return;
  const p = prevWord(toks, i);
  if (!p || !GENITIVE_PERSONAL.has(p.lower)) return;
  const pp = prevWord(toks, i - 1);
  if (!pp || best(pp)?.pos !== 'preposition') return;
  boost(t, (r) => r.pos === 'noun', 1.5, 'noun after a preposition and a genitive pronoun');
}

/**
 * "rúm"/"tæp" before a number are the adjectives rúmur (just over) and tæpur (just under): "í
 * rúm tuttugu ár", "tæpar fimmtíu milljónir", not the noun rúm (bed) or the adverb tæpt.
 */
export function applyApproximateBeforeNumber(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!/^(?:rúm|tæp)/u.test(t.lower) || t.readings.length < 2) return;
  const adj = t.readings.find((r) => r.pos === 'adjective' && (r.lemma === 'rúmur' || r.lemma === 'tæpur'));
  if (!adj || best(t) === adj) return;
  // "átti að rúma 120 gesti" (to hold): after "að" an infinitive; the preposition "að" would take
  // the dative "rúmum".
  if (prevWord(toks, i)?.lower === 'að' && t.readings.some((r) => isInfinitiveReading(t.lower, r.lemma, r.pos))) return;
  const n = toks[i + 1];
  if (!n || n.sentence !== t.sentence || !(n.raw.kind === 'number' || n.readings.some((r) => r.pos === 'numeral'))) return;
  // (Strong enough to outweigh an object reading after a verb: "nam rúmum fimm milljörðum".)
  boost(t, (r) => r === adj, 3, 'just over/under before a number');
}

/** "nærri fjórum kílóum", "nær 40 manns": before a number these are the adverb (nearly). */
export function applyNearlyBeforeNumber(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if ((t.lower !== 'nærri' && t.lower !== 'nær') || !hasPos(t, 'adverb') || best(t)?.pos === 'adverb') return;
  const n = toks[i + 1];
  if (!n || n.sentence !== t.sentence || !(n.raw.kind === 'number' || best(n)?.pos === 'numeral')) return;
  boost(t, (r) => r.pos === 'adverb', 2, 'nearly, before a number');
}

/**
 * "umhverfis- og auðlindamála": a word written with a hyphen before "og"/"eða" is the first half
 * of a compound whose head follows; it is read as a noun (umhverfi), not the preposition.
 */
export function applyTruncatedCompound(toks: WorkToken[], i: number): void {
  const t = toks[i];
  const h = toks[i + 1];
  if (t.readings.length < 2 || !hasPos(t, 'noun') || best(t)?.pos === 'noun') return;
  if (!h || h.raw.kind !== 'punctuation' || h.raw.text !== '-' || h.raw.start !== t.raw.end) return;
  const c = toks[i + 2];
  if (!c || c.sentence !== t.sentence || !['og', 'eða', 'né'].includes(c.lower)) return;
  boost(t, (r) => r.pos === 'noun', 2, 'first half of a compound written with a hyphen before "og"');
}

/**
 * "mat" is the noun mat (assessment) before "á" or a genitive ("mat á umhverfisáhrifum", "mat
 * lögreglu") or after a neuter adjective ("gert mat"), and otherwise the accusative of matur
 * (food: "skattur á mat", "mat og vatn").
 */
export function applyMatFoodOrAssessment(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'mat' || !hasLemma(t, 'matur') || !hasLemma(t, 'mat')) return;
  const n = nextWord(toks, i);
  const p = prevWord(toks, i);
  // Right after a clause's noun subject, with no verb before it: the past of meta (assessed),
  // "Hæfnisnefnd mat þrjá umsækjendur hæfasta".
  if (p && best(p)?.pos === 'noun' && t.readings.some((r) => r.lemma === 'meta' && r.pos === 'verb')) {
    let verbBefore = false;
    for (let k = i - 1; k >= 0 && toks[k].sentence === t.sentence; k--) {
      const w = toks[k];
      if (w.raw.kind === 'word' && best(w)?.pos === 'verb') verbBefore = true;
      if (w.raw.kind === 'punctuation' && w.raw.text === ',') break;
    }
    if (!verbBefore && (p.sentenceInitial || toks[i - 2]?.sentence !== t.sentence)) {
      boost(t, (r) => r.lemma === 'meta' && r.pos === 'verb', 3, '"mat" right after its clause\'s subject = assessed (meta)');
      return;
    }
  }
  // A neuter adjective or participle before it agrees with mat, not matur ("þar til gert mat").
  const neuterBefore = !!p && p.lower.endsWith('t') && (best(p)?.pos === 'adjective' || best(p)?.pos === 'verb');
  const assessment = neuterBefore || (!!n && (n.lower === 'á' || /^\p{Lu}/u.test(n.form) || (hasPos(n, 'noun') && /(?:s|ar|u|a)$/u.test(n.lower) && !hasPos(n, 'verb'))));
  if (assessment) boost(t, (r) => r.lemma === 'mat', 1, '"mat" before "á" or a genitive = assessment');
  else boost(t, (r) => r.lemma === 'matur', 1.5, '"mat" without "á" or a genitive = food (matur)');
}

/**
 * An agent noun in "-andi" with a gloss of its own ("eigandi", "nemandi", "kaupandi") is that
 * noun, not the present participle of its verb, unless a noun follows that it could modify
 * (the noun-phrase rules decide that case): "Hann er eigandi hússins", "segir eigandi
 * gistiheimilis".
 */
export function applyAgentNoun(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!t.lower.endsWith('andi') || t.readings.length < 2) return;
  const noun = t.readings.find((r) => r.pos === 'noun' && r.lemma === t.lower && hasOwnGloss(r));
  if (!noun || best(t) === noun) return;
  // A participle of one of its verb readings ("eigandi" of eiga; not "landi", of landa).
  if (!t.readings.some((r) => r.pos === 'verb' && r.lemma.slice(0, -1) + 'andi' === t.lower)) return;
  const n = nextWord(toks, i);
  // (A genitive after it is its possessor: "eigandi hússins", "Eigandi veitingastaðar".)
  if (n && best(n)?.pos === 'noun' && !/(?:s|ar|unnar|innar|anna)$/u.test(n.lower)) return;
  boost(t, (r) => r === noun, 1.5, '"-andi" agent noun with a gloss of its own');
}

/** Nouns that count like numerals ("tvö hundruð", "þrjú þúsund"). */
const COUNTING_NOUNS = new Set('hundruð hundrað þúsund þúsundir milljón milljónir milljarður milljarðar milljarða'.split(' '));

/** Adjectives of size and age that a measure precedes ("metra langur", "ára gamall"). */
const DIMENSIONS = new Set('langur hár breiður djúpur þykkur gamall víður þungur stór'.split(' '));

/**
 * A number, a unit in the genitive and the noun it measures: "á 150 kílómetra hraða" (speed, not
 * the verb "hraða"), "200 króna gjald", "fimm metra dýpi".
 */
export function applyNounAfterMeasure(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'noun') || best(t)?.pos === 'noun') return;
  const unit = prevWordOrNumber(toks, i);
  // (A genitive plural always ends in -a: "kílómetra", "króna", "ára".)
  if (!unit || unit.raw.kind !== 'word' || best(unit)?.pos !== 'noun' || !unit.lower.endsWith('a')) return;
  const num = prevWordOrNumber(toks, i - 1);
  // (Also "hundruð"/"þúsund"/"milljónir", nouns that count: "tvö hundruð kílómetra hraða".)
  if (!num || !(num.raw.kind === 'number' || best(num)?.pos === 'numeral' || COUNTING_NOUNS.has(num.lower))) return;
  // "þrjátíu metra langur", "tíu ára gamall": a dimension adjective, not a noun.
  if (t.readings.some((r) => r.pos === 'adjective' && DIMENSIONS.has(r.lemma))) return;
  boost(t, (r) => r.pos === 'noun', 1.5, 'noun after a number and its unit ("150 kílómetra hraða")');
}

/**
 * After a number, a word that is a noun and an adjective of one lemma, with no noun after it, is
 * the noun: "um 3.800 dýr" (animals), not "dýr" (expensive). After a counting noun, a noun/verb
 * homograph is the noun.
 */
export function applyNounAfterNumber(toks: WorkToken[], i: number): void {
  const t = toks[i];
  // What a counting noun counts is a noun: "átta hundruð titlar" (titles), not titla (to title).
  if (best(t)?.pos === 'verb' && hasPos(t, 'noun') && COUNTING_NOUNS.has(prevWord(toks, i)?.lower ?? '')) {
    boost(t, (r) => r.pos === 'noun', 1.5, 'noun after a counting noun ("hundruð titlar")');
    return;
  }
  // A noun form after a number above one is plural: "tólf staða" (of twelve places, staður),
  // not staða (situation), whose singular is spelt so.
  const num0 = prevWordOrNumber(toks, i);
  if (t.lower === 'staða' && num0 && (num0.raw.kind === 'number' || (best(num0)?.pos === 'numeral' && !/^(?:einn|ein|eitt|eins|einni|einu|einum)$/u.test(num0.lower))) && t.readings.some((r) => r.lemma === 'staður')) {
    boost(t, (r) => r.lemma === 'staður' && r.pos === 'noun', 1.5, 'a plural after a number ("tólf staða" = places)');
    return;
  }
  if (!t.readings.some((r) => r.pos === 'noun') || best(t)?.pos !== 'adjective') return;
  const adjective = best(t)!;
  if (!t.readings.some((r) => r.pos === 'noun' && r.lemma === adjective.lemma)) return;
  const num = prevWordOrNumber(toks, i);
  // (Or after a counting noun: "níu hundruð dýr".)
  if (!num || !(num.raw.kind === 'number' || best(num)?.pos === 'numeral' || COUNTING_NOUNS.has(num.lower))) return;
  const n = nextWord(toks, i);
  if (n && (hasPos(n, 'noun') || hasPos(n, 'adjective'))) return;
  boost(t, (r) => r.pos === 'noun' && r.lemma === adjective.lemma, 1.5, 'noun after a number ("3.800 dýr", "níu hundruð dýr")');
}

/**
 * Coordinated genitives after a noun: "starfsemi hafna og flugvalla" (of ports and airports), not
 * the verb "hafna" (reject). The word after "og"/"eða" is a plain genitive plural noun (-a).
 */
export function applyCoordinatedGenitive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'noun') || best(t)?.pos === 'noun' || !t.lower.endsWith('a')) return;
  const p = prevWordOrNumber(toks, i);
  if (!p || p.raw.kind !== 'word' || best(p)?.pos !== 'noun' || /^\p{Lu}/u.test(p.form)) return;
  const c = nextWord(toks, i);
  if (!c || (c.lower !== 'og' && c.lower !== 'eða')) return;
  const g = nextWord(toks, i + 1);
  if (!g || !g.lower.endsWith('a') || g.readings.length === 0 || !g.readings.every((r) => r.pos === 'noun')) return;
  boost(t, (r) => r.pos === 'noun', 2, 'genitive noun coordinated with another ("hafna og flugvalla")');
}

/**
 * A possessive after its noun: "starfið mitt" (my job), not the adjective "miður" (middle) nor an
 * adverb. (Before a noun, "um mitt sumar" is the adjective: midsummer.)
 */
export function applyPossessiveAfterNoun(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !t.readings.some((r) => r.pos === 'pronoun' && POSSESSIVES.has(r.lemma))) return;
  const p = prevWord(toks, i);
  if (!p || best(p)?.pos !== 'noun' || /^\p{Lu}/u.test(p.form)) return;
  if (best(nextWord(toks, i))?.pos === 'noun') return;
  // A genitive plural ("sinna", "minna") follows a genitive plural noun: "dýralæknar sinna stóru
  // svæði" is the verb sinna (attend to), as "foreldra sinna" is the possessive.
  if (/inna$/u.test(t.lower) && !/a$/u.test(p.lower)) return;
  boost(t, (r) => r.pos === 'pronoun' && POSSESSIVES.has(r.lemma), 1.5, 'possessive after its noun');
}

/**
 * "sinna"/"minna" between a plural noun in "-ar/-ir/-ur" and no genitive plural after it is a verb
 * (sinna = attend to, minna = remind): "Tveir dýralæknar sinna stóru svæði". The possessive's
 * genitive plural needs a genitive plural noun beside it ("foreldra sinna", "sinna manna").
 */
export function applyVerbNotGenitivePossessive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!/inna$/u.test(t.lower) || !hasPos(t, 'verb') || best(t)?.pos === 'verb') return;
  const p = prevWord(toks, i);
  if (!p || best(p)?.pos !== 'noun' || !/(?:ar|ir|ur)$/u.test(p.lower) || /^\p{Lu}/u.test(p.form)) return;
  const n = nextWord(toks, i);
  if (n && /a$/u.test(n.lower) && hasPos(n, 'noun')) return;
  boost(t, (r) => r.pos === 'verb', 2, 'verb after a plural subject, no genitive plural for a possessive ("dýralæknar sinna")');
}

/**
 * A possessive before an adjective and its noun, or before a noun, is the possessive: "stigu sín
 * fyrstu skref" (their first steps), not the reflexive genitive "sín" (of oneself, as in "gætti
 * sín").
 */
export function applyPossessiveBeforeNoun(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !t.readings.some((r) => r.pos === 'pronoun' && POSSESSIVES.has(r.lemma))) return;
  const b = best(t);
  if (!b || (b.pos === 'pronoun' && POSSESSIVES.has(b.lemma))) return;
  const n = nextWord(toks, i);
  const nb = best(n)?.pos;
  const noun = nb === 'noun' || (nb === 'adjective' && best(nextWord(toks, i + 1))?.pos === 'noun');
  if (!n || !noun || /^\p{Lu}/u.test(n.form)) return;
  // A genitive plural ("sinna", "minna") needs a genitive plural noun: "sinna hlutverki" is the
  // verb sinna (attend to) and its object.
  if (/inna$/u.test(t.lower) && !/a$/u.test(n.lower)) return;
  boost(t, (r) => r.pos === 'pronoun' && POSSESSIVES.has(r.lemma), 1, 'possessive before its noun');
}

/**
 * After a copula, an adjective/verb homograph whose verb reading cannot be a participle is the
 * predicative adjective: "ef launahækkanir verða miklar" (large), not "mikla" (exaggerate). A
 * finite verb does not follow a copula; participles end in -ð/-t/-d/-n plus an ending.
 */
export function applyAdjectiveNotFiniteAfterCopula(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'adjective') || best(t)?.pos !== 'verb') return;
  // A neuter "-t" is a participle's shape too, unless the adjective is no participle: "hafi verið
  // hlýtt" (warm: hlýr), not hlýða's supine; but "var samþykkt" (samþykktur), "er gert" (gerður).
  const plainNeuter = /[^t]tt$/u.test(t.lower) && t.readings.every((r) => r.pos !== 'adjective' || !/(?:ður|tur|dur|inn)$/u.test(r.lemma));
  if ((/[ðtdn]\p{L}{0,3}$/u.test(t.lower) && !plainNeuter) || t.readings.some((r) => r.pos === 'verb' && r.lemma === t.lower)) return;
  const p = prevWordOrNumber(toks, i);
  if (!p || !COPULA.has(p.lower)) return;
  boost(t, (r) => r.pos === 'adjective', 1.5, 'predicative adjective after a copula (no participle shape)');
}

/** Plural finite forms of the copula, which no finite verb follows directly. */
const PLURAL_COPULA = new Set(['eru', 'voru', 'séu', 'væru', 'urðu']);

/**
 * "Enn eru miðar lausir" (tickets are still available): right after a plural copula a noun/verb
 * homograph in "-ar" is the plural noun subject or predicate, not a present-tense verb (miða).
 */
export function applyPluralNounAfterCopula(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !t.lower.endsWith('ar') || best(t)?.pos !== 'verb' || !hasPos(t, 'noun')) return;
  // Only the present of a verb in "-a" (miða → miðar): a participle's feminine plural ends in
  // "-ar" too ("eru byggðar upp").
  if (!t.readings.some((r) => r.pos === 'verb' && r.lemma.endsWith('a') && r.lemma.slice(0, -1) + 'ar' === t.lower)) return;
  const p = prevWord(toks, i);
  if (!p || !PLURAL_COPULA.has(p.lower)) return;
  boost(t, (r) => r.pos === 'noun', 1.5, 'plural noun after a plural copula, not a finite verb');
}

/**
 * "Fyrst íslenskra kvenna var …" (first of Icelandic women): "fyrst" before a genitive plural is
 * the adjective fyrstur, not the conjunction (since) or the adverb.
 */
export function applyFirstOfGenitive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'fyrst' || !t.readings.some((r) => r.lemma === 'fyrstur' && r.pos === 'adjective')) return;
  const n = nextWord(toks, i);
  const nb = best(n);
  if (!n || !nb || !['adjective', 'pronoun', 'noun'].includes(nb.pos) || !/(?:[^e]ra|nna)$/u.test(n.lower)) return;
  boost(t, (r) => r.lemma === 'fyrstur' && r.pos === 'adjective', 2, '"fyrst" + a genitive plural = first of');
}

/** Forms of liðinn (past, gone by) that are also forms of lið or líða. */
const LIDINN_FORMS = new Set(['liðin', 'liðinn']);

/**
 * "hálf öld er liðin" (has passed): after a copula "liðin"/"liðinn" is the adjective liðinn, not
 * líða (feel) or the teams ("Liðin mætast" keeps lið).
 */
export function applyLidinnAfterCopula(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!LIDINN_FORMS.has(t.lower) || !t.readings.some((r) => r.lemma === 'liðinn' && r.pos === 'adjective')) return;
  const p = prevWordOrNumber(toks, i);
  if (!p || !COPULA.has(p.lower)) return;
  boost(t, (r) => r.lemma === 'liðinn' && r.pos === 'adjective', 2, '"liðinn" after a copula = past, gone by');
}

/** Genitives of time units after "eins" the numeral: "eins árs", "eins dags", "eins mánaðar". */
const EINS_TIME = new Set('árs dags mánaðar sólarhrings klukkutíma klukkustundar vetrar'.split(' '));

/** "eins bankanna" = of one of the banks: "eins" before a definite genitive plural is einn. */
export function applyEinsGenitive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  // Likewise "annars mannanna" (of one of the two men): annar before a definite genitive plural.
  if (t.lower === 'annars' && t.readings.some((r) => r.lemma === 'annar' && r.pos === 'pronoun')) {
    const n = nextWord(toks, i);
    if (n && /(?:anna|nna)$/u.test(n.lower) && best(n)?.pos === 'noun') boost(t, (r) => r.lemma === 'annar' && r.pos === 'pronoun', 2, '"annars" + a definite genitive plural = of one of (the two)');
    return;
  }
  if (t.lower !== 'eins' || !t.readings.some((r) => r.lemma === 'einn')) return;
  const n = nextWord(toks, i);
  // A range or a count of time: "eins til fimm ára" (one to five), "eins árs gamall" (one year old).
  const n2 = n ? toks[i + 2] : undefined;
  if (n && ((/^(?:til|eða)$/u.test(n.lower) && n2 && n2.sentence === t.sentence && (n2.raw.kind === 'number' || best(n2)?.pos === 'numeral')) || EINS_TIME.has(n.lower))) {
    boost(t, (r) => r.lemma === 'einn' && r.pos === 'numeral', 2.5, `"eins ${n.lower}" = one (a number)`);
    return;
  }
  // A genitive plural ("eins bankanna") or a definite genitive singular ("eins sjóðsins").
  if (!n || !/(?:anna|nna|sins|ans|innar|unnar)$/u.test(n.lower) || best(n)?.pos !== 'noun') return;
  boost(t, (r) => r.lemma === 'einn', 2, '"eins" + a genitive = of one (of)');
}

/** Ordinals and the like before "sinn" (time): "í þriðja sinn", "í síðasta sinn", "eitt sinn". */
const BEFORE_SINN = new Set('fyrsta annað þriðja fjórða fimmta sjötta sjöunda áttunda níunda tíunda síðasta eitt hvert sérhvert þetta'.split(' '));

/** "í þriðja sinn" (for the third time): the noun "sinn", not the possessive. */
export function applySinnTime(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'sinn' || !t.readings.some((r) => r.lemma === 'sinn' && r.pos === 'noun')) return;
  const p = prevWord(toks, i);
  if (!p || !BEFORE_SINN.has(p.lower)) return;
  boost(t, (r) => r.lemma === 'sinn' && r.pos === 'noun', 2.5, `"${p.lower} sinn" = time`);
}

/** "á ábyrgan hátt" (in a responsible way): "hátt" after "á" + an adjective is the noun háttur. */
export function applyAHatt(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'hátt' || !t.readings.some((r) => r.lemma === 'háttur')) return;
  const p = prevWord(toks, i);
  const pp = p ? prevWord(toks, i - 1) : undefined;
  if (!p || !pp || best(p)?.pos !== 'adjective' || !/^(?:á|með)$/u.test(pp.lower)) return;
  boost(t, (r) => r.lemma === 'háttur', 2.5, '"á … hátt" = in a … way');
}

const LATINN_FORMS = new Set('látinn látin látið látnir látnar látna látnum látins látinnar látnu látnir'.split(' '));
/** Words after which "látinn" is the participle of láta: "látinn laus" (released), "látinn vita". */
const LATA_COMPLEMENTS = /^(?:laus|lausir|lausar|laust|lausa|lausan|lausum|af|undan)$/u;

/**
 * "fannst látinn", "er látinn", "látinn maður": the adjective látinn (dead), not the participle
 * of láta (let), which comes with an infinitive or "laus" ("látinn fara", "látinn laus").
 */
export function applyLatinnDead(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!LATINN_FORMS.has(t.lower) || !t.readings.some((r) => r.lemma === 'látinn' && r.pos === 'adjective')) return;
  const n = nextWord(toks, i);
  if (n && (LATA_COMPLEMENTS.test(n.lower) || n.readings.some((r) => isInfinitiveReading(n.lower, r.lemma, r.pos)))) return;
  boost(t, (r) => r.lemma === 'látinn' && r.pos === 'adjective', 1, '"látinn" = dead, not láta (let) without an infinitive');
}

/**
 * A preposition (or determiner), an adjective, and a noun homograph of an adverb or preposition:
 * "frá síðasta móti" (since the last meet, mót), not the adverb "á móti". The adjective needs its
 * noun.
 */
export function applyNounAfterPrepositionAdjective(toks: WorkToken[], i: number): void {
  const t = toks[i];
  const b = best(t);
  if (!b || (b.pos !== 'adverb' && b.pos !== 'preposition') || !hasPos(t, 'noun')) return;
  const p = prevWord(toks, i);
  if (!p || best(p)?.pos !== 'adjective' || p.readings.some((r) => r.pos === 'adverb' || r.pos === 'verb')) return;
  const pp = prevWord(toks, i - 1);
  if (!pp || !(best(pp)?.pos === 'preposition' || isDeterminer(pp))) return;
  boost(t, (r) => r.pos === 'noun', 2, 'noun after a preposition and an adjective');
}


/**
 * A neuter participle-adjective before its noun, or before another adjective and its noun: "og
 * þekkt verk" (well-known works), "nýtt íslenskt leikrit" (a new Icelandic play), not the
 * supines of þekkja and nýta.
 */
export function applyStackedAdjective(toks: WorkToken[], i: number): void {
  const t = toks[i];
  const b = best(t);
  if (!b || b.pos !== 'verb' || !hasPos(t, 'adjective')) return;
  // Only a neuter "-t" ("nýtt", "breytt"; finite forms like "gerðu", "verður", "var" stay verbs),
  // and not after "hafa", "geta" or a copula earlier in the clause: then it is the supine with
  // its object ("hefur nýtt góða aðstöðu", "hefur til að mynda gert stóran samning").
  if (!t.lower.endsWith('t')) return;
  // (An adjective with no gloss of its own loses to its glossed verb: "og ómerkt þrenn ummæli"
  // is ómerkja, annul, the supine of an auxiliary further back.)
  if (!t.readings.some((r) => r.pos === 'adjective' && hasOwnGloss(r)) && t.readings.some((r) => r.pos === 'verb' && hasOwnGloss(r))) return;
  if (wordBefore(toks, i - 1, 5, (w) => HAFA_FORMS.has(w.lower) || COPULA.has(w.lower) || GETA_FORMS.has(w.lower))) return;
  // Before a noun ("og þekkt verk"), or another adjective and its noun ("nýtt íslenskt leikrit").
  const n = nextWord(toks, i);
  const isNoun = (w: WorkToken | undefined) => !!w && best(w)?.pos === 'noun' && !/^\p{Lu}/u.test(w.form);
  if (!n || n.readings.length === 0) return;
  if (!isNoun(n) && !(n.readings.every((r) => r.pos === 'adjective') && isNoun(nextWord(toks, i + 1)))) return;
  boost(t, (r) => r.pos === 'adjective', 1.5, 'participle-adjective before its noun');
}

/**
 * An adjective/verb homograph right after a supine and before a noun is the adjective: "hafi ekki
 * fengið nægt fjármagn" (enough money), not a second supine (nægja).
 */
export function applyAdjectiveAfterSupine(toks: WorkToken[], i: number): void {
  const t = toks[i];
  // (Any adjective form: "hafa myndast langar biðraðir", not langa = want; but not an
  // infinitive after a modal's supine: "hefur getað keypt".)
  if (best(t)?.pos !== 'verb' || !hasPos(t, 'adjective') || t.readings.some((r) => isInfinitiveReading(t.lower, r.lemma, r.pos))) return;
  const p = prevWord(toks, i);
  // (After the passive "verið"/"orðið" comes a participle: "hafði verið veitt eftirför".)
  if (!p || best(p)?.pos !== 'verb' || !/(?:ið|að|t|ð)$/u.test(p.lower) || p.lower === 'verið' || p.lower === 'orðið') return;
  // (After "hafa" or "geta", which also takes a supine: "geta tekið upplýsta ákvörðun".)
  const perfect = wordBefore(toks, i - 2, 3, (w) => HAFA_FORMS.has(w.lower) || GETA_FORMS.has(w.lower));
  const n = nextWord(toks, i);
  // (Only to an adjective with a gloss of its own: the verb's gloss is better than none.)
  if (!perfect || !n || best(n)?.pos !== 'noun' || !t.readings.some((r) => r.pos === 'adjective' && hasOwnGloss(r))) return;
  boost(t, (r) => r.pos === 'adjective' && hasOwnGloss(r), 1.5, 'adjective after a supine, before its noun');
}

/** Accusative subjects of the impersonal "langa" (want): "mig langar", "langar hana". */
const LANGA_SUBJECTS = new Set('mig þig hann hana það okkur ykkur þá þær þau marga suma alla fólk flesta engan neinn'.split(' '));

/**
 * "langar" before a noun is the adjective langur ("langar biðraðir" = long queues) unless an
 * accusative subject of the impersonal "langa" (want) stands next to it ("mig langar", "langar
 * hana í …").
 */
export function applyLangarAdjective(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'langar' || !t.readings.some((r) => r.lemma === 'langur' && r.pos === 'adjective')) return;
  const p = prevWord(toks, i);
  const n = nextWord(toks, i);
  if (!n || n.sentence !== t.sentence || !hasPos(n, 'noun') || LANGA_SUBJECTS.has(n.lower)) return;
  if (p && p.sentence === t.sentence && LANGA_SUBJECTS.has(p.lower)) return;
  boost(t, (r) => r.lemma === 'langur' && r.pos === 'adjective', 2, '"langar" before a noun, with no subject of "langa" (want) beside it');
}
