/**
 * "að" = "that" (a conjunction opening a clause: "segir að málið sé viðkvæmt") rather than the
 * preposition "to/at" or the infinitive marker. The preposition governs the dative ("að
 * húsinu", "að honum"), so "að" before a nominative or accusative subject — a subject pronoun,
 * or a noun with a nominative/accusative article ending ("málið", "herinn") — opens a clause.
 * So does "að" after a verb of saying, thinking or wanting ("telur að …", "vildi ekki að …").
 * An infinitive after "að" still makes it the infinitive marker (`markInfinitiveAd` runs later).
 */
import { best, boost, hasPos, nextWord, prevWord, type WorkToken } from '../context.ts';
import { isInfinitiveReading, verdaAfterFrontedInfinitive } from './infinitive.ts';

/** Pronoun forms that are nominative or accusative only, never dative. */
const SUBJECT_FORMS = new Set('ég þú hann hún það við þið þeir þær þau enginn engin ekkert einhver eitthvað allir allar öll allt þetta þessi þessir þessar sá sú'.split(' '));
/** Nominative/accusative suffixed article endings (the dative ones are -inu, -inum, -inni, -unum). */
const NOM_ACC_DEFINITE = /(?:inn|ið|in|ina|nir|nar)$/u;
/** Verbs that take an "að" clause. */
const CLAUSE_VERBS = new Set(
  'segja telja halda vita vona óttast trúa heyra frétta tilkynna fullyrða staðfesta ákveða krefjast tryggja sjá skilja gruna efast sýna kvarta upplýsa viðurkenna neita játa muna gleyma vilja þýða hugsa reikna álykta sanna útiloka nefna gagnrýna harma ítreka árétta undirstrika áætla giska fyrirskipa'.split(' '),
);
/**
 * Words after which "að" opens a clause: "þannig að", "þó að", "sem að", a pronoun pointing
 * forward to the clause ("vegna þess að", "af því að"), "þrátt fyrir að", "sannfærður um að",
 * "bendir á að", "óánægja með að skólanum verði lokað". (An infinitive after "að" still wins:
 * "til þess að fara".)
 */
const CLAUSE_OPENERS_BEFORE = new Set('þannig svo þó þótt nema enda sem þess því fyrir um á sú efnis með'.split(' '));
/**
 * Nouns whose content an "að" clause gives: "dró þá ályktun að …", "Staðan er sú að …", "í þeirri
 * von að …". ("stefna" is left out: "stefna að" is also the verb aim at.)
 */
/** Nouns that take "að" as their preposition ("aðgengi að áfengi" = access to alcohol). */
const AD_NOUNS = new Set('aðgengi aðgangur aðild aðkoma aðdragandi aðför aðsókn ásókn aðlögun leit lykill undirbúningur'.split(' '));
const CLAUSE_NOUNS = new Set('ályktun staða skoðun niðurstaða ákvörðun krafa von tilfinning fullyrðing hugmynd ástæða staðreynd vísbending grunur ótti álit sannfæring'.split(' '));
/** Dative forms: "að" before them is the preposition ("að honum", "halda að sér höndum"). */
const DATIVE_FORMS = new Set('mér þér sér honum henni því þeim okkur ykkur hverju hverjum engu engum öllu öllum þessu þessum þessari þeirri hverri allri engri annarri sínum sinni mínum þínum'.split(' '));
/** Words that make a fixed adverbial with "að" ("að vísu", "að minnsta kosti", "að okkar mati"). */
const AD_PHRASE_NEXT = new Set('vísu minnsta sjálfsögðu lokum mestu nokkru öðru sögn mínu okkar hans hennar þeirra einhverju auki nýju ofan neðan utan innan'.split(' '));
/** Question words that open an embedded clause of their own. */
const WH_WORDS = new Set('hvernig hvar hvenær hvert hvaðan hvers vegna hví'.split(' '));
/** How far back a verb of saying may stand before its "að" ("segir í viðtali við blaðið að …"). */
const LOOK_BACK = 7;

