/**
 * The words around a token that can cue a sense (see `cueFirst`): the chosen lemmas and the
 * lower-case forms of the other words of its sentence and the sentence before (which often names
 * the topic: "Ný kvikmynd var frumsýnd. Myndin …"), up to `reach` (twenty) words either side and eight
 * back into the sentence before (a long passage may change the subject), and the heads of compounds ("Íslandsmeistara|titilinn" cues as
 * "titill" does). A word up to four words after a comparative, with no punctuation between, also
 * gets the cue "@comparative" ("eldri en sextíu": en = than, not but), and a word right after a
 * number the cue "@number" ("í tvo tíma" = for two hours), a word right after a noun, pronoun or
 * adjective (a comma may stand between) "@afternoun" ("farþegar sem" = passengers who), and a word
 * right before a place "@place" ("við Landeyjahöfn" = at, not with); "@next:" + the next word's
 * lemma ("@next:haust": "fyrir haustið" = before) and "@next2:" + the lemma two words on past a
 * determiner or adjective ("fyrir næsta haust"), "@prev:" + the word before's lemma ("@prev:munu":
 * "munu áfram gegna" = still), and "fyrir" before a length of time in the
 * dative "@ago" ("fyrir þremur vikum" = three weeks ago); a word in a sentence with a verb in the
 * past tense "@past" ("voru handteknir í nótt" = last night); a word right after a passive
 * participle "@passive" ("keyptur af" = bought by).
 */
import type { Analysis, AnalysedToken } from '../types.ts';
import { AFTER_INFINITIVE_CUE, AFTER_NOUN_CUE, AGO_CUE, BEFORE_NUMBER_CUE, BEFORE_PARTICIPLE_CUE, BEFORE_SUPERLATIVE_CUE, CLAUSE_END_CUE, COMPARATIVE_CUE, NEXT2_CUE, NEXT_CUE, NUMBER_CUE, PARTICIPLE_CUE, PASSIVE_CUE, PAST_CUE, PLACE_CUE, PLACE_NAME_CUE, PREV_CUE, TIME_COUNT_CUE, TIME_SPAN_CUE } from './formSenses.ts';

/** Comparative adverbs and adjectives whose lemma is their positive ("meiri" → mikill). */
const IRREGULAR_COMPARATIVES = new Set('betur verr síður fremur frekar meir meira minna lengur oftar fyrr seinna síðar framar fleira'.split(' '));
const COMPARATIVE_ENDING = /(?:ri|ra)$/u;
const COMPARATIVE_REACH = 6;

function isComparative(t: AnalysedToken): boolean {
  if (t.kind !== 'word') return false;
  const lower = t.text.toLowerCase();
  const c = t.candidates[t.chosen] ?? t.candidates[0];
  // ("annar" too: "annað móðurmál en íslensku" = other than.)
  if (c?.lemma === 'annar') return true;
  if (!c || (c.pos !== 'adjective' && c.pos !== 'adverb')) return false;
  // (Adverbs in "-ar" too: "hægar" of hægt; adjectives in "-ar" are plurals: "góðar".)
  return IRREGULAR_COMPARATIVES.has(lower) || ((COMPARATIVE_ENDING.test(lower) || (c.pos === 'adverb' && lower.endsWith('ar'))) && c.lemma !== lower);
}

/** Whether a number or a numeral stands right before token `i` ("tvo tíma", "3 tíma"). */
function afterNumber(analysis: Analysis, i: number): boolean {
  const p = analysis.tokens[i - 1];
  if (!p || p.sentence !== analysis.tokens[i].sentence) return false;
  if (p.kind === 'number') return true;
  const c = p.kind === 'word' ? (p.candidates[p.chosen] ?? p.candidates[0]) : undefined;
  return c?.pos === 'numeral';
}

const NOMINAL = new Set(['noun', 'pronoun', 'adjective']);

/** Whether a noun, pronoun or adjective (or a name) stands right before token `i`, or before a comma there. */
function afterNoun(analysis: Analysis, i: number): boolean {
  let p = analysis.tokens[i - 1];
  if (p?.kind === 'punctuation' && p.text === ',') p = analysis.tokens[i - 2];
  if (!p || p.sentence !== analysis.tokens[i].sentence || p.kind !== 'word') return false;
  const c = p.candidates[p.chosen] ?? p.candidates[0];
  // (A word the lemmatizer does not know is most likely a noun: "nýjan róbót sem".)
  return p.isName || !c || NOMINAL.has(c.pos);
}

/**
 * Places by their head: natural features, roads and harbours (a name's last part:
 * "Landeyja|höfn", "Mikla|braut"). Not towns and municipalities: "samningur við Reykjavíkurborg"
 * is with the city.
 */
