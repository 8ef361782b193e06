/**
 * Agreement and word-order rules that follow from Icelandic inflection:
 *
 * - Every 1st person plural verb form ends in -um (present and past, indicative and subjunctive:
 *   "förum", "fórum", "séum", "erum"; middle voice -umst). Such a form is only a verb when its
 *   subject "við"/"vér" stands next to it; otherwise an -um form is a dative plural noun or
 *   adjective ("hjá öllum flokkum", "samkvæmt lögum").
 * - A supine or past participle needs an auxiliary (hafa, vera, verða, fá) before it in the
 *   clause; without one a form like "metið"/"liðið" is the noun with its suffixed article.
 * - After the relative "sem" (as subject) comes the finite verb ("sem á sæti", "sem dæmdu").
 */
import { best, boost, hasPos, NOMINAL, onlyPos, prevWord, type WorkToken } from '../context.ts';
import { GETA_FORMS, HAFA_FORMS } from './auxiliary.ts';
import { MODAL_FORMS } from './infinitive.ts';

const WE = new Set(['við', 'vér']);

/** Words that may stand between a subject and its verb, or "sem" and its verb. */
export const CLAUSE_ADVERBS = new Set(
  'ekki einnig þó aldrei líka nú reyndar jafnvel alltaf oft enn bara þá sjálfir sjálf sjálfur öll allir ennþá nú þegar eflaust kannski hugsanlega'.split(' '),
);

/** Forms of vera, verða and fá that take a past participle or supine. */
export const PARTICIPLE_AUX = new Set(
  (
    'er eru var voru sé séu væri væru verið vera verður verða varð urðu verði yrði yrðu orðið ' +
    'fær fá fékk fengu fengið get getur geta getum getið gat gátu geti gæti gætu getað'
  ).split(' '),
);

/** Whether the form ends like a 1st person plural verb. */
export function isFirstPluralShape(lower: string): boolean {
  return /(?:um|umst)$/.test(lower);
}

function wordAt(toks: WorkToken[], i: number, k: number): WorkToken | undefined {
  const t = toks[k];
  return t && t.raw.kind === 'word' && t.sentence === toks[i].sentence ? t : undefined;
}

/** Words after which a new clause (and so a subject) starts. */
const CLAUSE_OPENERS = new Set('og en að sem ef þegar því þótt þó enda eða hvort meðan nema uns svo þá nú hér þar þannig'.split(' '));

/** Whether token `k` starts a clause: sentence start, after punctuation or a clause opener. */
function opensClause(toks: WorkToken[], k: number): boolean {
  const t = toks[k];
  const p = toks[k - 1];
  return t.sentenceInitial || !p || p.sentence !== t.sentence || p.raw.kind !== 'word' || CLAUSE_OPENERS.has(p.lower);
}

/**
 * Whether a "við"/"vér" subject goes with the -um form at `i`: right after it (inverted order),
 * right before it at the start of a clause, or a few words before it with an adverb, a name or
 * an apposition between.
 */
export function hasWeSubject(toks: WorkToken[], i: number): boolean {
  if (WE.has(wordAt(toks, i, i + 1)?.lower ?? '')) return true; // inverted: "förum við"
  // "við förum": "við" opens the clause; after a noun or verb it is the preposition ("bann við
  // mismunum", "bregðast við breytingum").
  if (WE.has(wordAt(toks, i, i - 1)?.lower ?? '') && opensClause(toks, i - 1)) return true;
  const p = wordAt(toks, i, i - 1);
  if (p && CLAUSE_ADVERBS.has(p.lower) && WE.has(wordAt(toks, i, i - 2)?.lower ?? '')) return true;
  // "við þingmenn sem erum", "við Leifur finnum", "við í nefndinni fórum": a few words back.
  for (let k = i - 2; k >= i - 4; k--) {
    const w = wordAt(toks, i, k);
    if (!w) break;
    // (Not a "við" right after a verb: the particle of "rætt var við", "tók við".)
    const before = wordAt(toks, i, k - 1);
    if (WE.has(w.lower) && (k === 0 || toks[k].sentenceInitial || (!hasPos(before, 'preposition') && !(best(before)?.pos === 'verb' && !isFirstPluralShape(before!.lower))))) return true;
  }
  return false;
}