export function applyComplementiserAd(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'að' || !hasPos(t, 'conjunction')) return;
  const n = nextWord(toks, i);
  if (!n) return;
  const nb = best(n);
  // "Búist er við að hlýni um helgina" (that it will get warmer): a finite verb and nothing else
  // right after "að" opens an impersonal clause.
  if (n.readings.length > 0 && n.readings.every((r) => r.pos === 'verb' && r.lemma !== n.lower) && /[iu]$/u.test(n.lower)) {
    boost(t, (r) => r.pos === 'conjunction', 2.5, '"að" before a finite verb with no subject (that)');
    return;
  }
  // "að vera", "að minnsta kosti", "að honum": an infinitive, a phrase or a dative is no clause
  // (unless the dative is the subject of a verb of feeling: "að honum líði vel"). An
  // infinitive/noun homograph before a finite verb is the clause's subject: "líklegt að kvika
  // safnist þar fyrir" (magma, not "to flutter").
  if (nb?.pos === 'verb' && nb.lemma === n.lower) {
    if (!hasPos(n, 'noun') || COMMON_INFINITIVES.has(n.lower) || !(finiteNext(toks, i + 1) || finiteAfterTimePhrase(toks, i + 1))) return;
    // An infinitive fronted before its modal is no subject: "að bæta þurfi kjör" (that pay must
    // be improved).
    if (FRONTED_INFINITIVE_MODALS.has(nextWord(toks, i + 1)?.lower ?? '')) return;
    // (Also before "verða" = must: "að horfa verði til lengri tíma".)
    if (toks[i + 2]?.raw.kind === 'word' && verdaAfterFrontedInfinitive(toks, i + 2)) {
      boost(n, (r) => isInfinitiveReading(n.lower, r.lemma, r.pos), 2.5, 'infinitive fronted before "verða" (must)');
      return;
    }
    boost(n, (r) => r.pos === 'noun', 2.5, 'subject noun after "að", before its finite verb');
  }
  // "svipuð að stærð." (similar in size): "að stærð"/"að lengd" ending its clause is the adverbial.
  if ((n.lower === 'stærð' || n.lower === 'lengd') && (!toks[i + 2] || toks[i + 2].raw.kind !== 'word' || toks[i + 2].sentence !== t.sentence)) return;
  const passive = impersonalPassiveAhead(toks, i);
  if ((DATIVE_FORMS.has(n.lower) && !dativeExperiencer(toks, i) && !passive) || AD_PHRASE_NEXT.has(n.lower)) return;
  // "játað aðild að málinu." (involvement in the case): a definite dative noun with no finite
  // verb after it is the preposition's object ("að málinu verði vísað frá" is a clause).
  if (DATIVE_ARTICLE.test(n.lower) && nb?.pos === 'noun' && !finiteNext(toks, i + 1) && !dativeExperiencer(toks, i)) return;
  // "að fundi loknum" (after the meeting): the preposition with an absolute dative.
  if (/^lok(?:num|inni|nu)$/u.test(nextWord(toks, i + 1)?.lower ?? '')) return;
  // "að svo stöddu" (for the time being); "að svo virðist" is a clause.
  if (n.lower === 'svo' && nextWord(toks, i + 1)?.lower === 'stöddu') return;
  const p = prevWord(toks, i);
  const pb = best(p);
  // "aukið aðgengi að áfengi muni leiða til …": after a noun that takes "að", the preposition,
  // though a finite verb follows its object. (Not before a pronoun subject or an infinitive.)
  if (pb?.pos === 'noun' && AD_NOUNS.has(pb.lemma) && nb?.pos === 'noun') return;
  const subjectNext = SUBJECT_FORMS.has(n.lower) || (NOM_ACC_DEFINITE.test(n.lower) && nb?.pos === 'noun');
  const clauseVerbBefore = !!pb && pb.pos === 'verb' && CLAUSE_VERBS.has(pb.lemma);
  // "vildi ekki að …": a clause verb, then a negation or adverb.
  const pp = p && (p.lower === 'ekki' || p.lower === 'einnig' || p.lower === 'líka') ? best(prevWord(toks, i - 1)) : undefined;
  const clauseVerbTwoBack = !!pp && pp.pos === 'verb' && CLAUSE_VERBS.has(pp.lemma);
  const clauseNounBefore = !!pb && pb.pos === 'noun' && CLAUSE_NOUNS.has(pb.lemma);
  // "svo alvarlegur að …" (so serious that).
  const soThat = !!pb && (pb.pos === 'adjective' || pb.pos === 'adverb') && prevWord(toks, i - 1)?.lower === 'svo';
  if (soThat || subjectNext || clauseVerbBefore || clauseVerbTwoBack || clauseNounBefore || (!!p && CLAUSE_OPENERS_BEFORE.has(p.lower)) || clauseVerbEarlier(toks, i) || afterPredicateAdjective(toks, i) || finiteVerbAfterSubject(toks, i) || coordinatedClause(toks, i) || dativeExperiencer(toks, i) || passive) {
    boost(t, (r) => r.pos === 'conjunction', 2.5, '"að" opening a clause (that)');
  }
}

