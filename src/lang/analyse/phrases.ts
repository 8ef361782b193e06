/**
 * Fixed phrases ("í gær", "þrátt fyrir", "meðal annars"): multi-word dictionary keys matched on
 * the word forms or the chosen lemmas of consecutive words in one sentence. Longest match wins.
 *
 * A phrase that opens with a verb ("lýsa yfir", "gera ráð fyrir") may have a short gap after the
 * verb: an object or subject pronoun, a name, a noun with its article, a clause adverb or
 * a passive auxiliary ("lýsti því yfir", "gerir hann ekki ráð fyrir", "kom það fram", "Gert er
 * ráð fyrir"). The gap's words are not part of the phrase.
 */
import type { WorkToken } from './context.ts';
import { isInfinitiveReading } from './rules/infinitive.ts';

export interface PhraseMatch {
  key: string;
  first: number;
  last: number;
  /** Indices of the phrase's own words (without a gap). */
  tokens: number[];
}

/** Prepositions a noun lemma may be spelt like ("á" = river, "ár" = rivers). */
const PREPOSITION_WORDS = new Set(['á', 'í', 'um', 'við', 'til', 'frá', 'af', 'úr', 'með']);

/** Words that may stand between a verb and the rest of its phrase. */
const GAP_WORDS = new Set(
  (
    'því það þessu þetta þeim honum henni hann hún hana þeir þær þau ég þú við þið sig sér mér okkur ykkur ' +
    'ekki líka einnig nú þó reyndar enn aldrei alltaf oft þegar jafnvel þá hins vegar meðal annars sjálfur sjálf þar hér ' +
    'mjög síst sífellt helst frekar nokkuð töluvert alls einkum sérstaklega langt áður nýlega nýverið loks loksins varla vart grannt náið vel fyrr strax fljótt hratt jafnframt illa áfram harðast mest verst ' +
    // Comparative adverbs of manner: "hefur farið hægar af stað en í fyrra".
    'hægar hraðar betur verr seinna ' +
    // Restricting adverbs: "byggist nær eingöngu á veiðum" (is based almost entirely on).
    'eingöngu einungis aðeins alfarið nær ' +
    // Adverbs of frequency: "sem það þarf sjaldan á að halda" (rarely needs).
    'sjaldan sjaldnast stundum yfirleitt oftast iðulega ávallt ætíð gjarnan ' +
    // Modals of impersonal constructions ("Búast má við …") and perfect auxiliaries ("brotist
    // hafi verið inn").
    // (Also after an infinitive: "svo flytja megi inn lyf", "hvort grípa þurfi til aðgerða".)
    'má mun megi hafi hefur hefði hafði þarf þurfi þyrfti ætti gæti geti ' +
    // A possessive before the phrase's noun: "hefur átt sinn þátt í".
    'sinn sína sitt sínum sinni sínu sínar sínir ' +
    // "the other(s)" as an object: "kennir hinum um" (blames the other), "kenna öðrum um".
    'hinum hinni hinu hina hinn hinir hinar öðrum ' +
    // "all" before an object or as one: "koma öllum gestum út" (get all the guests out).
    'öllum alla allar allt ' +
    // Impersonal passives put the auxiliary between: "Gert er ráð fyrir …", "Lýst var yfir …".
    'er var verður verði verið sé væri ' +
    // Predicative "first"/"last" with the subject: "kom fyrstur í mark".
    'fyrstur fyrst fyrstir fyrstar síðastur síðust síðastir síðastar'
  ).split(' '),
);
/** Time words after "í" that make a two-word adverbial in a gap ("sneri í dag við dómi"). */
/** Time words after "síðan í" (since): "síðan í september", "síðan í gær", "síðan í fyrra". */
const SINCE_TIMES = new Set('janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember vor sumar haust vetur gær fyrra fyrravor fyrrasumar fyrrahaust fyrravetur byrjun upphafi lok morgun'.split(' '));
const GAP_TIMES = new Set('gær dag morgun kvöld nótt fyrra fyrradag gærkvöldi gærmorgun'.split(' '));
/** Phrases that need an object after them ("á vegum ríkisins"; "þjónusta á vegum" is on roads). */
/** The adjectives of adverbials "að" + dative adjective that are complete in themselves ("að nýju" = anew). */
const AD_ADVERBIAL_ADJECTIVES = new Set('nýju fullu mestu öllu öðru miklu litlu nokkru einhverju hluta'.split(' '));
const FOLLOWED_BY_NOMINAL = new Set(['á vegum', 'í kjölfar', 'í tengslum við', 'af hálfu', 'í lok', 'í byrjun', 'um miðjan', 'í tilefni', 'í nágrenni', 'í grennd við', 'í þágu', 'á sviði']);
/** Genitive pronouns that make "til" a preposition ("varð til þess að"). */
const GENITIVE_OBJECTS = new Set(['þess', 'þeirra', 'hans', 'hennar', 'þessa', 'þessara']);
/** Subject pronouns that open a clause after "að" = that ("fram að hún ætti …"). */
const CLAUSE_SUBJECT_AFTER = new Set('ég þú hann hún það við þið þeir þær þau þetta þessi'.split(' '));
/** Nominative suffixed articles: a subject noun in the gap ("gerir ríkisstjórnin ráð fyrir"). */
const NOMINATIVE_DEFINITE = /(?:inn|in|ið|nir|nar)$/u;
/** Oblique suffixed articles: an object noun in the gap ("vísaði gagnrýninni á bug"). */
const OBLIQUE_DEFINITE = /(?:ina|inu|inum|inni|unni|una|num|unum|ana)$/u;
const MAX_GAP = 3;
/** Times and events: "eftir" before them is "after" ("haldinn eftir hádegi"). */
const AFTER_EVENT = new Set('hádegi áramót helgi mánaðamót páskar jól leikur fundur kosning klukka kvöld morgunn vika mánuður ár dagur lok miðnætti sumar vetur haust vor kvöldmatur hlé tónleikar'.split(' '));
/** Verb + particle phrases that give way to a particle phrase starting at the particle ("koma út" / "út úr"). */
const YIELDS_TO_PARTICLE_PHRASE = new Set(['koma út']);
/** Conjunction phrases that do not open a sentence. */
const NOT_SENTENCE_INITIAL = new Set(['þá er']);
/** Phrases whose words after the first match only as written: "synda á land" (ashore), not "á landinu". */
const AS_WRITTEN = new Set(['á land']);
/**
 * Phrases that follow a number or a number's noun: "skjálfti 4,2 að stærð" (of magnitude 4.2),
 * "20 metrar að lengd", not "… að stærð hússins skipti máli".
 */