/**
 * Auxiliaries and the commonest verbs: their 1st person plural forms ("vorum", "höfum", "getum")
 * are common even when the subject "við" is left out in a coordinated clause ("… og vorum að").
 */
export const FREQUENT_VERBS = new Set('vera hafa geta munu skulu vilja þurfa eiga verða mega fá fara koma'.split(' '));

/** -um forms: the verb reading only with a "við" subject next to it. */
export function applyFirstPluralAgreement(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!isFirstPluralShape(t.lower) || t.readings.length < 2 || !hasPos(t, 'verb')) return;
  if (t.readings.some((r) => r.pos === 'verb' && FREQUENT_VERBS.has(r.lemma))) return;
  if (!t.readings.some((r) => NOMINAL.includes(r.pos))) return;
  if (hasWeSubject(toks, i)) {
    boost(t, (r) => r.pos === 'verb', 1, '1st person plural verb next to "við"');
  } else if (t.sentenceInitial && isHortativeFollower(toks, i)) {
    // "Horfum til framtíðar", "Förum heim": a sentence that opens with a 1st person plural verb
    // is an exhortation ("let us …"); a bare dative plural noun does not start a sentence before
    // a preposition or an adverb.
    boost(t, (r) => r.pos === 'verb', 1.5, 'sentence-initial "-um" verb before a preposition/adverb ("let us …")');
  } else {
    boost(t, (r) => NOMINAL.includes(r.pos), 1.5, '-um form without a "við" subject is a nominal (dative)');
  }
}

/** The next word is (so far) best read as a preposition or an adverb: "til", "á", "heim", "saman". */
function isHortativeFollower(toks: WorkToken[], i: number): boolean {
  const pos = best(wordAt(toks, i, i + 1))?.pos;
  return pos === 'preposition' || pos === 'adverb';
}

/** Whether a word that can take a participle or supine stands in the 3 words before `i`. */
function hasAuxiliaryBefore(toks: WorkToken[], i: number): boolean {
  for (let k = i - 1; k >= i - 4; k--) {
    const w = wordAt(toks, i, k);
    if (!w) return false;
    if (HAFA_FORMS.has(w.lower) || PARTICIPLE_AUX.has(w.lower)) return true;
    // (Not across the "að" that opens a clause: "… er að sveitarfélög fái styrki".)
    if (w.lower === 'að' && k + 1 < i && best(wordAt(toks, i, k + 1))?.pos === 'noun') return false;
  }
  return false;
}

/**
 * A passive's vera/verða 5–7 words back, past its dative subject and a comparison, with no other
 * verb or clause between ("er fólki eldra en sextugt boðið það" = offered).
 */
function hasDistantPassiveAux(toks: WorkToken[], i: number): boolean {
  for (let k = i - 5; k >= i - 7; k--) {
    const w = wordAt(toks, i, k);
    if (!w) return false;
    if (PASSIVE_AUX.has(w.lower)) return onlyNominalBetween(toks, i, k);
  }
  return false;
}

/** Finite vera/verða (the passive's auxiliaries). */
const PASSIVE_AUX = new Set('er eru var voru sé séu væri væru verður verða verði varð urðu yrði'.split(' '));

/** Whether only nouns, adjectives, pronouns, numerals and a comparison's "en" stand between `k` and `i`. */
function onlyNominalBetween(toks: WorkToken[], i: number, k: number): boolean {
  for (let j = k + 1; j < i; j++) {
    const w = wordAt(toks, i, j);
    if (!w) return false;
    const pos = best(w)?.pos;
    if (w.lower === 'en' && /(?:ra|ri)$/u.test(wordAt(toks, i, j - 1)?.lower ?? '')) continue;
    if (pos !== 'noun' && pos !== 'adjective' && pos !== 'pronoun' && pos !== 'numeral') return false;
  }
  return true;
}