const PLACE_HEADS = new Set(
  'höfn fjörður vík nes skagi laug eyja ey braut gata vegur stígur stræti torg borð jökull vatn strönd dalur fell fjall hlíð heiði foss lón tjörn ós hraun sandur landamæri bryggja flugvöllur höfði vogur fjara bakki'.split(' '),
);

/** Place heads long enough to recognise at the end of a compound glossed whole ("göngu|stígur"). */
const LONG_PLACE_HEADS = new Set([...PLACE_HEADS].filter((h) => h.length >= 5 || h === 'borð' || h === 'gata'));

/** Endings of place names ("Grindavík", "Ísafjörður", "Seltjarnarnes", "Vestmannaeyjar"). */
const PLACE_NAME_ENDING = /(?:höfn|fjörður|vík|nes|eyjar|eyri|dalur|fell|heiði|foss|hraun|vogur|bakki|strönd|sandur|hólmur|tangi|staðir|skagi|laugar)$/u;

/** Institutions where people work or study ("vísindamenn við Háskóla Íslands" = at). */
const INSTITUTION_HEADS = new Set('háskóli skóli menntaskóli spítali sjúkrahús landspítali stofnun deild rannsóknastofnun safn'.split(' '));
/** People who work or study at an institution: lemmas and lemma endings. */
const PERSON_LEMMAS = new Set('prófessor nemandi læknir lektor dósent rannsakandi doktorsnemi sérfræðingur starfsmaður kennari vísindamaður fræðimaður'.split(' '));
const PERSON_ENDING = /(?:maður|fræðingur|kennari|læknir|nemi)$/u;
/** Buildings beside an institution ("nýbygging við Sjúkrahúsið á Akureyri" = at). */
const BUILDING_LEMMAS = new Set('bygging nýbygging viðbygging hús húsnæði álma'.split(' '));

function headOf(t: Analysis['tokens'][number]): string | undefined {
  const c = t.candidates[t.chosen] ?? t.candidates[0];
  return t.parts?.length ? t.parts[t.parts.length - 1] : c?.lemma.toLowerCase();
}

/** Whether token `i + 1` is a place name ending in a place word ("Ísafirði", "Akureyri", "Suðurnesjum"). */
function beforePlaceName(analysis: Analysis, i: number): boolean {
  const n = analysis.tokens[i + 1];
  if (!n || n.sentence !== analysis.tokens[i].sentence || n.kind !== 'word') return false;
  const c = n.candidates[n.chosen] ?? n.candidates[0];
  const head = headOf(n);
  return !!head && (c?.pos === 'proper-noun' || n.isName) && PLACE_NAME_ENDING.test(head);
}

/**
 * Whether token `i + 1` is a place (see PLACE_HEADS), or an institution after a person who works
 * there ("prófessor við Háskóla Íslands" = at; but "samstarf við Háskóla Íslands" = with).
 */
function beforePlace(analysis: Analysis, i: number): boolean {
  const n = analysis.tokens[i + 1];
  if (!n || n.sentence !== analysis.tokens[i].sentence || n.kind !== 'word') return false;
  const c = n.candidates[n.chosen] ?? n.candidates[0];
  const head = headOf(n);
  if (!head || !(c?.pos === 'noun' || n.isName)) return false;
  if (PLACE_HEADS.has(head)) return true;
  // A common compound glossed whole whose head is a place word ("við göngustíg" = by a footpath).
  if (c?.pos === 'noun' && [...LONG_PLACE_HEADS].some((h) => head.length > h.length + 2 && head.endsWith(h))) return true;
  // A place name ending in a place word, glossed whole ("við Grindavík", "við Ísafjörð").
  if ((c?.pos === 'proper-noun' || n.isName) && PLACE_NAME_ENDING.test(head)) return true;
  const p = analysis.tokens[i - 1];
  if (!INSTITUTION_HEADS.has(head) || !p || p.kind !== 'word' || p.sentence !== n.sentence) return false;
  const pc = p.candidates[p.chosen] ?? p.candidates[0];
  const person = pc?.lemma.toLowerCase() ?? '';
  return pc?.pos === 'noun' && (PERSON_LEMMAS.has(person) || PERSON_ENDING.test(person) || BUILDING_LEMMAS.has(person));
}

/** Lengths of time in the dative, singular and plural ("fyrir viku", "fyrir tveimur árum"). */
const DATIVE_TIMES = new Set(
  'ári árum mánuði mánuðum viku vikum degi dögum klukkustund klukkustundum klukkutíma klukkutímum öld öldum áratug áratugum mínútu mínútum misseri misserum sólarhring sólarhringum'.split(' '),
);
/** Counting words between "fyrir" and its length of time ("fyrir nokkrum árum"). */
const TIME_COUNTS = new Set('nokkrum mörgum fáeinum fáum rúmum tæpum um örfáum allmörgum'.split(' '));