/**
 * "… telja að vextir hafi dregið úr eftirspurn en að skortur á íbúðum haldi …": after "og"/"en"/
 * "eða", an "að" that repeats an earlier "að" clause of the sentence opens a clause too.
 */
function coordinatedClause(toks: WorkToken[], i: number): boolean {
  const p = prevWord(toks, i);
  if (!p || !/^(?:og|en|eða)$/u.test(p.lower)) return false;
  // A dative after it is the preposition's object ("… frá Sogni og að flugstöðinni").
  const n = nextWord(toks, i);
  if (!n || DATIVE_ARTICLE.test(n.lower) || DATIVE_FORMS.has(n.lower)) return false;
  // (Past infinitive markers: "telur að efnin hafi átt að fara … og að götuvirði þeirra nemi …".)
  for (let k = i - 2; k >= 0 && toks[k].sentence === toks[i].sentence; k--) {
    if (toks[k].lower !== 'að') continue;
    const pos = best(toks[k])?.pos;
    if (pos === 'conjunction') return true;
    if (pos !== 'infinitive-marker' && !infinitiveNext(toks, k)) return false;
  }
  return false;
}

const DATIVE_PRONOUNS = new Set('mér þér honum henni því okkur ykkur þeim sér'.split(' '));
/** Subjunctive modals and auxiliaries, which open no prepositional phrase's sequel. */
const SUBJUNCTIVE_AFTER_DATIVE = new Set('eigi ætti beri bæri þurfi þyrfti verði yrði megi mætti skuli hafi hefði sé væri'.split(' '));

/** The word token right after token `k` in its sentence. */
function wordAfter(toks: WorkToken[], k: number): WorkToken | undefined {
  const w = toks[k + 1];
  return w && w.raw.kind === 'word' && w.sentence === toks[k].sentence ? w : undefined;
}

/** Verbs whose subject is in the dative ("mér líður vel", "honum finnst", "þeim fjölgar"). */
const DATIVE_SUBJECT_VERBS = new Set('líða finnast þykja sýnast detta langa vanta líka leiðast batna versna fjölga fækka takast mistakast bera ljúka seinka'.split(' '));

/**
 * "að gestunum líði vel", "að honum hafi fundist": "að", a dative of one or two words, then a
 * finite form of a verb that takes a dative subject. The preposition "að" + a dative is not
 * followed by such a verb.
 */
function dativeExperiencer(toks: WorkToken[], i: number): boolean {
  // A subjunctive modal or auxiliary right after a dative pronoun: "að þeim eigi að ljúka" (that
  // they are to be finished), "að honum beri að greiða".
  if (DATIVE_PRONOUNS.has(toks[i + 1]?.lower ?? '') && SUBJUNCTIVE_AFTER_DATIVE.has(wordAfter(toks, i + 1)?.lower ?? '')) return true;
  for (let k = i + 2; k <= i + 3; k++) {
    const v = toks[k];
    if (!v || v.raw.kind !== 'word' || v.sentence !== toks[i].sentence) return false;
    const verb = v.readings.find((r) => r.pos === 'verb' && (DATIVE_SUBJECT_VERBS.has(r.lemma) || DATIVE_SUBJECT_VERBS.has(r.lemma + 'st')));
    // ("lokið" is also the passive "sé lokið" after a prepositional "að": "aðkomu að málinu sé lokið".)
    if (verb && verb.lemma !== v.lower && verb.lemma + 'st' !== v.lower && v.lower !== 'lokið') return true;
  }
  return false;
}

/** Subjunctive "verða" of an impersonal passive ("að skólanum verði lokað"). */
const PASSIVE_SUBJUNCTIVE = new Set(['verði', 'yrði']);

/**
 * "fyrirskipað að öllu fé á bæjunum verði fargað" (ordered that all the sheep be culled): "að", a
 * dative object of up to five words, then subjunctive "verði"/"yrði" and a supine. The
 * preposition "að" + a dative has no such passive after it.
 */
function impersonalPassiveAhead(toks: WorkToken[], i: number): boolean {
  for (let k = i + 2, words = 1; words <= 5; k++, words++) {
    const v = toks[k];
    if (!v || v.raw.kind !== 'word' || v.sentence !== toks[i].sentence || v.lower === 'að' || v.lower === 'og' || v.lower === 'en') return false;
    if (!PASSIVE_SUBJUNCTIVE.has(v.lower)) continue;
    const s = toks[k + 1];
    return !!s && s.raw.kind === 'word' && s.sentence === v.sentence && /(?:að|ið|ð|t)$/u.test(s.lower) && s.readings.some((r) => r.pos === 'verb');
  }
  return false;
}