const CLAUSE_START = new Set(['og', 'en', 'eða', 'þá', 'svo']);

/** The suffixed definite article of a neuter singular noun ("metið", "liðið", "svarið"). */
const NEUTER_DEFINITE = /ið$/;

/**
 * "-ið" forms that are a noun with its article or a verb's supine/participle: without an auxiliary
 * before it, the noun ("bæta metið", "Ég þakka svarið").
 */
export function applyDefiniteNotSupine(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!NEUTER_DEFINITE.test(t.lower) || t.readings.length < 2) return;
  // (Only a noun whose "-ið" is its article: "reið" is the noun reið (ride) itself, or ríða's past.)
  if (!t.readings.some((r) => r.pos === 'noun' && r.lemma !== t.lower) || !hasPos(t, 'verb')) return;
  // Clause-initial "-ið" is also the 2nd person plural imperative ("Takið deigið", "Gripið fram í").
  if (t.sentenceInitial || /^\p{Lu}/u.test(t.form) || CLAUSE_START.has(prevWord(toks, i)?.lower ?? '')) return;
  if (hasAuxiliaryBefore(toks, i)) return;
  if (hasDistantPassiveAux(toks, i)) {
    boost(t, (r) => r.pos === 'verb', 1.5, '"-ið" a passive participle, its vera/verða further back');
    return;
  }
  // A participle before its auxiliary ("búið var að", "fallið verði frá").
  const n = wordAt(toks, i, i + 1);
  if (n && (PARTICIPLE_AUX.has(n.lower) || HAFA_FORMS.has(n.lower))) return;
  boost(t, (r) => r.pos === 'noun' && r.lemma !== t.lower, 1.5, '"-ið" without an auxiliary: noun with article');
}

/**
 * After the relative "sem" (optionally with an adverb between) the word is the finite verb of the
 * relative clause ("sem á sæti", "sem einnig á", "sem dæmdu").
 */
/** Finite auxiliary forms that show the word before them is a subject ("sem fólk hefur …"). */
const RELATIVE_FINITE = new Set('er eru var voru hefur hafa hafði höfðu hafi hefði mun munu myndi myndu getur geta gat gátu gæti verður verða varð urðu'.split(' '));