/**
 * Whether a word of `times` follows token `i` within `reach` tokens of its sentence, with only
 * numbers and words that `between` lets pass (counts, modifiers) before it.
 */
function timeAhead(analysis: Analysis, i: number, reach: number, times: ReadonlySet<string>, between: (lower: string, pos: string | undefined) => boolean): boolean {
  for (let k = i + 1; k <= i + reach; k++) {
    const t = analysis.tokens[k];
    if (!t || t.sentence !== analysis.tokens[i].sentence) return false;
    if (t.kind === 'number') continue;
    if (t.kind !== 'word') return false;
    const lower = t.text.toLowerCase();
    if (times.has(lower)) return true;
    if (!between(lower, (t.candidates[t.chosen] ?? t.candidates[0])?.pos)) return false;
  }
  return false;
}

/** Whether token `i` is "fyrir" before a length of time in the dative (ago). */
function beforeDativeTime(analysis: Analysis, i: number): boolean {
  return analysis.tokens[i].text.toLowerCase() === 'fyrir' && timeAhead(analysis, i, 3, DATIVE_TIMES, (lower, pos) => TIME_COUNTS.has(lower) || pos === 'numeral');
}

/** Lengths of time in the dative plural: "á fimm árum" (in five years), "á síðustu vikum". */
const DATIVE_PLURAL_TIMES = new Set(
  'árum árunum mánuðum mánuðunum vikum vikunum dögum klukkustundum klukkutímum öldum öldunum áratugum áratugunum mínútum mínútunum sólarhringum misserum tímabili tímabilinu'.split(' '),
);
const SPAN_MODIFIERS = new Set(['numeral', 'adjective', 'pronoun']);
const COUNTED_GENITIVES = new Set('ára mánaða vikna daga'.split(' '));

/** Whether token `i` is "á" before a length of time in the dative plural, maybe past a number or modifiers (in, over). */
function beforeTimeSpan(analysis: Analysis, i: number): boolean {
  // (Past a counted genitive too: "á fimm ára tímabili" = over a five-year period.)
  return analysis.tokens[i].text.toLowerCase() === 'á' && timeAhead(analysis, i, 4, DATIVE_PLURAL_TIMES, (lower, pos) => TIME_COUNTS.has(lower) || SPAN_MODIFIERS.has(pos ?? '') || COUNTED_GENITIVES.has(lower));
}

/** Lengths of time in the accusative after a count: "í þrjú ár" (for three years), "í tvær vikur". */
const ACCUSATIVE_TIMES = new Set('ár daga vikur mánuði klukkustundir klukkutíma tíma sólarhringa mínútur áratugi aldir vetur sumur misseri'.split(' '));
/** Counting words before such a length of time ("í nokkur ár", "í mörg ár"). */
const ACCUSATIVE_COUNTS = new Set('nokkur nokkra nokkrar mörg marga margar fáein fáeina fáeinar rúm rúma rúmar tæp tæpa tæpar'.split(' '));

/** Whether token `i` stands right before a count and a length of time in the accusative ("í þrjú ár" = for three years). */
function beforeTimeCount(analysis: Analysis, i: number): boolean {
  const n = analysis.tokens[i + 1];
  const t = analysis.tokens[i + 2];
  if (!n || !t || n.sentence !== analysis.tokens[i].sentence || t.sentence !== n.sentence || t.kind !== 'word') return false;
  // ("niður í tvo tíma" = down to two hours.)
  const p = analysis.tokens[i - 1];
  if (p?.kind === 'word' && /^(?:niður|upp)$/u.test(p.text.toLowerCase())) return false;
  const c = n.kind === 'word' ? (n.candidates[n.chosen] ?? n.candidates[0]) : undefined;
  const count = n.kind === 'number' || c?.pos === 'numeral' || ACCUSATIVE_COUNTS.has(n.text.toLowerCase());
  return count && ACCUSATIVE_TIMES.has(t.text.toLowerCase());
}

/** Past forms of the commonest verbs (others are known by their weak past ending). */
const PAST_FORMS = new Set('var voru varð urðu hafði höfðu fór fóru kom komu gerði gerðu sagði sögðu fékk fengu átti áttu gat gátu vildi vildu þurfti þurftu lést létust hófst hófust lauk komst komust fórst fórust sást sáust tók tóku hélt héldu fannst fundust'.split(' '));
// (Weak pasts, also in the middle voice: "gerðist", "reyndist".)
const WEAK_PAST = /(?:aði|uðu|ðist|ðust|ndist|ndust)$/u;