const AFTER_NUMBER = new Set(['að stærð', 'að lengd', 'að flatarmáli']);
/**
 * Conjunction phrases (because) that are something else before an infinitive: "gaman af því að
 * elda" (of cooking), "fólst í því að kanna" (consisted in examining).
 */
const NOT_BEFORE_INFINITIVE = new Set(['af því að', 'því að', 'vegna þess að', 'koma að', 'standa að', 'vinna að', 'gæta að', 'langt að']);
/**
 * Phrases that hold only before an infinitive: "in order to" ("hvatt til þess að gíslum verði
 * sleppt" is "urged that") and the modal uses of verbs with "að" ("á að koma" = is to come; "á
 * að baki" is no modal).
 */
const ONLY_BEFORE_INFINITIVE = new Set(['til þess að', 'með því að', 'gera að', 'taka að', 'eiga að', 'eiga eftir að', 'verða að', 'fá að', 'hljóta að', 'kunna að', 'vera að', 'fara að']);

/** Conjunctions and adverbials of more than one word that win over a particle phrase before them. */
const CLAUSE_OPENERS = ['á meðan', 'á sama tíma og', 'í stað þess að', 'í ljósi þess að', 'á hinn bóginn'].map((k) => k.split(' '));

export class PhraseIndex {
  /** First word → phrases (as word lists), longest first. */
  private readonly byFirst = new Map<string, string[][]>();

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      const words = key.split(' ');
      if (words.length < 2 || words.some((w) => w.length === 0)) continue;
      let list = this.byFirst.get(words[0]);
      if (!list) this.byFirst.set(words[0], (list = []));
      list.push(words);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /**
   * Non-overlapping phrase matches, left to right. `lemmaOf` gives a token's chosen lemma,
   * `isVerb` whether its chosen reading is a verb, `altOf` another lemma it may match by (the
   * middle voice of a verb form in -st: "byggist" → byggjast, for "byggjast á").
   */
  match(
    toks: WorkToken[],
    lemmaOf: (t: WorkToken) => string | undefined,
    isVerb: (t: WorkToken) => boolean = () => false,
    altOf: (t: WorkToken) => string | undefined = () => undefined,
    otherVerbs: (t: WorkToken) => string[] = () => [],
  ): PhraseMatch[] {
    // (An adjective matches through its lemma only in a form that starts as the lemma does:
    // "að fyllstu varúðar" is no "að fullur" = in full.)
    // (Nor a noun through a lemma spelt like a preposition: "upp ána" (the river á) is no "upp á";
    // nor "sér" through its lemma "sig": "gáfu sér tíma" is no "gefa sig" = give way.)
    const keyOf = (t: WorkToken, word: string) =>
      t.lower === word ||
      (lemmaOf(t) === word && word !== 'sig' && !(t.readings[0]?.pos === 'adjective' && t.lower.slice(0, 2) !== word.slice(0, 2)) && !(t.readings[0]?.pos === 'noun' && PREPOSITION_WORDS.has(word))) ||
      altOf(t) === word;
    const nounOf = (t: WorkToken) => t.readings[0]?.pos === 'noun';
    const out: PhraseMatch[] = [];
    const taken = new Set<number>();
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.raw.kind !== 'word' || taken.has(i)) continue;
      const initial = t.sentenceInitial;
      // A middle-voice form matches its middle voice's phrases, not the active verb's ("mælist
      // með 22 prósenta fylgi" is no "mæla með" = recommend).
      const middle = altOf(t);
      const lemma = middle ? undefined : lemmaOf(t);
      const byForm = this.byFirst.get(t.lower);
      const byLemma = lemma !== undefined && lemma !== t.lower ? this.byFirst.get(lemma) : undefined;
      const byMiddle = middle !== undefined && middle !== t.lower ? this.byFirst.get(middle) : undefined;
      let others: string[] | undefined;
      if (!byForm && !byLemma && !byMiddle && (others = otherVerbs(t)).length === 0) continue;
      const firstKey = (x: WorkToken, w: string) => (x === t ? x.lower === w || (middle ? middle === w : lemma === w) : keyOf(x, w));
      let best: { words: string[]; tokens: number[]; exact?: boolean } | undefined;
      for (const list of [byForm, byLemma, byMiddle]) {
        for (const words of list ?? []) {
          // (Of two phrases as long, one written as the text has it wins: "undir lokin" over
          // "undir lok" for "undir lokin".)
          if (best && (words.length < best.words.length || (words.length === best.words.length && (best.exact || !words.every((w, k) => toks[i + k]?.lower === w))))) continue;
          const key = words.join(' ');
          // "Þá er Musk með …" (then/also … is): the conjunction "þá er" (when) never opens a sentence.
          if (initial && NOT_SENTENCE_INITIAL.has(key)) continue;
          // A phrase found through the lemma of a noun ("göngu" → ganga) is a verb phrase read
          // into a noun ("á göngu í Heiðmörk" is no "ganga í" = join): only the verb matches.
          if (t.lower !== words[0] && nounOf(t)) continue;
          let tokens = matchesAt(toks, i, 0, words, firstKey);
          if (!tokens && (lemma === words[0] || middle === words[0]) && isVerb(t)) tokens = matchWithGap(toks, i, words, firstKey);
          if (!tokens && lemma === words[0] && isVerb(t) && LONG_GAP.has(key)) tokens = matchLongGap(toks, i, words, firstKey);
          if (!tokens && AROUND_COPULA.has(key)) tokens = matchAroundCopula(toks, i, words, firstKey);
          if (!tokens || this.ruledOut(toks, i, words, tokens)) continue;
          if (!tokens.some((k) => taken.has(k))) best = { words, tokens, exact: tokens.every((k, j) => toks[k].lower === words[j]) };
        }
      }
      // A verb phrase through another close verb reading of the word ("bitni á": bíta/bitna →
      // "bitna á"), when the chosen reading makes none.
      // (Not for a word read as an adverb: "beint til neytenda" is "directly", not "beina til";
      // but a noun reading may give way: "loðnan skipti sköpum".)
      if (!best && t.readings[0]?.pos !== 'adverb') {
        for (const other of others ?? otherVerbs(t)) {
          const first = (x: WorkToken, w: string) => (x === t ? w === other : keyOf(x, w));
          for (const words of this.byFirst.get(other) ?? []) {
            if (best && words.length <= best.words.length) continue;
            const tokens = matchesAt(toks, i, 0, words, first) ?? matchWithGap(toks, i, words, first);
            if (tokens && !this.ruledOut(toks, i, words, tokens) && !tokens.some((k) => taken.has(k))) best = { words, tokens };
          }
        }
      }
      // A two-word phrase gives way to a longer one that starts at its last word: "koma að
      // vetri til" is "að vetri til" (in winter), not "koma að".
      if (best && best.words.length === 2 && isVerb(t) && this.longerAt(toks, best.tokens[1], keyOf)) best = undefined;
      // A particle phrase gives way to a conjunction starting at its last word: "fluttir út á
      // meðan slökkvistarf stóð yfir" is "á meðan" (while), not "út á".
      if (best && best.words.length === 2 && !isVerb(t) && CLAUSE_OPENERS.some((w) => matchesAt(toks, best!.tokens[1], 0, w, keyOf))) best = undefined;
      if (best) {
        const { tokens } = best;
        out.push({ key: best.words.join(' '), first: tokens[0], last: tokens[tokens.length - 1], tokens });
        for (const k of tokens) taken.add(k);
        // A contiguous match is skipped over; after a gapped one the gap's words are still free.
        if (tokens[tokens.length - 1] - tokens[0] === tokens.length - 1) i = tokens[tokens.length - 1];
      }
    }
    return out;
  }

  /** Whether the match of `words` at `tokens` (first word at token `i`) is ruled out by its context. */
  private ruledOut(toks: WorkToken[], i: number, words: string[], tokens: number[]): boolean {
    const key = words.join(' ');
    if (locativeAfter(toks, words, tokens) && this.has(words.slice(0, -1))) return true;
    if (placeAfter(toks, words, tokens)) return true;
    // "sem hefjast á í byrjun næsta mánaðar": a time adverbial after a final "í"/"á" is no
    // object of the phrase ("eiga í" = be engaged in).
    if (timeAfter(toks, words, tokens)) return true;
    const last = tokens[tokens.length - 1];
    if (NOT_BEFORE_INFINITIVE.has(key) && infinitiveAfter(toks, last)) return true;
    // "Það er langt að fara" (it is far to go) is no progressive "vera að".
    if (key === 'vera að' && tokens[1] - tokens[0] === 2 && toks[tokens[0] + 1].lower === 'langt') return true;
    // "féll niður stiga" (fell down the stairs) is no "falla niður" (be cancelled): "niður" has an
    // object.
    if (key === 'falla niður' && toks[last + 1]?.raw.kind === 'word' && toks[last + 1].sentence === toks[i].sentence && toks[last + 1].readings[0]?.pos === 'noun') return true;
    // "Tónleikarnir verða haldnir eftir áramót" (held after New Year) is no "halda eftir"
    // (withhold): a time or an event after "eftir".
    if (key === 'halda eftir' && AFTER_EVENT.has(toks[last + 1]?.readings[0]?.lemma ?? '')) return true;
    // So too "lokað fyrir jól" (closed before Christmas) is no "loka fyrir" (shut off).
    if (key === 'loka fyrir' && (AFTER_EVENT.has(toks[last + 1]?.readings[0]?.lemma ?? '') || toks[last + 1]?.raw.kind === 'number')) return true;
    // "komið út úr þessu" is "út úr" (out of), "komnir langt út fyrir" is "út fyrir": a verb's
    // particle gives way to a particle phrase starting at it (but "kom út í fyrra" = came out last
    // year: "í"/"á" after the particle mostly open a time or a place).
    if (YIELDS_TO_PARTICLE_PHRASE.has(key) && (this.byFirst.get(toks[last].lower) ?? []).some((w) => w.length === 2 && w[1] !== 'í' && w[1] !== 'á' && toks[last + 1]?.lower === w[1])) return true;
    // "Kennarar segja þó að …" (however say that): after a verb "þó" is an adverb, not "þó að"
    // (although).
    if (key === 'þó að' && chosenPosBefore(toks, i) === 'verb') return true;
    // "tillögu að nýju skipulagi" (a proposal for a new plan) is no "að nýju" (anew): an adverbial
    // "að" + adjective before a noun is the preposition with its noun phrase.
    // (Only adverbials complete in themselves, not "að loknum fundi" = after the meeting; and a
    // noun with no verb reading, in the adjective's number: "mun að óbreyttu leiða til".)
    if (words.length === 2 && words[0] === 'að' && AD_ADVERBIAL_ADJECTIVES.has(words[1]) && chosenPosAfter(toks, last) === 'noun') {
      const n = toks[last + 1];
      if (!n.readings.some((r) => r.pos === 'verb') && toks[last].lower.endsWith('um') === n.lower.endsWith('um')) return true;
    }
    // "óvissu sem sé um málið", "húsnæðinu, sem sé úr sér gengið": after a noun "sem sé" is
    // the relative and a subjunctive (which is), not "sem sé" (that is to say).
    if (key === 'sem sé' && antecedentBefore(toks, i)) return true;
    // "áhyggjur af því að …" (worried that): after a preposition "því" is its object; so too
    // "af því að" after a noun or adjective that takes "af" ("áhyggjur af því að", "stolt af því
    // að") is no "because".
    if (key === 'því að' && chosenPosBefore(toks, i) === 'preposition') return true;
    if (key === 'af því að' && (chosenPosBefore(toks, i) === 'noun' || chosenPosBefore(toks, i) === 'adjective')) return true;
    // "frá 1999 fram að hruni" (until the crash), but "Þar kemur fram að …" (it says that) and
    // "hélt því fram að …" (claimed that): before a clause "að" is the conjunction.
    if (key === 'fram að' && (toks[last].readings[0]?.pos !== 'preposition' || !nominalAfter(toks, last) || CLAUSE_SUBJECT_AFTER.has(toks[last + 1]?.lower ?? ''))) return true;
    // "hvort sameina eigi sveitarfélögin í eitt" (whether the towns should be merged): after an
    // infinitive "eiga" is the modal of an impersonal passive, no "eiga í" (be engaged in).
    if (words[0] === 'eiga' && words[1] !== 'að' && infinitiveBefore(toks, tokens[0])) return true;
    // So too a finite "verða" (must) after the infinitive it governs: "að horfa verði til lengri
    // tíma" (that one must look to), no "verða til" (come into being).
    if (words[0] === 'verða' && /^(?:verður|verði|yrði)$/u.test(toks[tokens[0]].lower) && infinitiveBefore(toks, tokens[0])) return true;
    // "hvort um tímabundna sveiflu sé að ræða" (whether it is a temporary swing): "um … að ræða",
    // no progressive "vera að".
    if (key === 'vera að' && toks[last + 1]?.lower === 'ræða' && toks.slice(Math.max(0, tokens[0] - 6), tokens[0]).some((w) => w.lower === 'um' && w.sentence === toks[i].sentence)) return true;
    // "unnið var á vettvangi" (at the scene), "vinnur á morgun": a final "á"/"í" that makes an
    // adverbial phrase with the next word belongs to it, not to the verb ("vinna á" = overcome).
    const after = toks[last + 1];
    if (words.length >= 2 && toks[tokens[0]].readings[0]?.pos === 'verb' && (toks[last].lower === 'á' || toks[last].lower === 'í') && after?.raw.kind === 'word' && after.sentence === toks[last].sentence) {
      const adverbial = [toks[last].lower, after.lower];
      if (this.has(adverbial) && !FOLLOWED_BY_NOMINAL.has(adverbial.join(' '))) return true;
    }
    // "verður til" (comes into being) but "varð til þess að" (caused), "verður til að draga úr",
    // "verður til staðar": a phrase or a genitive object starting at "til" takes it.
    // "væri alltaf til í að vinna" (would be up for), but "að vera til í langan tíma" (exist).
    if (key === 'vera til í' && toks[last + 1]?.lower !== 'að') return true;
    // "fyrirtæki sem ekki er til" (does not exist), but "er til sölu", "er til mikils að vinna".
    // (Nor "væru komin til valda", a participle in the gap: komast til valda.)
    if (key === 'vera til' && toks.slice(tokens[0] + 1, last).some((w) => w.readings[0]?.pos !== 'adverb')) return true;
    // "örfáar sekúndur voru eftir af leiknum" (were left), but "var eftir hádegi", "er eftir
    // Laxness", "var eftir að …": "eftir" with an object or a clause is the preposition.
    if (key === 'vera eftir' && (nominalAfter(toks, last) || toks[last + 1]?.lower === 'að' || toks.slice(tokens[0] + 1, last).some((w) => w.readings[0]?.pos !== 'adverb'))) return true;
    if (key === 'vera til' && (nominalAfter(toks, last) || (this.byFirst.get('til') ?? []).some((w) => matchesAt(toks, last, 0, w, (x, y) => x.lower === y)))) return true;
    if (key === 'verða til' && (GENITIVE_OBJECTS.has(toks[last + 1]?.lower ?? '') || (this.byFirst.get('til') ?? []).some((w) => matchesAt(toks, last, 0, w, (x, y) => x.lower === y)))) return true;
    // "kom til að fylgjast með" (came to watch) is "til að" = in order to.
    if (key === 'koma til' && toks[last + 1]?.lower === 'að' && infinitiveAfter(toks, last + 1)) return true;
    if (ONLY_BEFORE_INFINITIVE.has(key) && !infinitiveAfter(toks, last)) return true;
    // "spáir því að velta verði meiri", "valdið því að skipið bar af leið": after a verb that is
    // no auxiliary, "því" is its object and "að" opens its clause, not "because".
    if (key === 'því að' && verbObjectBefore(toks, tokens[0])) return true;
    // "fyrr en" is "until" after a negation ("ekki fyrr en í gær"); elsewhere "earlier than"
    // ("opna brekkurnar fyrr en áður").
    if (key === 'fyrr en' && !negationBefore(toks, tokens[0])) return true;
    // "allt annað eins og til dæmis" (something else, like …): "eins og" takes its "eins".
    if (key === 'annað eins' && toks[last + 1]?.lower === 'og') return true;
    // "ummæla sem hann lét falla á samfélagsmiðlum" (remarks he made): after "láta", "falla"
    // is its infinitive (make a remark), no "falla á" (fall to).
    if (key === 'falla á' && LATA_FORMS.has(toks[tokens[0] - 1]?.lower ?? '')) return true;
    // "Liðið var yfir í hálfleik" (led), but "var yfir meðallagi", "er yfir deildinni", "yfir
    // hundrað": a nominal after "yfir" is its object ("lengst af", "allan leikinn" are no objects).
    if (key === 'vera yfir' && nominalAfter(toks, last) && !YFIR_DURATION.has(toks[last + 1]?.lower ?? '')) return true;
    // "á móti í Reykjavík" is at a tournament (mót), not "against": a place follows.
    if (key === 'á móti' && /^(?:í|á)$/u.test(toks[last + 1]?.lower ?? '') && isCapitalisedWord(toks[last + 2])) return true;
    if (AS_WRITTEN.has(key) && tokens.some((k, j) => j > 0 && toks[k].lower !== words[j])) return true;
    // (Or ending its clause: "svipuð að stærð." = similar in size.)
    const clauseEnds = !toks[tokens[1] + 1] || toks[tokens[1] + 1].raw.kind === 'punctuation' || toks[tokens[1] + 1].sentence !== toks[i].sentence;
    if (AFTER_NUMBER.has(key) && !isAmount(toks[tokens[0] - 1]) && !isAmount(toks[tokens[0] - 2]) && !clauseEnds) return true;
    // "neyta hennar ekki heldur skila henni" (not … but return it): before a verb "ekki …
    // heldur" contrasts; "ekki heldur" (nor, either) ends its clause.
    if (key === 'ekki heldur' && chosenPosAfter(toks, last) === 'verb') return true;
    // "síðan í september" (since September): only before a time word; "og síðan í Reykjavík" is then.
    if (key === 'síðan í' && !SINCE_TIMES.has(toks[last + 1]?.lower ?? '')) return true;
    // (A definite last word needs none: "í nágrenninu" = nearby.)
    if (FOLLOWED_BY_NOMINAL.has(key) && toks[last].lower === words[words.length - 1] && !nominalAfter(toks, last)) return true;
    // "of snemmt sé að fagna" (too early to celebrate), "heimilt verði að veiða" (it will be
    // allowed to fish): after a predicate, "er að" is no progressive and "verði að" no "must".
    if ((key === 'vera að' || key === 'verða að') && predicateBefore(toks, tokens[0])) return true;
    // "reynt hafi verið að ráða" (it has been tried to hire): an impersonal passive, no
    // progressive, when a participle stands before the auxiliary.
    if (key === 'vera að' && toks[tokens[0]].lower === 'verið' && HAFA_BEFORE_VERIÐ.has(toks[tokens[0] - 1]?.lower ?? '') && predicateBefore(toks, tokens[0] - 1)) return true;
    return false;
  }

  /** Whether `words` make a phrase of their own. */
  private has(words: string[]): boolean {
    return (this.byFirst.get(words[0]) ?? []).some((w) => w.length === words.length && w.every((x, j) => x === words[j]));
  }

  /** A phrase of three or more words (or an adverbial in "að") matches from token `k`. */
  private longerAt(toks: WorkToken[], k: number, keyOf: (t: WorkToken, word: string) => boolean): boolean {
    // (Not an infinitive headword: "til að fylgjast með" keeps "til að"; but "að jafnaði" is an
    // adverbial even when "jafnaði" is read as a past tense.)
    const verbNext = infinitiveAfter(toks, k);
    // (Nor one that holds only before an infinitive when none follows: "mælir með því að fólk …".)
    return (this.byFirst.get(toks[k].lower) ?? []).some((words) => {
      // Two words only for an adverbial in "að" that no noun follows: "unnu að lokum" (finally),
      // but "vinna að nýju verkefni" (work on a new project); or a complex preposition before its
      // object: "hefði átt í þágu leikskóla" is "í þágu" (for the benefit of), not "eiga í".
      const adverbialAd = words.length === 2 && words[0] === 'að';
      const key = words.join(' ');
      const complexPreposition = FOLLOWED_BY_NOMINAL.has(key);
      if ((words.length < 3 && !adverbialAd && !complexPreposition) || (words[0] === 'að' && verbNext)) return false;
      if (complexPreposition) {
        const m = matchesAt(toks, k, 0, words, keyOf);
        return !!m && nominalAfter(toks, m[m.length - 1]);
      }
      const m = matchesAt(toks, k, 0, words, keyOf);
      if (!m || (ONLY_BEFORE_INFINITIVE.has(words.join(' ')) && !infinitiveAfter(toks, m[m.length - 1]))) return false;
      return !adverbialAd || chosenPosAfter(toks, m[m.length - 1]) !== 'noun';
    });
  }
}