export function applyVerbAfterRelative(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'verb')) return;
  // A capitalised word after "sem" is its subject ("sem Rússar innlimuðu"), not the verb.
  if (/^\p{Lu}/u.test(t.form)) return;
  let pi = i - 1;
  let p = prevWord(toks, i);
  if (p && CLAUSE_ADVERBS.has(p.lower)) {
    p = prevWord(toks, i - 1);
    pi = i - 2;
  }
  if (!p || p.lower !== 'sem') return;
  // "sem" after a comparative ("eins og", "svo sem") is not the relative pronoun.
  const pp = prevWord(toks, pi);
  if (pp && (pp.lower === 'svo' || pp.lower === 'eins' || pp.lower === 'slíkt')) return;
  const b = best(t);
  if (!b || b.pos === 'verb' || b.pos === 'pronoun') return;
  // "sem besta norræna myndin" (as the best …): "sem" = as, before an adjective and its noun.
  const nb = best(wordAt(toks, i, i + 1));
  const nn = wordAt(toks, i, i + 2);
  if (hasPos(t, 'adjective') && nb?.pos === 'adjective' && !!nn && best(nn)?.pos === 'noun' && /(?:inn|in|ið|inu|inum|num|ins|nir|nar|una|ina|unni|innar)$/u.test(nn.lower)) return;
  // "sem flóð valda tjóni", "sem börn eiga": a noun right before a finite verb is the subject.
  const n = wordAt(toks, i, i + 1);
  if (n && hasPos(t, 'noun') && !/^\p{Lu}/u.test(n.form) && !n.readings.some((r) => r.pos === 'preposition' || r.pos === 'adverb' || r.pos === 'pronoun' || r.pos === 'conjunction')) {
    // (The next word read as a noun is no verb: "lausn sem aðstoðar lækna" = that assists doctors.)
    const plural = n.readings.some((r) => r.pos === 'verb' && r.lemma === n.lower) && best(n)?.pos === 'verb';
    if (plural || RELATIVE_FINITE.has(n.lower)) {
      boost(t, (r) => r.pos === 'noun', 1.5, 'subject after relative "sem", before its verb');
      if (plural) boost(n, (r) => r.pos === 'verb' && r.lemma === n.lower, 1.5, 'verb after the subject of a relative clause');
      return;
    }
  }
  // "þeim sem minnst hafa" (who have the least): an adverb before the relative's finite auxiliary
  // is no verb itself.
  if (n && RELATIVE_FINITE.has(n.lower) && (b.pos === 'adverb' || b.pos === 'adjective') && !hasPos(t, 'noun')) return;
  // Against a preposition that a following nominal has just boosted ("sem á húsið"), more weight.
  boost(t, (r) => r.pos === 'verb', b.pos === 'preposition' ? 3 : 1.5, 'finite verb after relative "sem"');
  // "sem einnig á sæti í nefndinni" (who also has a seat): "á" after "sem" with no finite verb in
  // the next three words is eiga; "sem á Íslandi er kallað" keeps the preposition.
  if (t.lower === 'á') {
    const finiteAt = (k: number) => {
      const w = wordAt(toks, i, i + k);
      return !!w && (RELATIVE_FINITE.has(w.lower) || onlyPos(w, 'verb'));
    };
    if (b.pos === 'preposition' && ![1, 2, 3].some(finiteAt)) boost(t, (r) => r.pos === 'verb' && r.lemma === 'eiga', 2, '"sem á" with no other verb after it = eiga');
    // (A place name or a dative with its article; "sem á húsið er farin" is eiga + its object.)
    else if (finiteAt(2) && !finiteAt(1) && /^\p{Lu}|(?:inu|inum|inni|unum)$/u.test(wordAt(toks, i, i + 1)!.form)) boost(t, (r) => r.pos === 'preposition', 1.5, '"sem á Íslandi er": the relative\'s verb comes after the object');
  }
}

/** Nominative personal pronouns that are never another case (not "það", "hann", "við"). */
const NOMINATIVE_ONLY = new Set(['ég', 'þú', 'hún', 'þeir', 'þær', 'þið']);

/**
 * Inverted word order: a word right before a nominative subject pronoun ("þá bið ég", "vilja
 * þeir", "Vitið þið") is the finite verb, not a homograph noun or adjective.
 */
export function applyVerbBeforeSubject(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'verb')) return;
  const n = wordAt(toks, i, i + 1);
  if (!n || !NOMINATIVE_ONLY.has(n.lower)) return;
  // "sé ég" (I see): vera's subjunctive "sé" follows its subject ("þótt ég sé").
  if (t.lower === 'sé' && n.lower === 'ég') {
    boost(t, (r) => r.lemma === 'sjá' && r.pos === 'verb', 3, '"sé ég" = I see');
    return;
  }
  // Prepositions and adverbs take pronouns too ("fyrir þær", "á hún"): only nouns and adjectives lose.
  if (t.readings.some((r) => r.pos === 'preposition' || r.pos === 'adverb' || r.pos === 'conjunction')) return;
  boost(t, (r) => r.pos === 'verb', 2, `finite verb before subject "${n.lower}"`);
}

/** Genitive definite endings that look nominative ("stjórnarandstöðunnar", "borgarinnar"). */
const GENITIVE_DEFINITE = /(?:unnar|innar)$/u;
/** Nominative definite endings of masculine and feminine nouns ("hundurinn", "konan", "bændurnir"). */
const NOMINATIVE_DEFINITE = /(?:urinn|inn|an|in|nir|nar)$/u;