/**
 * A weak past in -ði/-di/-ti (-ðu/-du/-tu, middle -tist/-dist …) whose stem is not the verb's own:
 * "sótti" (sækja), "lenti" (lenda), "veiktist" (veikja), but not the present subjunctive "láti",
 * "geti", whose stem is the infinitive's.
 */
function dentalPast(lower: string, lemma: string): boolean {
  const m = /^(.+[ðdt])(?:i|u|ist|ust)$/u.exec(lower);
  if (!m) return false;
  const stem = lemma.replace(/j?a$/u, '').replace(/st$/u, '');
  return m[1] !== stem && m[1] !== lemma.replace(/a$/u, '');
}

/** Present forms of "hafa" that make a perfect with a supine. */
const PERFECT_AUX = new Set('hefur hafa hafi hef höfum hafið'.split(' '));

/** A supine: a verb form in -ð/-t/-að/-ið that is not its lemma ("kveikt", "fundið", "orðið"). */
function isSupine(t: Analysis['tokens'][number]): boolean {
  const c = t.candidates[t.chosen] ?? t.candidates[0];
  const lower = t.text.toLowerCase();
  return c?.pos === 'verb' && c.lemma !== lower && /(?:[ðt]|ið|að)$/u.test(lower);
}

/** The conditional of munu (would). */
const CONDITIONAL = new Set(['myndi', 'myndu', 'mundi', 'mundu']);
/** Words that open a clause of their own. */
const CLAUSE_OPENERS = new Set('sem og en eða þegar ef enda'.split(' '));

/**
 * Whether the clause of token `i` has a verb in the past tense ("voru handteknir í nótt"); with
 * verbs in its clause but none past, not ("hvassviðri sem gengur yfir í nótt" = tonight, though the
 * sentence began "Veðurstofan hefur gefið út …"); with no verb in its clause, the whole sentence.
 */
function pastSentence(analysis: Analysis, i: number): boolean {
  const inClause = pastIn(analysis, i, true);
  return inClause ?? pastIn(analysis, i, false) ?? false;
}

/** Past (true), verbs but none past (false), or no verb (undefined), in the clause or the sentence of token `i`. */
function pastIn(analysis: Analysis, i: number, clause: boolean): boolean | undefined {
  const s = analysis.tokens[i].sentence;
  let verbs = false;
  for (const step of [-1, 1]) {
    for (let k = i + step; k >= 0 && k < analysis.tokens.length && analysis.tokens[k].sentence === s; k += step) {
      const t = analysis.tokens[k];
      if (clause && (t.kind === 'punctuation' || (t.kind === 'word' && isClauseOpener(t)))) {
        // (The opener itself belongs to the clause after it.)
        break;
      }
      if (t.kind !== 'word') continue;
      const c = t.candidates[t.chosen] ?? t.candidates[0];
      if (c?.pos !== 'verb') continue;
      const lower = t.text.toLowerCase();
      // (The conditional "myndi" looks forward: "sagði að það myndi snjóa í nótt" = tonight.)
      if (CONDITIONAL.has(lower)) {
        verbs = true;
        continue;
      }
      if (PAST_FORMS.has(lower) || WEAK_PAST.test(lower) || dentalPast(lower, c.lemma)) return true;
      // A perfect: "hafi" + a supine ("kveikt hafi verið í … í nótt" = last night).
      if (PERFECT_AUX.has(lower) && [analysis.tokens[k - 1], analysis.tokens[k + 1]].some((w) => w?.kind === 'word' && w.sentence === s && isSupine(w))) return true;
      verbs = true;
    }
  }
  return verbs ? false : undefined;
}

function isClauseOpener(t: Analysis['tokens'][number]): boolean {
  const lower = t.text.toLowerCase();
  if (CLAUSE_OPENERS.has(lower)) return true;
  const c = t.candidates[t.chosen] ?? t.candidates[0];
  return lower === 'að' && c?.pos === 'conjunction';
}

/** Whether a comparative stands up to four words before token `i`, with only words between. */
function afterComparative(analysis: Analysis, i: number): boolean {
  const token = analysis.tokens[i];
  let words = 0;
  for (let k = i - 1; k >= 0 && words < COMPARATIVE_REACH; k--) {
    const t = analysis.tokens[k];
    if (t.sentence !== token.sentence) return false;
    if (t.kind !== 'word') return false;
    // ("Annar þeirra hlaut átta mánaða dóm en hinn sex": one … the other, not "other than".)
    // ("í fyrra" is last year, no comparative: "meistari í fyrra en endaði í þriðja sæti" = but.)
    const inFyrra = t.text.toLowerCase() === 'fyrra' && analysis.tokens[k - 1]?.text.toLowerCase() === 'í';
    if (isComparative(t) && !inFyrra) return !(t.candidates[t.chosen]?.lemma === 'annar' && /^hin/u.test(analysis.tokens[i + 1]?.text.toLowerCase() ?? ''));
    // (A comparative's own "en" stands between: "eldri en sextíu ára en hann …".)
    if (t.text.toLowerCase() === 'en') return false;
    words++;
  }
  return false;
}