/** The token indices of `words` matched from token `i` (word 0 at i, the rest after `gap` tokens). */
function matchesAt(toks: WorkToken[], i: number, gap: number, words: string[], keyOf: (t: WorkToken, word: string) => boolean): number[] | undefined {
  const tokens: number[] = [];
  for (let k = 0; k < words.length; k++) {
    const at = k === 0 ? i : i + gap + k;
    const t = toks[at];
    if (!t || t.raw.kind !== 'word' || t.sentence !== toks[i].sentence) return undefined;
    if (k > 0 && toks[at - 1].raw.end === t.raw.start) return undefined; // must be separated by space
    if (!keyOf(t, words[k])) return undefined;
    tokens.push(at);
  }
  return tokens;
}

/** Quantifiers that may stand before a verb phrase's noun in its gap. */
const GAP_QUANTIFIERS = new Set(['allur', 'enginn', 'nokkur', 'mikill', 'margur']);

/**
 * A verb phrase with up to `MAX_GAP` gap words after its verb. Adjectives may stand in the gap
 * right before the phrase's noun ("vann öruggan sigur", "taka endanlega ákvörðun").
 */
function matchWithGap(toks: WorkToken[], i: number, words: string[], keyOf: (t: WorkToken, word: string) => boolean): number[] | undefined {
  let attributive = false;
  let object = false;
  let extra = 0;
  for (let gap = 1; gap <= MAX_GAP + extra; gap++) {
    const w = toks[i + gap];
    if (!w || w.sentence !== toks[i].sentence) return undefined;
    // (A score may stand in the gap: "tapaði 2:0 fyrir Frökkum".)
    if (w.raw.kind === 'number') {
      const tokens = matchesAt(toks, i, gap, words, keyOf);
      if (tokens) return tokens;
      continue;
    }
    if (w.raw.kind !== 'word') return undefined;
    const after = toks[i + gap + 1];
    if (w.lower === 'í' && !extra && after?.raw.kind === 'word' && GAP_TIMES.has(after.lower)) {
      // A time adverbial of two words: "sneri í dag við dómi".
      gap++;
      extra = 1;
    } else if (isGapWord(w)) {
      // (Other gap words do not stand between an adjective and its noun.)
      if (attributive) return undefined;
    } else if (w.readings[0]?.pos === 'adjective' || (w.readings.some((r) => r.pos === 'adjective') && !w.readings.some((r) => r.pos === 'verb'))) attributive = true;
    // (Or a quantifier before it: "verst allra frétta" = declines all comment.)
    else if (w.readings[0]?.pos === 'pronoun' && GAP_QUANTIFIERS.has(w.readings[0].lemma)) attributive = true;
    // (An adjective before that noun belongs to it: "standa frekari vexti fyrir þrifum".)
    else if (!object && w.readings[0]?.pos === 'noun' && !/^\p{Lu}/u.test(w.form)) {
      object = true;
      attributive = false;
    }
    else return undefined;
    const tokens = matchesAt(toks, i, gap, words, keyOf);
    if (!tokens) continue;
    // "kom ekki því að hann var veikur": "því að" (because) is no gap + particle "að".
    if (words[1] === 'að' && (toks[tokens[1] - 1].lower === 'því' || toks[tokens[1] - 1].lower === 'þess')) return undefined;
    if (attributive && toks[tokens[1]].readings[0]?.pos !== 'noun') continue;
    // A bare noun object before a verb's particle only when the particle ends the clause ("vísa
    // sjúklingum frá."): before a noun it is a preposition ("vísa sjúklingum frá Akureyri").
    // (A phrase that ends in a noun needs no such check: "biður íbúa afsökunar á …".)
    // (A particle that is never a preposition may be followed by anything: "halda mælingum
    // áfram svo …".)
    const last = toks[tokens[1]].readings[0]?.pos;
    // (In a longer phrase only before its final noun: "boðað deiluaðila til fundar".)
    if (object && words.length > 2) {
      if (toks[tokens[tokens.length - 1]].readings[0]?.pos !== 'noun') continue;
      return tokens;
    }
    const preposition = toks[tokens[1]].readings.some((r) => r.pos === 'preposition');
    if (object && last !== 'noun' && last !== 'adjective' && preposition && !particleEndsClause(toks, tokens[1])) continue;
    return tokens;
  }
  return undefined;
}