/**
 * A noun/verb homograph right before a definite nominative noun, after a noun or at the start of
 * the clause, is the finite verb before its subject: "Að sögn vitna stökk hundurinn …" (jumped),
 * not the noun "stökk" (a jump). Two nominative nouns do not stand side by side.
 */
export function applyVerbBeforeDefiniteSubject(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'verb') || best(t)?.pos !== 'noun') return;
  if (t.readings.some((r) => r.pos === 'preposition' || r.pos === 'adverb' || r.pos === 'conjunction')) return;
  const n = wordAt(toks, i, i + 1);
  if (!n || /^\p{Lu}/u.test(n.form) || !NOMINATIVE_DEFINITE.test(n.lower) || GENITIVE_DEFINITE.test(n.lower) || !n.readings.length || !n.readings.every((r) => r.pos === 'noun')) return;
  const p = prevWord(toks, i);
  // Not inside a noun phrase ("þetta mikla stökk …", "í stökk …").
  if (p && !['noun', 'adverb', 'conjunction'].includes(best(p)?.pos ?? '')) return;
  boost(t, (r) => r.pos === 'verb', 1.5, `finite verb before the definite subject "${n.lower}"`);
}

/**
 * Subjects, "sem", and genitives that end a subject noun phrase ("geta hans nær ekki"), after
 * which the finite verb comes; other pronouns are determiners here.
 */
const SUBJECT_WORDS = new Set('ég þú hann hún það við þið þeir þær þau maður sem hans hennar þess þeirra mín þín sín okkar ykkar'.split(' '));

/** Sentence adverbs that stand right after the finite verb ("nær ekki", "rennur enn", "kemur aldrei"). */
const AFTER_FINITE = new Set(['ekki', 'enn', 'aldrei', 'alltaf', 'einnig']);

/**
 * The negation "ekki" (and "enn", "aldrei", "alltaf", "einnig") follows the finite verb ("nær
 * ekki", "vissi ekki", "rennur enn"): a noun or adjective homograph right before it is the verb.
 */
export function applyVerbBeforeNegation(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'verb')) return;
  const neg = wordAt(toks, i, i + 1)?.lower ?? '';
  if (!AFTER_FINITE.has(neg)) return;
  // A preposition takes no "ekki" as its object, so only pronoun or conjunction readings that
  // lead ("og ekki", "því ekki") keep the word.
  const tb = best(t);
  if (tb && (tb.pos === 'pronoun' || tb.pos === 'conjunction')) return;
  // After a preposition or determiner the word is a nominal.
  const p = prevWord(toks, i);
  const pb = best(p);
  if (pb && (pb.pos === 'preposition' || (pb.pos === 'pronoun' && !SUBJECT_WORDS.has(p!.lower)))) return;
  // After a copula the word is its predicate ("þurfi að vera þétt enn um sinn" = tight).
  if (p && /^(?:vera|verið|verða|orðið|er|eru|var|voru|sé|séu|væri|væru)$/u.test(p.lower)) return;
  boost(t, (r) => r.pos === 'verb', 1.5, `finite verb before "${neg}"`);
}

/** Sentence-initial adverbs after which the finite verb comes second ("Þá greinir Die Welt frá"). */
const V2_ADVERBS = new Set('þá nú þar hér síðan einnig loks þannig'.split(' '));
const V2_PREPOSITIONS = new Set('í á með eftir fyrir frá til við um af undir yfir'.split(' '));
/** Time words that make a sentence-initial phrase with "í"/"á" ("Í fyrra setti …", "Í gær var …"). */
const TIME_OBJECTS = new Set('fyrra gær dag morgun kvöld vor haust sumar vetur nótt'.split(' '));
/** Personal and reflexive pronoun forms (not "það"/"þau"/"við", which have other readings). */
const PERSONAL_PRONOUNS = new Set('ég mig mér þú þig þér hann hún hana honum henni okkur ykkur sig sér þeir þær þá þeim'.split(' '));
/** Endings of past-tense forms of weak verbs ("setti", "kallaði", "gerði", "sendi"). */
const PAST_SHAPE = /(?:aði|ði|ti|di|ddi|tti)$/u;