/** Infinitives far commoner than their noun homographs ("að geta", "að gera", "að fá"). */
const COMMON_INFINITIVES = new Set('geta gera fá vera hafa fara koma taka segja eiga verða sjá halda leggja setja finna gefa'.split(' '));

/**
 * The word after token `k` is a finite verb: an auxiliary, or a middle-voice present ("safnist",
 * "myndast"), which no participle or supine ("tekið", "leigða") looks like.
 */
function finiteNext(toks: WorkToken[], k: number): boolean {
  const v = nextWord(toks, k);
  if (!v) return false;
  if (FINITE_FORMS.has(v.lower)) return true;
  const b = best(v);
  return !!b && b.pos === 'verb' && /(?:ist|ast)$/u.test(v.lower) && b.lemma !== v.lower && b.lemma + 'st' !== v.lower && !v.readings.some((r) => r.pos !== 'verb');
}

/** Modals after which an infinitive may stand first in its clause ("að bæta þurfi kjör"). */
const FRONTED_INFINITIVE_MODALS = new Set('þurfi þarf þyrfti megi má mætti skuli skal eigi ætti'.split(' '));

/** Month and season words of a time phrase between a subject and its verb ("velta í desember verði"). */
const TIME_NOUNS = new Set('janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember vetur sumar vor haust ár'.split(' '));

/** After token `k`: "í"/"á" + a time word, then a finite verb ("að velta í desember verði …"). */
function finiteAfterTimePhrase(toks: WorkToken[], k: number): boolean {
  const p = nextWord(toks, k);
  if (!p || (p.lower !== 'í' && p.lower !== 'á')) return false;
  const w = nextWord(toks, k + 1);
  return !!w && TIME_NOUNS.has(w.lower) && finiteNext(toks, k + 2);
}

/** Token `k` is followed by an infinitive (its "að" is, or will be marked, the infinitive marker). */
function infinitiveNext(toks: WorkToken[], k: number): boolean {
  const n = nextWord(toks, k);
  const b = best(n);
  return !!n && !!b && isInfinitiveReading(n.lower, b.lemma, b.pos);
}

const DATIVE_ARTICLE = /(?:inu|inum|unum|unni|inni|num)$/u;

/** Finite forms that show a clause ("að Google muni …", "að brot hafi …"). */
const FINITE_FORMS = new Set('er eru var voru sé séu væri væru hefur hafa hafi hafði hefði höfðu hefðu mun muni munu myndi myndu verður verði verða varð yrði gæti gætu geti getur geta skuli skal þurfi þarf þyrfti eigi ætti ættu megi mætti'.split(' '));

/**
 * "að" + a subject of one or two nominal words + a finite verb: "að Bretland gerðist aðili",
 * "að stjórnvöld stefni ekki", "að Google muni ekki", "að fólk heyri". The verb must be finite
 * (an auxiliary form, or a verb form that is not the infinitive), which a preposition's object
 * is not followed by.
 */
function finiteVerbAfterSubject(toks: WorkToken[], i: number): boolean {
  let k = i + 1;
  for (let words = 0; words < 3; words++, k++) {
    const w = toks[k];
    if (!w || w.raw.kind !== 'word' || w.sentence !== toks[i].sentence) return false;
    if (words > 0) {
      const b = best(w);
      if (FINITE_FORMS.has(w.lower)) return true;
      if (b?.pos === 'verb' && b.lemma !== w.lower && !w.readings.some((r) => r.pos === 'preposition' || r.pos === 'adverb')) return true;
    }
    // The subject: names, nouns, numerals, adjectives and determiners (not a dative pronoun or a
    // noun with a dative article: "aðkomu … að málinu sé").
    const nominal = /^\p{Lu}/u.test(w.form) || w.readings.some((r) => r.pos === 'noun' || r.pos === 'numeral' || r.pos === 'adjective' || r.pos === 'pronoun');
    if (!nominal || DATIVE_FORMS.has(w.lower) || AD_PHRASE_NEXT.has(w.lower) || DATIVE_ARTICLE.test(w.lower)) return false;
  }
  return false;
}

const DEGREE_BEFORE = new Set('mjög afar ansi frekar svo of alveg nokkuð ekki einfaldlega býsna'.split(' '));