/**
 * Verb phrases whose noun belongs to no other phrase, so that a whole subject may stand between
 * verb and noun: "Alls tóku rúmlega sextíu kórar frá tuttugu löndum þátt í keppninni".
 */
const LONG_GAP = new Set(['taka þátt', 'taka þátt í', 'gera ráð fyrir', 'greiða atkvæði', 'leggja áherslu á', 'vekja athygli á', 'bíða eftir', 'boða til fundar', 'fæla frá', 'koma illa']);
const LONG_GAP_MAX = 8;
/** Words that open another clause: a long gap does not reach across them. */
const LONG_GAP_STOP = new Set('og en eða sem að þegar ef því þó þótt enda hvort nema'.split(' '));

/** A LONG_GAP phrase with up to eight words between the verb and the rest: no verb, no clause opener, no punctuation. */
function matchLongGap(toks: WorkToken[], i: number, words: string[], keyOf: (t: WorkToken, word: string) => boolean): number[] | undefined {
  for (let gap = 1; gap <= LONG_GAP_MAX; gap++) {
    const w = toks[i + gap];
    if (!w || w.raw.kind === 'punctuation' || w.sentence !== toks[i].sentence) return undefined;
    // (Not across a clause opener: "kom heim seint og illa" is no "koma illa".)
    if (w.raw.kind === 'word' && LONG_GAP_STOP.has(w.lower)) return undefined;
    const tokens = matchesAt(toks, i, gap, words, keyOf);
    if (tokens) return tokens;
    if (w.raw.kind === 'word' && w.readings[0]?.pos === 'verb') return undefined;
  }
  return undefined;
}