/**
 * Verb second: after a sentence-initial adverb ("Þá greinir …") or a sentence-initial preposition
 * with a one-word object ("Í maí undirrituðu stjórnvöld …", "Í Reykjavík setti hann …") comes the
 * finite verb, not a homograph noun or adjective. Forms in -a (mostly infinitives, and genitive
 * plurals after "í þágu", "í stað") are left alone.
 */
export function applyVerbSecond(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'verb') || /^\p{Lu}/u.test(t.form) || t.lower.endsWith('a')) return;
  // (Also when the verb leads only by a tie-break: later noun-phrase rules may still weigh in.)
  const b = best(t);
  if (!b || (b.pos === 'verb' && !t.readings.some((r) => r.pos !== 'verb' && r.score >= b.score - 0.05))) return;
  if (t.readings.some((r) => r.pos === 'preposition' || r.pos === 'adverb' || r.pos === 'conjunction' || r.pos === 'pronoun')) return;
  const p = wordAt(toks, i, i - 1);
  if (!p) return;
  let v2 = p.sentenceInitial && V2_ADVERBS.has(p.lower);
  if (!v2) {
    const pp = wordAt(toks, i, i - 2);
    const object = /^\p{Lu}/u.test(p.form) ? !p.sentenceInitial : (best(p)?.pos === 'noun' && !hasPos(p, 'verb')) || TIME_OBJECTS.has(p.lower);
    v2 = !!pp && pp.sentenceInitial && V2_PREPOSITIONS.has(pp.lower) && object;
  }
  // A past-tense verb after "og"/"en" before a name: the verb of a coordinated clause with its
  // subject after it ("… og setti SpaceX frekari takmarkanir").
  if (!v2 && (p.lower === 'og' || p.lower === 'en') && PAST_SHAPE.test(t.lower)) {
    const n = wordAt(toks, i, i + 1);
    if (n && /^\p{Lu}/u.test(n.form) && !n.sentenceInitial && !/(?:s|ar)$/u.test(n.lower)) {
      boost(t, (r) => r.pos === 'verb', 1.5, 'past-tense verb after "og"/"en", before its name subject');
      return;
    }
  }
  // … before a personal pronoun: a second verb, with its object or inverted subject ("dæmdi
  // hann … og sýknaði hann af …"); no adjective or noun stands before a bare personal pronoun.
  if (!v2 && (p.lower === 'og' || p.lower === 'en' || p.lower === 'eða') && PAST_SHAPE.test(t.lower)) {
    const n = wordAt(toks, i, i + 1);
    if (n && PERSONAL_PRONOUNS.has(n.lower) && !t.readings.some((r) => r.pos === 'noun')) {
      boost(t, (r) => r.pos === 'verb', 1.5, 'past-tense verb after "og"/"en"/"eða", before a personal pronoun');
      return;
    }
  }
  if (v2) boost(t, (r) => r.pos === 'verb', 1.5, 'finite verb second, after a sentence-initial adverb or prepositional phrase');
}

/** Supines after which another participle follows ("hefur verið skipuð", "hefur fengið greitt"). */
const PASSIVE_SUPINES = new Set(['verið', 'orðið', 'fengið']);

/** Frequent verbs that are not auxiliaries: their forms after a main verb are nouns ("gefur færi"). */
const MOTION_OR_OBJECT_VERBS = new Set(['fara', 'koma', 'fá', 'eiga']);

/** Frequent verbs whose next word is usually their object ("fékk hluta", "á hlut"). */
const TRANSITIVE_FREQUENT = new Set(['fá', 'eiga']);

/** Verbs whose forms take a bare infinitive without being modals ("segist hafa", "telur vera"). */
const INFINITIVE_TAKING_LEMMAS = new Set('segja telja kveða álíta þykja sjá heyra láta biðja virðast sýnast reynast ætla'.split(' '));

