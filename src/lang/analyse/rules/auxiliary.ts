/**
 * Auxiliary + supine/participle: after a form of "hafa" (hefur, hafði…) or "geta" the next verb-like word
 * (possibly after "ekki"/"þó"/"einnig"/a pronoun) is a supine, so its verb reading wins
 * ("hefur átt" → eiga, "hefur varið" → verja).
 */
import { best, boost, nextWord, prevWord, type WorkToken } from '../context.ts';

export const HAFA_FORMS = new Set(
  'hafa hefur hef hefurðu höfum hafið hafði hafðir höfðum höfðuð höfðu hefði hefðir hefðum hefðuð hefðu hafi hafir hafirðu'.split(' '),
);

const SKIPPABLE = new Set('aðeins bara einungis ekki einnig þó aldrei líka þegar nú reyndar jafnvel alltaf oft lengi áður enn nýlega loks varla alveg flestir allir margir sumir báðir mun miklu fleiri færri hann hún það þeir þær þau við ég þú sig maður menn'.split(' '));

/** Forms in -ð/-t that are no supine ("verð" = price or I become; the supine of verða is "orðið"). */
const NOT_SUPINE = new Set(['verð', 'varð', 'stóð', 'bað', 'hélt', 'galt']);

/** Forms of "geta", which also takes a supine ("get skilið", "geti átt", "getur samþykkt"). */
export const GETA_FORMS = new Set('get getur geta getum getið gat gast gátu gæti gætir gætum gætu geti getir getað'.split(' '));

export function applyAuxiliary(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !t.readings.some((r) => r.pos === 'verb')) return;
  // "hefur hafið rannsókn": after a form of "hafa", "hafið" is the supine of hefja (begin); hafa's
  // own supine is "haft".
  if (t.lower === 'hafið' && HAFA_FORMS.has(prevWord(toks, i)?.lower ?? '') && t.readings.some((r) => r.lemma === 'hefja')) {
    boost(t, (r) => r.lemma === 'hefja', 3, '"hafið" after "hafa" = the supine of hefja');
    return;
  }
  // Right after a form of "hafa", a word that cannot be a supine (supines end in -ð, -t or -d) is
  // no verb: "og hefur fylgi hans ekki mælst" (the noun fylgi, support; not fylgja's present).
  if (HAFA_FORMS.has(prevWord(toks, i)?.lower ?? '') && !/(?:ð|t|d)$/u.test(t.lower) && t.readings.some((r) => r.pos === 'noun') && best(t)?.pos === 'verb') {
    boost(t, (r) => r.pos === 'noun', 1.5, `no supine after "${prevWord(toks, i)!.lower}": the noun`);
    return;
  }
  // Look back over at most two skippable words to find a form of "hafa".
  for (let k = i - 1, hops = 0; k >= 0 && hops < 3; k--, hops++) {
    const p = toks[k];
    if (p.raw.kind !== 'word' || p.sentence !== t.sentence) return;
    if (HAFA_FORMS.has(p.lower) || GETA_FORMS.has(p.lower)) {
      // An adverb before the supine ("hefur lítið breyst", "hefur mikið aukist") is no supine.
      const n = nextWord(toks, i);
      // (Also before "verið"/"orðið", which may read as nouns: "hafi lítið verið hægt".)
      const supineNext = !!n && (n.lower === 'verið' || n.lower === 'orðið' || (n.lower.length > 3 && /(?:ð|t|d|st)$/u.test(n.lower) && best(n)?.pos === 'verb' && !n.readings.some((r) => r.pos === 'noun' || r.pos === 'conjunction')));
      // "enda hefði liðið þurft að glíma …": a noun with its article between the auxiliary and a
      // supine is the inverted subject, not a second supine.
      const supineLike = !!n && n.lower.length > 3 && /(?:ð|t|d|st)$/u.test(n.lower) && best(n)?.pos === 'verb' && best(n)!.lemma !== n.lower;
      if (supineLike && /(?:ið|inn|in|nir|nar)$/u.test(t.lower) && t.readings.some((r) => r.pos === 'noun' && r.lemma.length < t.lower.length)) {
        boost(t, (r) => r.pos === 'noun', 2.5, 'definite subject between the auxiliary and its supine');
        return;
      }
      if (supineNext && t.readings.some((r) => r.pos === 'adverb' || r.pos === 'adjective')) return;
      if (/(?:ð|t|d)$/.test(t.lower) && !NOT_SUPINE.has(t.lower)) {
        // A conjunction does not follow an auxiliary without a comma ("hafi ekki þótt" = þykja).
        const weight = best(t)?.pos === 'conjunction' && !t.readings.some((r) => r.pos === 'adverb') ? 4 : 1.5;
        boost(t, (r) => r.pos === 'verb', weight, `supine after "${p.lower}"`);
      }
      preferJaSupine(t);
      preferWeakStSupine(t);
      return;
    }
    if (!SKIPPABLE.has(p.lower) && !isInvertedSubject(p)) return;
  }
}

/** Finite forms of the passive auxiliaries vera and verða. */
const FINITE_PASSIVE_AUX = new Set('er eru var voru sé séu væri væru verður verða verði verðum varð urðu yrði yrðu'.split(' '));

/**
 * A clause-initial passive auxiliary, its definite subject, then a participle: "Verði sameiningin
 * samþykkt …" (if the merger is approved), "Var tillagan samþykkt" — not the noun "samþykkt"
 * (resolution).
 */