/**
 * Phrases whose first word stands before the subject and the copula: "um algenga tegund væri
 * að ræða" (it was a common species), "hvort um tímabundna sveiflu sé að ræða".
 */
const AROUND_COPULA = new Set(['um að ræða']);
const AROUND_COPULA_MAX = 6;

/** An AROUND_COPULA phrase whose rest follows a form of "vera" up to six words later. */
function matchAroundCopula(toks: WorkToken[], i: number, words: string[], keyOf: (t: WorkToken, word: string) => boolean): number[] | undefined {
  for (let gap = 1; gap <= AROUND_COPULA_MAX; gap++) {
    const w = toks[i + gap];
    if (!w || w.raw.kind === 'punctuation' || w.sentence !== toks[i].sentence) return undefined;
    if (w.raw.kind === 'word' && LONG_GAP_STOP.has(w.lower)) return undefined;
    if (w.raw.kind === 'word' && w.readings[0]?.lemma === 'vera' && w.readings[0].pos === 'verb') return matchesAt(toks, i, gap, words, keyOf);
  }
  return undefined;
}

/** Token `k` ends its clause: punctuation, the end of the sentence or a conjunction follows. */
function particleEndsClause(toks: WorkToken[], k: number): boolean {
  const n = toks[k + 1];
  if (!n || n.sentence !== toks[k].sentence || n.raw.kind === 'punctuation') return true;
  return n.raw.kind === 'word' && CLAUSE_AFTER_PARTICLE.has(n.lower);
}