/** Endings of a superlative adjective ("hlýjasti", "lengstu", "besta", "stærst"). */
const SUPERLATIVE_ENDING = /(?:st|sti|sta|stu|stan|stir|star|stum|stra|stri|stur)$/u;
/** Lemmas in "-stur" that are superlatives themselves; others keep "st" in the stem ("fastur": "slá því föstu"). */
const SUPERLATIVE_LEMMAS = new Set('næstur fyrstur síðastur ystur innstur efstur neðstur fremstur aftastur mestur flestur helstur verstur bestur minnstur'.split(' '));

/** Words that open a clause whose infinitive may stand before its modal. */
const FRONTING_OPENERS = new Set(['sem', 'þar', 'hvort', 'að', 'og', 'ef', 'þegar']);

/**
 * Whether token `i` follows an infinitive that a clause opener fronts ("að sameina eigi", "þar
 * sem rísa eiga"): the word is then the modal that governs it.
 */
function afterGovernedInfinitive(analysis: Analysis, i: number): boolean {
  const [p, pp] = [analysis.tokens[i - 1], analysis.tokens[i - 2]];
  const t = analysis.tokens[i];
  // (Or at the start of the sentence: "Gera verður ráð fyrir" = one must expect.)
  const sentenceStart = p?.kind === 'word' && p.sentence === t.sentence && (!pp || pp.sentence !== t.sentence) && /^(?:verður|verði|þarf|þurfti|má|mátti)$/u.test(t.text.toLowerCase());
  if (p?.kind !== 'word' || ((pp?.kind !== 'word' || p.sentence !== t.sentence || pp.sentence !== t.sentence) && !sentenceStart)) return false;
  const c = p.candidates[p.chosen] ?? p.candidates[0];
  const lower = p.text.toLowerCase();
  // (Not a supine or participle after an auxiliary's infinitive: "að geta tekið þátt".)
  return c?.pos === 'verb' && c.lemma === lower && lower.endsWith('a') && !GOVERNING_INFINITIVES.has(lower) &&
    !/(?:ið|að|inn|in|ð|t)$/u.test(t.text.toLowerCase()) && (sentenceStart || FRONTING_OPENERS.has(pp.text.toLowerCase()));
}

/** Infinitives of auxiliaries, which govern the verb after them rather than stand fronted before it. */
const GOVERNING_INFINITIVES = new Set(['geta', 'vilja', 'munu', 'skulu', 'mega', 'þurfa', 'eiga', 'ætla', 'fá', 'verða', 'hafa', 'vera']);

/** Forms of "vera" and "verða" that make a passive with a participle. */
const PASSIVE_AUX = new Set('er var eru voru verið sé séu væri væru verður verða varð urðu orðið verði verðum'.split(' '));

/**
 * Whether a passive participle stands right before token `i`, with its "vera"/"verða" up to three
 * words before it: "hefur verið keyptur af" (bought by), "var handtekinn af lögreglu".
 */
function afterPassiveParticiple(analysis: Analysis, i: number): boolean {
  const t = analysis.tokens[i];
  const p = analysis.tokens[i - 1];
  if (p?.kind !== 'word' || p.sentence !== t.sentence) return false;
  const c = p.candidates[p.chosen] ?? p.candidates[0];
  const lower = p.text.toLowerCase();
  if (!c || (c.pos !== 'verb' && c.pos !== 'adjective') || c.lemma === lower || NOT_AGENTIVE.has(c.lemma) || !/(?:[ðdt]ur|[ðdt]|[ðdt]ir|[ðdt]ar|inn|in|ið|nir|nar|[ðdt]a|[ðdt]u)$/u.test(lower)) return false;
  // The doer follows: a noun, pronoun, adjective, numeral or name ("af lögreglu", "af New York
  // Knicks"), not a particle's next word ("blásið af á sunnudag" = called off) nor "því".
  const n = analysis.tokens[i + 1];
  const nc = n?.kind === 'word' && n.sentence === t.sentence ? (n.candidates[n.chosen] ?? n.candidates[0]) : undefined;
  if (!n || n.kind !== 'word' || n.text.toLowerCase() === 'því' || !(n.isName || (nc && DOER_POS.has(nc.pos)))) return false;
  for (let k = i - 2; k >= i - 4 && k >= 0; k--) {
    const w = analysis.tokens[k];
    if (w.sentence !== t.sentence || w.kind === 'punctuation') return false;
    if (w.kind === 'word' && PASSIVE_AUX.has(w.text.toLowerCase())) return true;
  }
  return false;
}