/** Neuter predicate adjectives before an "að" clause ("Líklegt er að", "mjög sérkennilegt að"). */
function afterPredicateAdjective(toks: WorkToken[], i: number): boolean {
  const copula = (w: WorkToken | undefined) => !!w && /^(?:er|var|sé|væri|verður|yrði|þykir|þótti)$/u.test(w.lower);
  let p = prevWord(toks, i);
  let k = i - 1;
  // "Líklegt er að …", or the adjective after its copula ("Það er mjög sérkennilegt að …").
  if (copula(p)) {
    p = prevWord(toks, i - 1);
  } else {
    let c = prevWord(toks, k);
    while (c && DEGREE_BEFORE.has(c.lower)) c = prevWord(toks, --k);
    if (!copula(c)) return false;
  }
  if (!p || !/(?:t|ð)$/u.test(p.lower)) return false;
  // Adjectives only: a participle there takes "að" as its preposition ("unnið er að …", "stefnt
  // var að …").
  return best(p)?.pos === 'adjective' && !hasPos(p, 'verb');
}

/** A verb of saying or thinking a few words back in the same clause, with no other "að" between. */
function clauseVerbEarlier(toks: WorkToken[], i: number): boolean {
  for (let k = i - 1, seen = 0; k >= 0 && seen < LOOK_BACK; k--) {
    const w = toks[k];
    if (w.sentence !== toks[i].sentence) return false;
    if (w.raw.kind === 'punctuation') {
      if (w.raw.text === ',') continue;
      return false;
    }
    if (w.raw.kind !== 'word') continue;
    seen++;
    // "segir niðurstöðuna vonbrigði og að til skoðunar sé …": a second clause of the verb's.
    if (k === i - 1 && /^(?:og|en|eða)$/u.test(w.lower) && !DATIVE_ARTICLE.test(nextWord(toks, i)?.lower ?? '')) continue;
    const b = best(w);
    // Another clause starts between ("þegar kemur að", "sem talin er … að", "skilur ekki hvernig
    // stofnunin kemst að …").
    if (w.lower === 'að' || b?.pos === 'conjunction' || w.lower === 'sem' || WH_WORDS.has(w.lower)) return false;
    if (b?.pos === 'verb' && CLAUSE_VERBS.has(b.lemma)) return true;
    if (revealPhrase(toks, k)) return true;
  }
  return false;
}

/** Particles that with "koma", "leiða" or "taka" report a finding ("kom fram að", "leiddi í ljós að", "tek fram að"). */
const REVEAL_PARTICLES = new Set(['fram', 'ljós']);
const REVEAL_VERBS = new Set(['koma', 'leiða', 'taka']);
const REVEAL_GAP = new Set('þó einnig líka jafnframt þá nú það því ekki'.split(' '));

/**
 * "kom fram að …", "kemur fram í skýrslunni að …", "leiddi í ljós að …", "Í ljós kom að …": the
 * word at `k` is the particle right after koma/leiða, or koma right after the particle.
 */
function revealPhrase(toks: WorkToken[], k: number): boolean {
  const w = toks[k];
  const isVerb = (x: WorkToken | undefined) => { const b = best(x); return !!b && b.pos === 'verb' && REVEAL_VERBS.has(b.lemma); };
  if (REVEAL_PARTICLES.has(w.lower)) {
    let j = k;
    let p = prevWord(toks, j);
    // "tek þó fram að", "kom það fram að": an adverb or pronoun between verb and particle.
    if (p && REVEAL_GAP.has(p.lower)) p = prevWord(toks, --j);
    return isVerb(p) || (p?.lower === 'í' && isVerb(prevWord(toks, j - 1)));
  }
  return isVerb(w) && REVEAL_PARTICLES.has(prevWord(toks, k)?.lower ?? '');
}

/**
 * Right before "að" + a subject ("og vona að það …", "Þeir telja að málið …"), a noun/verb
 * homograph whose verb takes an "að" clause is that verb ("vona" = hope, not "vona" = of hopes).
 */
export function applyClauseVerbBeforeAd(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || best(t)?.pos === 'verb' || !t.readings.some((r) => r.pos === 'verb' && CLAUSE_VERBS.has(r.lemma))) return;
  const n = nextWord(toks, i);
  if (n?.lower !== 'að') return;
  const s = nextWord(toks, i + 1);
  if (!s || !(SUBJECT_FORMS.has(s.lower) || (NOM_ACC_DEFINITE.test(s.lower) && hasPos(s, 'noun')))) return;
  // After a preposition or a determiner the word is a noun ("þá von að …").
  const p = prevWord(toks, i);
  const pb = best(p);
  if (pb && (pb.pos === 'preposition' || pb.pos === 'pronoun' || pb.pos === 'adjective' || pb.pos === 'article')) return;
  boost(t, (r) => r.pos === 'verb' && CLAUSE_VERBS.has(r.lemma), 1.5, 'verb before an "að" clause');
}