/** Words after a particle that end its clause: "og", "en", "eða", and subordinators ("koma öllum út áður en …"). */
const CLAUSE_AFTER_PARTICLE = new Set('og en eða áður þegar ef svo sem nema þótt enda'.split(' '));

/** Dative suffixed articles: a place after "á"/"í" ("á vellinum", "í borginni"). */
const DATIVE_DEFINITE = /(?:inum|inu|unni|inni|unum|num)$/u;

/**
 * A verb phrase ending in "á"/"í" followed by a place is the shorter phrase plus a location:
 * "Tökur fóru fram á Snæfellsnesi" (took place in …), not "fara fram á" (demand). A place is a
 * capitalised name or a noun with a dative article. (The caller asks this only when the shorter
 * phrase is one: "átti þátt í sigrinum" is "eiga þátt í", there is no "eiga þátt".)
 */
/** Place-name lemmas by their last element ("Norðurland", "Ísafjörður", "Húsavík", …). */
const PLACE_LEMMA = /(?:land|fjörður|firðir|vík|nes|dalur|eyjar|eyri|höfn|fell|heiði|strönd|sveit)$/u;

/**
 * A two-word verb phrase in "á"/"í" before a place name is the verb and a location: "snjórinn
 * falli á Norðurlandi" (falls in the north), not "falla á" (fall to, be charged to).
 */