/** Words that open another clause: the passive participle's auxiliary is not looked for past them ("og" may join nouns: "fyrir börn og ungmenni lækkað"). */
const PARTICIPLE_CLAUSE_OPENERS = new Set('sem að en þegar ef því þótt enda'.split(' '));
/** Forms of "hafa": a perfect ("hefur lækkað" = has fallen), no passive. */
const HAFA_FORMS = new Set('hafa hefur hef hefurðu höfum hafið hafði höfðu hafi hefði hefðu hafa'.split(' '));

/** Finite forms spelt like a participle ("get ég", "veit", "mátt"). */
const FINITE_LIKE_PARTICIPLES = new Set('get veit mátt átt skalt vilt kannt þarft fékkst'.split(' '));
/** Nominative personal pronouns: a verb form right before one is finite. */
const SUBJECT_PRONOUNS = new Set('ég þú hann hún það við þið þeir þær þau'.split(' '));

/**
 * Whether token `i` is a passive past participle: a verb form with a participle ending, with a
 * form of "vera"/"verða" up to seven words before it in its clause ("Jafnframt verður fargjald
 * fyrir börn lækkað" = lowered), and no "hafa" between ("hefur lækkað" = has fallen).
 */
function passiveParticiple(analysis: Analysis, i: number): boolean {
  const t = analysis.tokens[i];
  const c = t.candidates[t.chosen] ?? t.candidates[0];
  const lower = t.text.toLowerCase();
  // (Not a middle-voice form: "búumst við" = expect.)
  if (t.kind !== 'word' || c?.pos !== 'verb' || c.lemma === lower || t.middle || !PARTICIPLE_ENDING.test(lower) || FINITE_LIKE_PARTICIPLES.has(lower)) return false;
  // (Nor a finite verb before its subject pronoun: "get ég lofað".)
  const n = analysis.tokens[i + 1];
  if (n?.kind === 'word' && n.sentence === t.sentence && SUBJECT_PRONOUNS.has(n.text.toLowerCase())) return false;
  // (A participle fronted before its own auxiliary belongs to that one: "og lagt er til að …".)
  if (n?.kind === 'word' && n.sentence === t.sentence && PASSIVE_AUX.has(n.text.toLowerCase())) return false;
  // (Nor an attributive participle before its noun: "á jaðarsvæði friðlýsta svæðisins".)
  const nc = n?.kind === 'word' && n.sentence === t.sentence ? (n.candidates[n.chosen] ?? n.candidates[0]) : undefined;
  if (nc?.pos === 'noun') return false;
  for (let k = i - 1; k >= i - 7 && k >= 0; k--) {
    const w = analysis.tokens[k];
    if (w.sentence !== t.sentence || w.kind === 'punctuation') return false;
    if (w.kind !== 'word') continue;
    const wl = w.text.toLowerCase();
    if (HAFA_FORMS.has(wl) || PARTICIPLE_CLAUSE_OPENERS.has(wl)) return false;
    if (PASSIVE_AUX.has(wl)) return true;
    // (Nor past another verb: "verða til get ég lofað" = I can promise.)
    const wc = w.candidates[w.chosen] ?? w.candidates[0];
    if (wc?.pos === 'verb') return false;
  }
  return false;
}

/** Adjectives and participles whose "af" is no doer: "fullt af" (full of), "hrifinn af" (fond of), "sprottinn af" (stemming from), "eitt af" (one of), "lokið af" (finished of). */
const NOT_AGENTIVE = new Set('fullur hrifinn sprottinn einn annar laus háður óháður stoltur ánægður þreyttur kominn ljúka lokinn'.split(' '));
const DOER_POS = new Set(['noun', 'pronoun', 'adjective', 'numeral']);

/** Adverbs that may stand between an auxiliary and its participle ("verður ekki haldinn"). */
const BETWEEN_AUX_AND_PARTICIPLE = new Set('ekki einnig líka þó nú þá því svo enn jafnframt síðan aftur fljótlega brátt'.split(' '));
/** Nominative suffixed articles (an inverted subject: "staðan", "málið", "mennirnir"). */
const NOMINATIVE_DEFINITE = /(?:inn|in|ið|an|nir|nar)$/u;
/** Endings of past participles (strong and weak, with the supine): keyptur, keyptir, lögð, haldinn, opnað. */
const PARTICIPLE_ENDING = /(?:[ðdt](?:ur|ir|ar|um|a)?|inn|in|ið|nir|nar|num)$/u;