/**
 * A noun/verb homograph right after a main verb is that verb's object ("lagði hald á" = seizure,
 * not "hold"; "fékk hluta hagnaðarins"; "skoða hluti"): two verbs stand side by side only after
 * an auxiliary or a modal (infinitive, supine or participle), a middle-voice verb ("segist hafa")
 * or a verb that takes an infinitive ("telur vera").
 */
export function applyObjectAfterVerb(toks: WorkToken[], i: number): void {
  const t = toks[i];
  // (A conjunction does not follow a verb without a comma either: "tæki enda" = come to an end.)
  const tb = best(t)?.pos;
  if (t.readings.length < 2 || !hasPos(t, 'noun') || (tb !== 'verb' && tb !== 'conjunction')) return;
  if (t.readings.some((r) => r.pos === 'verb' && FREQUENT_VERBS.has(r.lemma) && !MOTION_OR_OBJECT_VERBS.has(r.lemma))) return;
  const p = wordAt(toks, i, i - 1);
  // The word before is a verb (its verb reading leads; a participle-adjective reading may exist).
  if (!p || best(p)?.pos !== 'verb' || p.readings.some((r) => r.pos !== 'verb' && r.pos !== 'adjective' && r.pos !== 'noun')) return;
  // ("fá" takes a participle too, "fékk greitt", but its next word is far more often its object.)
  const fa = p.readings.some((r) => r.lemma === 'fá');
  if (MODAL_FORMS.has(p.lower) || HAFA_FORMS.has(p.lower) || (PARTICIPLE_AUX.has(p.lower) && !fa) || p.lower.endsWith('st')) return;
  if (p.readings.some((r) => r.pos === 'verb' && (INFINITIVE_TAKING_LEMMAS.has(r.lemma) || (FREQUENT_VERBS.has(r.lemma) && !TRANSITIVE_FREQUENT.has(r.lemma))))) return;
  // With an auxiliary a few words back the verb reading may be its participle ("hefur hins vegar
  // gengið"), but not right after the infinitive marker ("verður óheimilt að nota síma"). "til að
  // mynda" (for example) is an adverbial, not an infinitive ("hefur til að mynda gert").
  const afterInfinitiveMarker = wordAt(toks, i, i - 2)?.lower === 'að' && !(p.lower === 'mynda' && wordAt(toks, i, i - 3)?.lower === 'til');
  // After "að" a word that is no infinitive is the clause's subject, not a verb ("að skipið bar
  // af leið": the ship drifted).
  if (afterInfinitiveMarker && !p.readings.some((r) => r.pos === 'verb' && r.lemma === p.lower) && p.readings.some((r) => r.pos === 'noun')) return;
  // Nor when the word before is itself the supine after the auxiliary ("hefur skipað nefnd",
  // "getur aukið hættu"):
  // two supines do not follow each other, except after the passive's "verið"/"orðið".
  const aux = wordAt(toks, i, i - 2)?.lower ?? '';
  // ("hefur fengið greitt" takes a participle, but "hafa fengið styrk" a noun: no participle
  // ends other than in -ð/-t/-d.)
  const fengidObject = p.lower === 'fengið' && !/(?:ð|t|d)$/u.test(t.lower);
  const supineBefore = (HAFA_FORMS.has(aux) || GETA_FORMS.has(aux)) && /(?:ð|t|d)$/u.test(p.lower) && (!PASSIVE_SUPINES.has(p.lower) || fengidObject) && p.readings.some((r) => r.pos === 'verb' && r.lemma !== p.lower);
  if (!afterInfinitiveMarker && !supineBefore && hasAuxiliaryBefore(toks, i - 1)) return;
  // A conjunction cannot end its clause either ("… tæki enda.").
  const weight = tb === 'conjunction' && !wordAt(toks, i, i + 1) ? 2.5 : 1.5;
  boost(t, (r) => r.pos === 'noun', weight, `object noun after the verb "${p.lower}"`);
}