function placeAfter(toks: WorkToken[], words: string[], tokens: number[]): boolean {
  const last = words[words.length - 1];
  if (words.length !== 2 || (last !== 'á' && last !== 'í')) return false;
  const n = toks[tokens[tokens.length - 1] + 1];
  if (!n || n.raw.kind !== 'word' || n.sentence !== toks[tokens[0]].sentence || n.sentenceInitial || !/^\p{Lu}/u.test(n.form)) return false;
  return n.readings.some((r) => PLACE_LEMMA.test(r.lemma.toLowerCase()));
}

function locativeAfter(toks: WorkToken[], words: string[], tokens: number[]): boolean {
  // ("vinna sigur á Fram" = defeat: the name is the opponent.)
  if (words.length < 3 || words[1] === 'sigur') return false;
  const last = words[words.length - 1];
  if (last !== 'á' && last !== 'í') return false;
  const n = toks[tokens[tokens.length - 1] + 1];
  if (!n || n.raw.kind !== 'word' || n.sentence !== toks[tokens[0]].sentence) return false;
  return (/^\p{Lu}/u.test(n.form) && !n.sentenceInitial) || (DATIVE_DEFINITE.test(n.lower) && n.readings.some((r) => r.pos === 'noun'));
}

/** Nouns that make a time adverbial after "í"/"á" ("í byrjun", "í lok", "á morgun"). */
const TIME_NOUNS = new Set('byrjun upphafi lok dag gær kvöld morgun nótt vor sumar haust vetur ár fyrra fyrradag gærkvöldi síðustu næstu'.split(' '));

/** A verb phrase ending in "í"/"á" followed by a time word: the preposition is the adverbial's. */
function timeAfter(toks: WorkToken[], words: string[], tokens: number[]): boolean {
  const last = words[words.length - 1];
  // (Verb phrases only: "fram á kvöld" = until the evening.)
  if (words.length !== 2 || (last !== 'á' && last !== 'í') || toks[tokens[0]].readings[0]?.pos !== 'verb') return false;
  const n = toks[tokens[tokens.length - 1] + 1];
  if (!n || n.raw.kind !== 'word' || n.sentence !== toks[tokens[0]].sentence) return false;
  // (Or a compound of a time noun: "réðust á lokasekúndunum" = was decided in the last seconds,
  // no "ráðast á" = attack.)
  const b = n.readings[0];
  return TIME_NOUNS.has(n.lower) || (b?.pos === 'noun' && b.lemma !== n.lower && TIME_HEAD.test(b.lemma) && b.lemma.length > 6);
}

/** Heads of compound time nouns ("lokasekúnda", "lokamínúta", "mánudagur", "sumarkvöld"). */
const TIME_HEAD = /(?:sekúnda|mínúta|klukkustund|dagur|vika|mánuður|kvöld|nótt|morgunn)$/u;

/** The word after token `k` is (read as) an infinitive. */
function infinitiveAfter(toks: WorkToken[], k: number): boolean {
  const n = toks[k + 1];
  const b = n?.readings[0];
  return !!n && n.raw.kind === 'word' && n.sentence === toks[k].sentence && !!b && isInfinitiveReading(n.lower, b.lemma, b.pos);
}

/** The chosen part of speech of the word right before token `i` in its sentence, if any. */
function chosenPosBefore(toks: WorkToken[], i: number): string | undefined {
  const p = toks[i - 1];
  return p && p.raw.kind === 'word' && p.sentence === toks[i].sentence ? p.readings[0]?.pos : undefined;
}

/** A noun, pronoun or name stands before token `i` (a comma between them allowed). */
function antecedentBefore(toks: WorkToken[], i: number): boolean {
  let k = i - 1;
  if (toks[k]?.raw.kind === 'punctuation' && toks[k].raw.text === ',') k--;
  const p = toks[k];
  const b = p?.readings[0];
  if (!p || p.raw.kind !== 'word' || p.sentence !== toks[i].sentence) return false;
  return !b || b.pos === 'noun' || b.pos === 'pronoun' || b.pos === 'proper-noun' || /^\p{Lu}/u.test(p.form);
}

/** The chosen part of speech of the word right after token `k` in its sentence, if any. */
function chosenPosAfter(toks: WorkToken[], k: number): string | undefined {
  const n = toks[k + 1];
  return n && n.raw.kind === 'word' && n.sentence === toks[k].sentence ? n.readings[0]?.pos : undefined;
}

const NEGATIONS = new Set(['ekki', 'aldrei', 'varla', 'engan', 'enginn', 'ekkert', 'né']);

/**
 * A negation up to seven words before token `k` in its sentence ("kom ekki heim fyrr en …",
 * "ekki sé von á úrbótum fyrr en eftir áramót").
 */
function negationBefore(toks: WorkToken[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 7 && toks[j].sentence === toks[k].sentence; j--) if (NEGATIONS.has(toks[j].lower)) return true;
  return false;
}

/** A capitalised word ("Reykjavík"). */
function isCapitalisedWord(t: WorkToken | undefined): boolean {
  return !!t && t.raw.kind === 'word' && /^\p{Lu}/u.test(t.form);
}

/** A number or a numeral ("4,2", "þrettán"). */
function isAmount(t: WorkToken | undefined): boolean {
  return !!t && (t.raw.kind === 'number' || t.readings[0]?.pos === 'numeral');
}