/**
 * Whether the word after token `i` (maybe past a negation or adverb) is a past participle: a verb
 * or adjective reading not spelt as its lemma, with a participle's ending ("verða keyptir",
 * "verður ekki haldinn"); not a finite past ("keypti", "héldu"), which ends in -i or -u (nor the weak "-u" participles that
 * look like it).
 */
function beforeParticiple(analysis: Analysis, i: number): boolean {
  const s = analysis.tokens[i].sentence;
  // A participle fronted at the start of the sentence counts too: "Sýndar verða hundrað myndir"
  // (a hundred films will be shown).
  const p = analysis.tokens[i - 1];
  if (p?.kind === 'word' && p.sentence === s && analysis.tokens[i - 2]?.sentence !== s && isParticiple(p)) return true;
  let k = i + 1;
  if (analysis.tokens[k]?.kind === 'word' && BETWEEN_AUX_AND_PARTICIPLE.has(analysis.tokens[k].text.toLowerCase())) k++;
  // (Or past an inverted subject with its article: "verður staðan metin" = the situation will be
  // assessed.)
  // (Or a bare noun: "verður sálfræðiþjónusta niðurgreidd" = will be subsidised.)
  const subject = analysis.tokens[k];
  if (subject?.kind === 'word' && subject.sentence === s) {
    const c = subject.candidates[subject.chosen] ?? subject.candidates[0];
    if (c?.pos === 'noun' && (c.lemma === subject.text.toLowerCase() || (NOMINATIVE_DEFINITE.test(subject.text.toLowerCase()) && c.lemma.length < subject.text.length))) k++;
  }
  const w = analysis.tokens[k];
  if (w?.kind !== 'word' || w.sentence !== s) return false;
  if (isParticiple(w)) return true;
  // (Or past a longer subject, to a passive participle whose auxiliary this is: "verður fargjald
  // fyrir börn og ungmenni lækkað" = will be lowered.)
  // (A finite form: "hafi orðið …" is a perfect, become.)
  const aux = analysis.tokens[i].text.toLowerCase();
  if (!PASSIVE_AUX.has(aux) || aux === 'orðið' || aux === 'verið') return false;
  for (let j = i + 1; j <= i + 7 && j < analysis.tokens.length; j++) {
    const x = analysis.tokens[j];
    if (x.sentence !== s || x.kind === 'punctuation' || (x.kind === 'word' && PASSIVE_AUX.has(x.text.toLowerCase()))) return false;
    if (x.kind === 'word' && passiveParticiple(analysis, j)) return true;
  }
  return false;
}

/** A past participle: see `beforeParticiple`. */
function isParticiple(w: Analysis['tokens'][number]): boolean {
  const c = w.candidates[w.chosen] ?? w.candidates[0];
  const lower = w.text.toLowerCase();
  if (!c || /[iu]$/u.test(lower)) return false;
  // (Not an infinitive, spelt as its lemma.)
  if (c.pos === 'verb') return c.lemma !== lower && PARTICIPLE_ENDING.test(lower);
  // An adjective that is a participle of a verb ("keyptur" read as the adjective).
  // (Its lemma is shaped like a participle, "-aður"/"-inn": "lokaður", "haldinn"; not "ljós" of
  // "varð ljóst", nor "kaldur" of "voru orðnir kaldir", which a verb reading shadows too.)
  return c.pos === 'adjective' && /(?:aður|inn)$/u.test(c.lemma) && c.lemma !== 'glaður' && PARTICIPLE_ENDING.test(lower) && w.candidates.some((r) => r.pos === 'verb');
}

/** How many words of the sentence before are read. */
const BEFORE_REACH = 8;