export function applyPassiveAfterInvertedSubject(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !t.readings.some((r) => r.pos === 'verb') || best(t)?.pos === 'verb') return;
  const subject = prevWord(toks, i);
  const aux = subject && prevWord(toks, i - 1);
  if (!subject || !aux || !FINITE_PASSIVE_AUX.has(aux.lower) || !isInvertedSubject(subject)) return;
  const before = toks[i - 3];
  const opens = aux.sentenceInitial || (before?.raw.kind === 'punctuation' && before.raw.text === ',');
  if (!opens) return;
  boost(t, (r) => r.pos === 'verb', 1.5, `participle after "${aux.lower}" and its subject "${subject.lower}"`);
}

/** Suffixed articles of the nominative ("ríkisstjórnin", "bankinn", "málið", "mennirnir"). */
const NOMINATIVE_DEFINITE = /(?:inn|in|an|ið|nir|nar)$/u;

/**
 * A subject standing between the auxiliary and its supine ("hafi Musk átt", "hefur ríkisstjórnin
 * ákveðið", "hafa sjómenn aldrei fengið"): a name (capitalised inside the sentence), a noun with
 * a nominative article or a plural noun.
 */
function isInvertedSubject(p: WorkToken): boolean {
  if (!p.sentenceInitial && /^\p{Lu}/u.test(p.form)) return true;
  // A plural noun too ("hafa sjómenn aldrei fengið"): objects do not stand before the supine.
  return (NOMINATIVE_DEFINITE.test(p.lower) || PLURAL_NOMINATIVE.test(p.lower)) && p.readings.length > 0 && p.readings.every((r) => r.pos === 'noun');
}

/** Nominative plural endings of indefinite nouns ("sjómenn", "bændur", "læknar", "konur"). */
const PLURAL_NOMINATIVE = /(?:menn|ar|ir|ur)$/u;

/**
 * "-ið" after an auxiliary is the supine of a -ja or strong verb (telja → talið, verja → varið,
 * skilja → skilið, hverfa → horfið), not the 2nd person plural of the weak -a verb with the same
 * stem (tala, vara, skila, horfa), whose supine ends in "-að" or "-t".
 */
function preferJaSupine(t: WorkToken): void {
  if (!t.lower.endsWith('ið')) return;
  const weak = t.lower.slice(0, -2) + 'a';
  const verbs = t.readings.filter((r) => r.pos === 'verb');
  if (!verbs.some((r) => r.lemma === weak) || !verbs.some((r) => r.lemma !== weak)) return;
  boost(t, (r) => r.pos === 'verb' && r.lemma === weak, -1, '"-ið" after an auxiliary: supine of a -ja or strong verb');
}

/**
 * "-st" after an auxiliary is the supine of a weak verb in "-sa" (læsa → læst, lýsa → lýst, leysa
 * → leyst), not a middle-voice form of another verb ("læst" = pretends, of láta).
 */
function preferWeakStSupine(t: WorkToken): void {
  if (!t.lower.endsWith('st')) return;
  const weak = t.lower.slice(0, -1) + 'a';
  const verbs = t.readings.filter((r) => r.pos === 'verb');
  if (!verbs.some((r) => r.lemma === weak) || !verbs.some((r) => r.lemma !== weak)) return;
  boost(t, (r) => r.pos === 'verb' && r.lemma === weak, 1.5, '"-st" after an auxiliary: supine of a weak "-sa" verb');
}

/** Words after "beðið" = asked: "um", "að" and accusative pronouns ("beðið hann um"). */
const ASK_NEXT = new Set('um að mig þig hann hana okkur ykkur þá þær þau sig'.split(' '));

/**
 * "beðið" is the supine of "bíða" (wait) before "eftir" or a time ("hafa beðið eftir …", "beðið
 * í 23 ár") and of "biðja" (ask) before "um", "að" or an object ("geta beðið forseta um …").
 */
export function applyBedid(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'beðið') return;
  const n = toks[i + 1];
  const next = n && n.raw.kind === 'word' && n.sentence === t.sentence ? n.lower : '';
  const ask = ASK_NEXT.has(next) || (!!n && n.raw.kind === 'word' && (/^\p{Lu}/u.test(n.form) || best(n)?.pos === 'noun'));
  boost(t, (r) => r.pos === 'verb' && r.lemma === (ask ? 'biðja' : 'bíða'), 1, ask ? '"beðið um" / with an object: asked' : '"beðið eftir": waited');
}

/** Passive auxiliaries before a participle ("hefur verið beint til", "er ekki beint að"). */
const PASSIVE_AUX = new Set('verið er var sé væri verður verði yrði'.split(' '));

/**
 * A participle that doubles as an adverb, after a passive auxiliary and before "til"/"að": the
 * passive ("Því hefur verið beint til íbúa" = it has been directed to residents), not the
 * adverb "beint" (straight).
 */
export function applyPassiveParticipleOverAdverb(toks: WorkToken[], i: number): void {
  const t = toks[i];
  const b = best(t);
  if (!b || b.pos !== 'adverb' || !t.readings.some((r) => r.pos === 'verb' && r.lemma !== t.lower)) return;
  // "Það er ekki rétt að …" (it is not right that): the predicative adjective, not rétta (pass).
  if (t.lower === 'rétt') return;
  let p = prevWord(toks, i);
  if (p?.lower === 'ekki') p = prevWord(toks, i - 1);
  if (!p || !PASSIVE_AUX.has(p.lower)) return;
  const n = nextWord(toks, i);
  if (!n || (n.lower !== 'til' && n.lower !== 'að')) return;
  boost(t, (r) => r.pos === 'verb', 1.5, 'passive participle after an auxiliary, before "til"/"að"');
}