/** Verbs that take no dative "því" as their object (auxiliaries and the copula). */
const AUXILIARY_LEMMAS = new Set(['vera', 'verða', 'hafa', 'munu', 'skulu', 'geta', 'mega', 'eiga', 'þurfa', 'vilja']);

/** Subject pronouns between an inverted verb and its object ("lýsa þeir því að …"). */
const SUBJECT_PRONOUNS = new Set('ég þú hann hún það við þið þeir þær þau'.split(' '));

/**
 * Whether the word right before token `k` (or before its subject pronoun: "lýsa þeir því") is a
 * verb, no auxiliary, that may govern it.
 */
function verbObjectBefore(toks: WorkToken[], k: number): boolean {
  const q = toks[k - 1];
  const p = q && SUBJECT_PRONOUNS.has(q.lower) ? toks[k - 2] : q;
  const b = p?.raw.kind === 'word' && p.sentence === toks[k].sentence ? p.readings[0] : undefined;
  return !!b && b.pos === 'verb' && !AUXILIARY_LEMMAS.has(b.lemma);
}

/** The word after token `k` can start a noun phrase (a noun, adjective, pronoun, numeral or name). */
/** Whether the word before token `k` is an infinitive (its chosen reading a verb spelt as its lemma). */
function infinitiveBefore(toks: WorkToken[], k: number): boolean {
  const p = toks[k - 1];
  const b = p?.readings[0];
  return !!p && p.raw.kind === 'word' && p.sentence === toks[k].sentence && b?.pos === 'verb' && b.lemma === p.lower;
}

function nominalAfter(toks: WorkToken[], k: number): boolean {
  const n = toks[k + 1];
  if (!n || n.sentence !== toks[k].sentence) return false;
  if (n.raw.kind === 'number') return true;
  const b = n.readings[0];
  return n.raw.kind === 'word' && (!b || ['noun', 'proper-noun', 'adjective', 'pronoun', 'numeral', 'article'].includes(b.pos));
}

/** Forms of "láta" before an infinitive ("lét falla ummæli"). */
const LATA_FORMS = new Set(['láta', 'lætur', 'læt', 'létu', 'lét', 'látið', 'látin', 'léti', 'létum']);

/** Words of duration after "vera yfir" (led): "lengst af", "allan leikinn", "mestallan tímann". */
const YFIR_DURATION = new Set(['lengst', 'allan', 'mestallan', 'mest']);

/** Comparatives after which "væri að" + infinitive says what would be better ("nær væri að"). */
const PREFERENCE_COMPARATIVES = new Set(['nær', 'betra', 'réttara', 'eðlilegra', 'skynsamlegra']);

/** Auxiliaries between a participle and "verið": "reynt hafi verið að …". */
const HAFA_BEFORE_VERIÐ = new Set(['hafi', 'hefur', 'hefði', 'hafa', 'hafði']);

/** Finite forms in -t/-ð that are no participles ("hefur verið að", "varð að"). */
const HAFA_LIKE = new Set(['varð', 'hélt', 'fékk', 'stóð', 'bað', 'kvað', 'hét']);

/** Nouns of purpose whose "er að" + infinitive says what they are ("markmiðið er að afgreiða …"). */
const PURPOSE_NOUNS = new Set('markmið tilgangur ætlun hugmynd stefna hlutverk verkefni lausn vandi áætlun krafa tillaga ósk von draumur skref leið ráð'.split(' '));

/**
 * The word before token `k` is an adjective, a neuter adverb in "-t" ("snemmt", "erfitt") or a
 * noun of purpose ("markmiðið"): "er að" + infinitive after it is no progressive.
 */
function predicateBefore(toks: WorkToken[], k: number): boolean {
  const p = toks[k - 1];
  const b = p?.readings[0];
  // (Also a participle: "reynt verði að tryggja" = it will be attempted to ensure; and a
  // comparative of preference: "nær væri að nýta orkuna betur" = it would be better to.)
  if (p?.raw.kind === 'word' && PREFERENCE_COMPARATIVES.has(p.lower)) return true;
  // (And a "til" phrase: "til skoðunar sé að áfrýja" = an appeal is being considered; and
  // "Meðal aðgerða er að fresta" = among the measures is postponing.)
  if (p?.raw.kind === 'word' && b?.pos === 'noun' && (toks[k - 2]?.lower === 'til' || toks[k - 2]?.lower === 'meðal')) return true;
  const participle = b?.pos === 'verb' && b.lemma !== p!.lower && /(?:[tð]|ið|að)$/u.test(p!.lower) && !HAFA_LIKE.has(p!.lower);
  return !!p && p.raw.kind === 'word' && p.sentence === toks[k].sentence && !!b && (b.pos === 'adjective' || participle || (b.pos === 'adverb' && p.lower.endsWith('t')) || (b.pos === 'noun' && PURPOSE_NOUNS.has(b.lemma)));
}

function isGapWord(w: WorkToken): boolean {
  // ("við" only as the pronoun: "lenti við Landspítalann í Fossvogi" is no "lenda í".)
  if (w.lower === 'við' && w.readings[0]?.pos !== 'pronoun') return false;
  if (GAP_WORDS.has(w.lower)) return true;
  // A manner adverb in "-lega" read as the adverb: "tapaði naumlega fyrir", "tók endanlega við".
  if (w.lower.endsWith('lega') && w.readings[0]?.pos === 'adverb') return true;
  if (/^\p{Lu}/u.test(w.form) && !w.sentenceInitial) return true; // a name
  // A numeral as the subject: "Alls sóttu fjórtán um stöðuna".
  if (w.readings[0]?.pos === 'numeral') return true;
  // A noun with its article: a subject ("gerir ríkisstjórnin ráð fyrir") or an object ("vísaði
  // gagnrýninni á bug", "tók málið upp").
  if (NOMINATIVE_DEFINITE.test(w.lower) && w.readings.length > 0 && w.readings.every((r) => r.pos === 'noun')) return true;
  // (The chosen reading: "gagnrýninni" is also a form of the adjective gagnrýninn.)
  return OBLIQUE_DEFINITE.test(w.lower) && w.readings[0]?.pos === 'noun';
}