export function sentenceContext(analysis: Analysis, tokenIndex: number, reach = 20): Set<string> {
  const out = new Set<string>();
  const token = analysis.tokens[tokenIndex];
  if (!token) return out;
  // Tokens of one sentence are contiguous: walk out from the token both ways.
  for (const step of [-1, 1]) {
    let words = 0;
    let before = 0;
    for (let k = tokenIndex + step; k >= 0 && k < analysis.tokens.length && words < reach; k += step) {
      const t = analysis.tokens[k];
      // Back into the sentence before ("Ný kvikmynd var frumsýnd. Myndin fjallar um …"), up to
      // eight of its words, not forward into the next one, nor further back.
      if (t.sentence !== token.sentence && (step > 0 || t.sentence !== token.sentence - 1 || before >= BEFORE_REACH)) break;
      if (t.kind !== 'word') continue;
      words++;
      if (t.sentence !== token.sentence) before++;
      out.add(t.text.toLowerCase());
      const c = t.candidates[t.chosen] ?? t.candidates[0];
      if (c) out.add(c.lemma);
      if (t.parts?.length) out.add(t.parts[t.parts.length - 1]);
    }
  }
  if (afterComparative(analysis, tokenIndex)) out.add(COMPARATIVE_CUE);
  if (afterNumber(analysis, tokenIndex)) out.add(NUMBER_CUE);
  const after = analysis.tokens[tokenIndex + 1];
  if (after?.kind === 'number' && after.sentence === analysis.tokens[tokenIndex].sentence) out.add(BEFORE_NUMBER_CUE);
  if (afterNoun(analysis, tokenIndex)) out.add(AFTER_NOUN_CUE);
  if (beforePlace(analysis, tokenIndex)) out.add(PLACE_CUE);
  if (beforePlaceName(analysis, tokenIndex)) out.add(PLACE_NAME_CUE);
  if (beforeDativeTime(analysis, tokenIndex)) out.add(AGO_CUE);
  if (beforeTimeSpan(analysis, tokenIndex)) out.add(TIME_SPAN_CUE);
  if (beforeTimeCount(analysis, tokenIndex)) out.add(TIME_COUNT_CUE);
  if (pastSentence(analysis, tokenIndex)) out.add(PAST_CUE);
  if (afterGovernedInfinitive(analysis, tokenIndex)) out.add(AFTER_INFINITIVE_CUE);
  if (afterPassiveParticiple(analysis, tokenIndex)) out.add(PASSIVE_CUE);
  if (passiveParticiple(analysis, tokenIndex)) out.add(PARTICIPLE_CUE);
  if (beforeParticiple(analysis, tokenIndex)) out.add(BEFORE_PARTICIPLE_CUE);
  const next = analysis.tokens[tokenIndex + 1];
  if (!next || next.sentence !== token.sentence || next.kind === 'punctuation') out.add(CLAUSE_END_CUE);
  const nc = next?.kind === 'word' && next.sentence === token.sentence ? (next.candidates[next.chosen] ?? next.candidates[0]) : undefined;
  if (nc) out.add(NEXT_CUE + nc.lemma);
  // Two words on, past a determiner or adjective ("fyrir næsta haust", "fyrir þessi jól").
  const next2 = analysis.tokens[tokenIndex + 2];
  // (Or a numeral: "til fjögurra ára" = for four years.)
  if ((nc?.pos === 'adjective' || nc?.pos === 'pronoun' || nc?.pos === 'numeral') && next2?.kind === 'word' && next2.sentence === token.sentence) {
    const n2 = next2.candidates[next2.chosen] ?? next2.candidates[0];
    if (n2) out.add(NEXT2_CUE + n2.lemma);
  }
  if (nc?.pos === 'adjective' && nc.lemma !== next.text.toLowerCase() && SUPERLATIVE_ENDING.test(next.text.toLowerCase()) && (!nc.lemma.endsWith('stur') || SUPERLATIVE_LEMMAS.has(nc.lemma))) out.add(BEFORE_SUPERLATIVE_CUE);
  const prev = analysis.tokens[tokenIndex - 1];
  const pc = prev?.kind === 'word' && prev.sentence === token.sentence ? (prev.candidates[prev.chosen] ?? prev.candidates[0]) : undefined;
  if (pc) out.add(PREV_CUE + pc.lemma);
  return out;
}

/**
 * The context of a phrase's senses: the same for every word of it, whichever the learner taps.
 * The words around both its ends, with "@next:" the word after its last word and "@prev:" the
 * word before its first ("á meðan í bílnum" = meanwhile, on "á" as on "meðan").
 */
export function phraseContext(analysis: Analysis, phraseIndex: number, reach = 12): Set<string> {
  let first = -1;
  let last = -1;
  // The phrase's tokens lie within its span: search the tokens (sorted by offset) from there, so a
  // long text costs no more (the list builder asks for every phrase of an article).
  const span = analysis.phrases[phraseIndex];
  const tokens = analysis.tokens;
  let lo = 0;
  let hi = tokens.length;
  if (span) {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < span.start) lo = mid + 1;
      else hi = mid;
    }
  } else lo = tokens.length;
  for (let k = lo; k < tokens.length && (!span || tokens[k].start < span.end); k++) {
    if (tokens[k].phrase !== phraseIndex) continue;
    if (first < 0) first = k;
    last = k;
  }
  if (first < 0) return new Set();
  const atFirst = [...sentenceContext(analysis, first, reach)];
  const atLast = [...sentenceContext(analysis, last, reach)];
  const out = new Set<string>();
  for (const c of [...atFirst, ...atLast]) if (!c.startsWith(NEXT_CUE) && !c.startsWith(PREV_CUE)) out.add(c);
  const next = atLast.find((c) => c.startsWith(NEXT_CUE));
  const prev = atFirst.find((c) => c.startsWith(PREV_CUE));
  if (next) out.add(next);
  if (prev) out.add(prev);
  return out;
}
