/**
 * Compounds: split words that have no gloss of their own into known parts with lemma-is's
 * CompoundSplitter, and find the lemma of unknown compounds from their head
 * ("gervihnattarþyrpingunni" → lemma "gervihnattarþyrping", parts gervihnöttur + þyrping).
 */
import { CompoundSplitter, createKnownLemmaSet } from 'lemma-is';
import type { PartOfSpeech } from '../types.ts';
import type { Lexicon, Reading } from './lexicon.ts';
import { nounFormReading } from './nounForm.ts';
import { definiteNounReading } from './definite.ts';

export interface CompoundInfo {
  /** Lemma of the whole word when lemma-is does not know it (modifier + head lemma). */
  reading?: Reading;
  /** Lemma keys of the parts, left to right. */
  parts: string[];
  /** Only the head is glossed (the modifier is shown as it is written, or its unglossed lemma). */
  partial?: boolean;
}

const POS_PREF: PartOfSpeech[] = ['noun', 'adjective', 'verb', 'adverb'];
const MIN_PART = 3;
/** A head lemma ranked below this in lemma-is's list is rare (see preferLinked). */
const RARE_HEAD_RANK = 15000;
/** A modifier of two letters is tried only when it is a glossed noun of its own ("ís|hellir"). */
const SHORT_MODIFIER = 2;
/**
 * Two-letter nouns that are common compound modifiers. A list, not every such noun: "ós" (estuary)
 * would read the negation "ó-" in "ósannaður" as a river mouth.
 */
const SHORT_NOUNS = new Set(['ís', 'bú', 'fé', 'ey', 'öl', 'te', 'ár']);
/** Shortest head and modifier the head-only fallback accepts. */
const HEAD_ONLY_MIN = 4;
/** Longer "words" (runs of letters without spaces) are not split: no real compound is this long. */
const MAX_WORD = 64;
const HEAD_BIN = new Set(['no', 'lo', 'so']);
/** Forms of noun-forming suffixes that head compounds, and the suffix's dictionary key. */
const SUFFIX_HEADS = new Map([
  ...['leysi', 'leysis', 'leysið', 'leysinu', 'leysisins'].map((f) => [f, 'leysi'] as const),
  // "-fræðingur" (-ologist: "eldfjalla|fræðings"), whose forms lemma-is does not list alone.
  ...['fræðingur', 'fræðing', 'fræðingi', 'fræðings', 'fræðingar', 'fræðinga', 'fræðingum', 'fræðinganna', 'fræðingarnir', 'fræðingurinn', 'fræðinginn', 'fræðingnum', 'fræðingsins', 'fræðingana', 'fræðingunum'].map((f) => [f, 'fræðingur'] as const),
  // "-miða" (a ticket: "pappírs|miða", "strætó|miða"), not mið (aim), which lemma-is ranks higher
  // for the shared forms.
  ...['miða', 'miðum'].map((f) => [f, 'miði'] as const),
]);
const MODIFIER_BIN = new Set(['no', 'lo', 'so', 'ao', 'fs', 'to']);
/**
 * Compounding stems that are no word form of their own, and their lemma: "tann|læknir" (tönn),
 * "hand|þvottur" (hönd), "kven|ráðherra" (kona), "radd|stýrður" (rödd); and "heiðar|vegur" (of
 * heiði, heath, not heiður, honour, which lemma-is ranks higher).
 */
const STEM_MODIFIERS = new Map([['tann', 'tönn'], ['hand', 'hönd'], ['kven', 'kona'], ['radd', 'rödd'], ['heiðar', 'heiði'], ['endur', 'endur']]);

/** The dictionary's gloss of a personal name. */
const PERSONAL_NAME_GLOSS = /(?:man's|woman's|male|female|given|personal) name/u;
const PATRONYMIC_HEADS = new Set(['sonur', 'dóttir']);

export class Compounds {
  private readonly splitter: CompoundSplitter;
  private readonly cache = new Map<string, CompoundInfo | null>();

  constructor(private readonly lex: Lexicon) {
    const known = createKnownLemmaSet(lex.allLemmas);
    this.splitter = new CompoundSplitter(lex.lemmatizer, known, { mode: 'aggressive' });
  }

  /** Splits a lower-case form; null when it does not split into at least two glossed parts. */
  analyse(lower: string): CompoundInfo | null {
    if (this.cache.has(lower)) return this.cache.get(lower)!;
    const info = this.compute(lower);
    this.cache.set(lower, info);
    return info;
  }

  private compute(lower: string): CompoundInfo | null {
    if (lower.length < 6 || lower.length > MAX_WORD) return null;
    if (lower.includes('-')) return this.hyphenated(lower);
    // A present participle is its verb's form, not a compound with "andi" (spirit): "lyktandi".
    if (lower.endsWith('andi') && this.lex.readings(lower).some((r) => r.pos === 'verb')) return null;
    // Our head-first search over known forms (below) finds glossed parts more reliably; lemma-is's
    // splitter is the fallback (it also splits off linking letters and unglossed stems).
    let parts = this.agentPlural(lower) ?? this.search(lower, true, 0) ?? [];
    // A head in a definite form lemma-is does not list ("gervihnattar|þyrpinguna") only when the
    // listed forms split no better: stripping an article finds spurious longer heads
    // ("sókn|armann" beside sóknar|mann).
    if (parts.length !== 2) {
      this.definiteHeads = true;
      const definite = this.search(lower, true, 0);
      this.definiteHeads = false;
      if (definite && (parts.length < 2 || definite.length < parts.length)) parts = definite;
    }
    const place = this.placeModifier(lower);
    if (place && (parts.length < 2 || place.length <= parts.length)) parts = place;
    if (parts.length < 2) {
      const split = this.splitter.split(lower);
      parts = split.isCompound && split.parts.length >= 2 ? this.sameHead(lower, this.choose(split.parts)) : [];
      // Parts must add up to about the word: lemma-is sometimes answers with unrelated long lemmas.
      if (parts.reduce((n, p) => n + p.length, 0) > lower.length + 2 * parts.length) parts = [];
      // A part glossed only as a name is a misreading ("bitastæðari" → bitastæður + "Ari").
      if (parts.some((p) => this.lex.hasGloss(p) && !this.commonGloss(p))) parts = [];
    }
    if (parts.length < 2) parts = this.headOnly(lower) ?? [];
    // Agent nouns and participles in "-andi" ("verjandi", "umsækjandi") are no compounds of
    // "andi" (spirit).
    if (parts.length < 2 || parts[parts.length - 1] === 'andi') return null;
    // Nor is the plural of one ("greinendur" = analysts, of greinandi) a compound of "önd" (duck).
    // (Nor one lemma-is does not know: "flugrekendur" are operators, not flug|rek|önd.)
    if (parts[parts.length - 1] === 'önd' && (this.lex.readings(lower).some((r) => r.lemma.endsWith('andi')) || /(?:[^a]endur|endum)$/u.test(lower))) return null;
    // The splitter's fallback may split off an inflection ("bráðnunina" → bráðnun + "ina"): some
    // part must be a glossed word.
    if (!parts.some((p) => this.commonGloss(p))) return null;
    // Nor a definite article or an ending: "auðjöfur|inn" is auðjöfur with its article, and
    // "undanrás|unum" splits as its lemma does (undan|rás).
    const mods = parts.slice(0, -1).join('');
    if (this.lex.readings(lower).some((r) => r.lemma === mods)) {
      parts = this.search(mods, true, 0) ?? [];
      if (parts.length < 2 || !parts.some((p) => this.commonGloss(p))) return null;
    }
    parts = this.headOfKnownWord(lower, parts);
    // (The whole lemma's head may be "-andi" again: "svarenda" is svarandi, a respondent.)
    if (parts[parts.length - 1] === 'andi') return null;
    // A form lemma-is does not list but whose whole lemma its splitter finds ("félagsmiðstöðva" →
    // félagsmiðstöð) splits as that lemma does when that takes fewer parts: félag + miðstöð, not
    // félag + smiður + stöð.
    if (parts.length > 2) {
      const whole = this.splitter.split(lower);
      const lemma = !whole.isCompound && whole.parts.length === 1 ? whole.parts[0] : undefined;
      const byLemma = lemma && lemma !== lower && this.lex.readings(lemma).some((r) => r.lemma === lemma && r.pos === 'noun') ? this.search(lemma, true, 0) : null;
      if (byLemma && byLemma.length >= 2 && byLemma.length < parts.length) parts = byLemma;
    }
    const head = parts[parts.length - 1];
    const reading = this.headReading(lower, head);
    const partial = this.lex.hasGloss(head) && parts.some((p) => !this.lex.hasGloss(p));
    return partial ? { parts, reading, partial } : { parts, reading };
  }

  /**
   * Last resort: the longest glossed head (a noun or adjective lemma of at least 4 letters) after
   * a modifier of at least 4 letters that has no gloss ("aflandsfélag" → aflands + félag,
   * "tekjutap" → tekja + tap). The modifier is its lemma when lemma-is knows the string (minus a
   * genitive "s"), else the string itself.
   */
  private headOnly(lower: string): string[] | null {
    for (let k = HEAD_ONLY_MIN; k <= lower.length - HEAD_ONLY_MIN; k++) {
      // Nouns and adjectives only: a verb form after an unknown string is too often a misreading.
      const form = lower.slice(k);
      const hs = this.lex.readings(form).filter((r) => (r.bin === 'no' || r.bin === 'lo') && r.lemma.length >= HEAD_ONLY_MIN && plausibleLemma(form, r.lemma) && this.commonGloss(r.lemma));
      if (hs.length === 0) continue;
      const h = this.pickBest(hs.map((r) => r.lemma));
      const mod = lower.slice(0, k);
      const known = [mod, mod.replace(/s$/u, '')].flatMap((m) => (m.length >= MIN_PART ? this.lex.readings(m).filter((r) => MODIFIER_BIN.has(r.bin) && plausibleLemma(m, r.lemma)) : []));
      // An unknown modifier ends like a stem ("aflands-", "spinning-"), not in a run of three
      // consonants cut from the middle of a word ("næstf|lestur", "jökulsp|orða") unless it is a
      // genitive "s" ("aflands-").
      if (!known.length && /[^aeiouyáéíóúýæö]{3}$/u.test(mod) && !mod.endsWith('s')) continue;
      return [known.length ? this.pickBest(known.map((r) => r.lemma)) : mod, h];
    }
    return null;
  }

  /**
   * The plural of an agent noun in "-andi" after a modifier: "hrossa|ræktendur" (horse breeders)
   * is hross + ræktandi, not hrossarækt + önd (duck).
   */
  private agentPlural(lower: string): string[] | null {
    const m = /end(?:ur|um|a|anna)$/u.exec(lower);
    if (!m) return null;
    for (let k = MIN_PART; k <= m.index - 2; k++) {
      const suffix = lower.slice(k);
      const agent = lower.slice(k, m.index) + 'andi';
      if (!this.lex.readings(suffix).some((r) => r.lemma === agent && r.pos === 'noun')) continue;
      const mods = this.search(lower.slice(0, k), false, 1);
      if (mods) return [...mods, agent];
    }
    return null;
  }

  /**
   * A place name the dictionary glosses only as a name, then a glossed head:
   * "reykjavíkur|maraþon", "akureyrar|bær" (not reykur + vík, akur + eyri). The longest such
   * modifier wins; the caller keeps a split into fewer parts ("íslandsmeistara|titill").
   */
  private placeModifier(lower: string): string[] | null {
    for (let k = lower.length - MIN_PART; k >= 4; k--) {
      const mod = lower.slice(0, k);
      const readings = this.lex.readings(mod);
      // (Not a name beside a common word spelt as the modifier: "birki|skógur" is birch, not the
      // man's name Birkir.)
      if (readings.some((r) => r.lemma === mod && this.commonGloss(mod))) continue;
      const place = readings.find((r) => plausibleLemma(mod, r.lemma) && r.lemma.length >= 4 && !this.commonGloss(r.lemma) && this.lex.entries(r.lemma).some((e) => e.pos === 'proper-noun' && e.senses.length > 0));
      if (!place) continue;
      const head = this.search(lower.slice(k), true, 1);
      // (A personal name only before "-son"/"-dóttir": "heiðar|vegur" is of heiði, not the man's
      // name Heiðar; "garða|bær" of garður, not Garðar; but "Ragnars|son".)
      const personal = this.lex.entries(place.lemma).every((e) => e.pos !== 'proper-noun' || e.senses.every((s) => PERSONAL_NAME_GLOSS.test(s.gloss)));
      if (personal && !(head?.length === 1 && PATRONYMIC_HEADS.has(head[0]))) continue;
      if (head) return [place.lemma, ...head];
    }
    return null;
  }

  private readonly searchCache = new Map<string, string[] | null>();
  /** Whether `resolve` reads unlisted definite head forms (see `compute`). */
  private definiteHeads = false;

  /**
   * Fewest glossed parts that make up `s`: a head (a known form of a glossed noun, adjective or
   * verb) preceded by modifiers (known forms, often genitives: "nætur" → nótt). Longer heads are
   * tried first. Returns lemma keys, or null.
   */
  private search(s: string, isHead: boolean, depth: number): string[] | null {
    const key = (isHead ? (this.definiteHeads ? 'd:' : 'h:') : 'm:') + s;
    if (this.searchCache.has(key)) return this.searchCache.get(key)!;
    let best: string[] | null = null;
    if (!isHead || depth > 0) {
      const whole = this.resolve(s, isHead);
      if (whole) best = [whole];
    }
    if (depth < 3 && (!best || isHead)) {
      const twoPart: { cand: string[]; k: number }[] = [];
      for (let k = isHead ? SHORT_MODIFIER : MIN_PART; k <= s.length - MIN_PART; k++) {
        // A two-letter modifier only as a noun of its own ("ís|hellir", "bú|fé").
        if (k < MIN_PART && !this.shortNoun(s.slice(0, k))) continue;
        const h = this.resolve(s.slice(k), isHead);
        if (!h) continue;
        const mods = this.search(s.slice(0, k), false, depth + 1);
        if (!mods) continue;
        const cand = [...mods, h];
        if (!best || cand.length < best.length) best = cand;
        if (cand.length === 2) twoPart.push({ cand, k });
        // Heads are tried longest first; at the top level all two-part splits are compared.
        if (best.length === 2 && (!isHead || depth > 0)) break;
      }
      if (isHead && depth === 0 && best?.length === 2 && twoPart.length > 1) best = this.splitterAgrees(s, twoPart) ?? this.preferLinked(s, twoPart);
    }
    this.searchCache.set(key, best);
    return best;
  }

  /**
   * When lemma-is knows the whole word, its head part is the glossed lemma the whole lemma ends
   * with ("tryggingafélagi" = tryggingafélag: félag, not félagi = partner).
   */
  private headOfKnownWord(lower: string, parts: string[]): string[] {
    const head = parts[parts.length - 1];
    const wholes = this.lex.readings(lower).filter((r) => r.pos === 'noun' || r.pos === 'adjective').map((r) => r.lemma);
    // A head without a gloss that ends in a two-letter noun: the whole lemma's modifiers and that
    // noun ("fiskveiði|ár" = fishing year, not fiskur + an unglossed "veiðiár").
    if (!this.commonGloss(head)) {
      for (const w of wholes) {
        for (const short of SHORT_NOUNS) {
          if (!w.endsWith(short) || w.length - short.length < MIN_PART || !this.lex.hasGloss(short, 'noun')) continue;
          const mods = this.search(w.slice(0, -short.length), false, 1);
          if (mods && mods.every((m) => this.commonGloss(m))) return [...mods, short];
        }
      }
    }
    if (wholes.length === 0 || wholes.some((w) => w.endsWith(head))) return parts;
    for (const w of wholes) {
      // (Down to a listed two-letter noun: "sauðfjár|bú", not búi.)
      for (let k = 1; k <= w.length - SHORT_MODIFIER; k++) {
        const suffix = w.slice(k);
        if (suffix.length < MIN_PART && !SHORT_NOUNS.has(suffix)) continue;
        if (suffix[0] === head[0] && this.commonGloss(suffix)) return [...parts.slice(0, -1), suffix];
      }
    }
    // Or the boundary lies elsewhere: lemma-is's "toppslagur" is topp|slagur (a top match), not
    // topps|lag (song), when a two-part split of the whole lemma has a glossed noun head and a
    // known modifier.
    if (parts.length === 2) {
      for (const w of wholes) {
        for (let k = MIN_PART; w.length - k >= MIN_PART + 1; k++) {
          const suffix = w.slice(k);
          if (!this.lex.hasGloss(suffix, 'noun') || !this.commonGloss(suffix)) continue;
          const mod = this.resolve(w.slice(0, k), false);
          if (mod && this.commonGloss(mod)) return [mod, suffix];
        }
      }
    }
    return parts;
  }

  /**
   * Among two-part splits, the one lemma-is's splitter makes too, when it is not the first and
   * its head is the commoner lemma:
   * "leikskóla|gjöld" (preschool fees), not "leik|skólagjöld" (game + school fees).
   */
  private splitterAgrees(s: string, splits: { cand: string[]; k: number }[]): string[] | undefined {
    const split = this.splitter.split(s);
    if (!split.isCompound || split.parts.length !== 2) return undefined;
    const agreed = splits.slice(1).find((c) => c.cand[0] === split.parts[0] && c.cand[1] === split.parts[1]);
    // (Only for a commoner head: not "þings|alur" (awl) beside þing|salur, "garðs|kýli" (boil).)
    return agreed && this.lex.rankOf(agreed.cand[1]) < this.lex.rankOf(splits[0].cand[1]) ? agreed.cand : undefined;
  }

  /**
   * Among two-part splits (longest head first), one whose modifier ends in a genitive "s" that
   * joins a known word ("loftslags|mál", "húsnæðis|verð", "embættis|taka") wins over one that
   * reads the "s" into a longer head ("loft|slagsmál" = fight). When the two heads differ only by
   * that "s" ("þing|salur" or "þings|alur"), the commoner head lemma wins.
   */
  private preferLinked(s: string, splits: { cand: string[]; k: number }[]): string[] {
    let chosen = splits[0];
    // A genitive plural "-a" link the first split took as its head's first letter, when the head
    // without it is the commoner lemma: "sumarbústaða|landi" (land), not "sumarbústað|alandi"
    // (a participle of ala).
    const first = splits[0];
    // A longer modifier and a shorter head, both commoner than the first split's head, when that
    // head is itself a rare compound: "þátttöku|lið" (participation + team), not "þátt|tökulið"
    // (strand + film crew). (The rare head ends in the shorter head: not "silfurverðlauna|haf"
    // beside "silfur|verðlaunahafi".)
    const commoner = splits.slice(1).find((c) => c.cand.length === 2 && this.lex.rankOf(c.cand[0]) < this.lex.rankOf(first.cand[1]) && this.lex.rankOf(c.cand[1]) < this.lex.rankOf(first.cand[1]) && this.lex.rankOf(first.cand[1]) > RARE_HEAD_RANK && first.cand[1].endsWith(c.cand[1]));
    if (commoner) return commoner.cand;
    const linkedA = splits.slice(1).find((c) => s.slice(0, c.k).endsWith('a') && s.slice(first.k) === 'a' + s.slice(c.k));
    if (linkedA && this.lex.rankOf(linkedA.cand[1]) < this.lex.rankOf(first.cand[1])) return linkedA.cand;
    for (const c of splits.slice(1)) {
      const mod = s.slice(0, c.k);
      if (!mod.endsWith('s') || !this.resolve(mod.slice(0, -1), false)) continue;
      // (Not for a verb head against a noun one: "land|sveit", not "lands|veit" = knows.)
      const nounish = (l: string) => this.lex.entries(l).some((e) => e.pos === 'noun' || e.pos === 'adjective');
      if (!nounish(c.cand[c.cand.length - 1]) && nounish(chosen.cand[chosen.cand.length - 1])) continue;
      // (Heads shrink as the split moves right, so the first split's head ends with this one.)
      if (s.slice(chosen.k) !== 's' + s.slice(c.k) || this.lex.rankOf(c.cand[1]) < this.lex.rankOf(chosen.cand[1])) chosen = c;
      break;
    }
    return chosen.cand;
  }

  /** A glossed lemma of which `form` is a form (heads: nouns, adjectives, verbs). */
  private resolve(form: string, isHead: boolean): string | undefined {
    // A noun-forming suffix the dictionary glosses as a head ("snjó|leysi" = lack of snow, not
    // leysir = laser).
    const suffix = isHead ? SUFFIX_HEADS.get(form) : undefined;
    if (suffix && this.commonGloss(suffix)) return suffix;
    const stem = isHead ? undefined : STEM_MODIFIERS.get(form);
    if (stem && this.commonGloss(stem)) return stem;
    const allowed = isHead ? HEAD_BIN : MODIFIER_BIN;
    const short = !isHead && form.length < MIN_PART && this.shortNoun(form);
    // A head form lemma-is does not list may be a case form of a glossed noun ("sporða" → sporður)
    // or a definite one ("þyrpinguna" → þyrping).
    const known = this.lex.readings(form);
    // A modifier in "-u" of a plural-only noun: "samgöngu|slys" (samgöngur, transport).
    const pluralOnly = !isHead && known.length === 0 && form.endsWith('u') ? this.lex.readings(form + 'r').filter((r) => r.lemma === form + 'r' && r.pos === 'noun') : [];
    // A modifier spelt as a glossed noun lemma that lemma-is lists only in the plural
    // ("strandveiði|kvóti": strandveiðar, coastal fishing).
    if (!isHead && known.length === 0 && form.length >= MIN_PART && this.lex.hasGloss(form, 'noun') && this.commonGloss(form)) return form;
    const listed = known.length || !isHead ? (known.length ? known : pluralOnly) : unlistedNoun(this.lex, form, this.definiteHeads);
    // (A head may be a two-letter noun of the list: "fugla|búum" = bú, farm, not búi.)
    // (A modifier may be a case form of a two-letter noun of the list: "ára|langur" = of years, ár.)
    let rs = listed.filter((r) => allowed.has(r.bin) && (r.lemma.length >= MIN_PART || (short && r.lemma === form) || ((isHead || form.length >= MIN_PART) && SHORT_NOUNS.has(r.lemma))) && plausibleLemma(form, r.lemma) && this.commonGloss(r.lemma));
    if (rs.length === 0) return undefined;
    // A participle head after a modifier makes an adjective ("viðskiptatengd" = business-related),
    // not a compound verb.
    if (isHead && rs.some((r) => r.pos === 'adjective') && rs.some((r) => r.pos === 'verb')) rs = rs.filter((r) => r.pos !== 'verb');
    // A modifier that is a noun form is read as that noun, not as a verb form spelt alike
    // ("rækju|vinnsla" = shrimp, not the past subjunctive of reka).
    if (!isHead && rs.some((r) => r.pos === 'noun') && rs.some((r) => r.pos === 'verb')) rs = rs.filter((r) => r.pos !== 'verb');
    // A noun whose lemma is the part itself wins over lemmas of which it is an inflected form
    // ("leiguverð": verð = price, not verður = meal, whose frequency lemma-is inflates).
    // (Not a cross-reference entry: "lagi", "leiðir" are listed as homograph lemmas of lag, leið.)
    // (So too a modifier whose other readings are verbs, or a noun spelt with "-ur" whose rank
    // the form inflates: "met|hagnaður" = record, not the verb meta; "verð|þróun" = price, not
    // verður (meal); but "vals-" is of valur, "loka-" of lok.)
    const exact = rs.find((r) => r.lemma === form && r.pos === 'noun' && this.lex.hasGloss(r.lemma, 'noun') && (isHead || rs.every((o) => o === r || o.pos === 'verb' || o.lemma === form + 'ur')));
    // (Unless the form is the dative of a commoner noun: "neyðar|stigi" is of stig (level), not
    // stigi (ladder); "-starfi" of starf.)
    const dative = exact && isHead && form.endsWith('i') ? rs.find((r) => r.pos === 'noun' && r.lemma + 'i' === form && this.lex.rankOf(r.lemma) < this.lex.rankOf(exact.lemma) && this.commonGloss(r.lemma)) : undefined;
    if (dative) return dative.lemma;
    if (exact) return exact.lemma;
    // A verb head spelt as its own infinitive: "endur|rækta" = rækta (cultivate), not rækja,
    // of which lemma-is lists "rækta" as a form too.
    const infinitive = isHead ? rs.find((r) => r.lemma === form && r.pos === 'verb' && this.lex.hasGloss(r.lemma, 'verb')) : undefined;
    if (infinitive && rs.every((r) => r === infinitive || r.pos === 'verb')) return infinitive.lemma;
    return this.pickBest(rs.map((r) => r.lemma));
  }

  /** "ICE-liðum": parts are the pieces; the lemma keeps the modifier and lemmatizes the head. */
  private hyphenated(lower: string): CompoundInfo | null {
    const pieces = lower.split('-').filter(Boolean);
    if (pieces.length < 2) return null;
    const headForm = pieces[pieces.length - 1];
    const headReadings = this.lex.readings(headForm);
    const parts: string[] = [];
    for (const p of pieces.slice(0, -1)) {
      const r = this.lex.readings(p);
      parts.push(r.length ? this.pickBest(r.map((x) => x.lemma)) : p);
    }
    const head = headReadings.length ? headReadings[0] : undefined;
    parts.push(head ? head.lemma : headForm);
    const prefix = lower.slice(0, lower.lastIndexOf('-') + 1);
    const reading = head ? { ...head, lemma: prefix + head.lemma } : undefined;
    return { parts, reading };
  }

  /** Reading of the whole word: the longest suffix lemma-is lemmatizes to `head`. */
  private headReading(lower: string, head: string): Reading | undefined {
    for (let k = 2; k <= lower.length - 2; k++) {
      const suffix = lower.slice(k);
      const listed = this.lex.readings(suffix);
      const rs = (listed.length ? listed : unlistedNoun(this.lex, suffix, true)).filter((r) => r.lemma === head && plausibleLemma(suffix, r.lemma));
      if (rs.length) {
        const r = POS_PREF.map((p) => rs.find((x) => x.pos === p)).find(Boolean) ?? rs[0];
        // A verb's past participle after a modifier is an adjective ("radd|stýrðum" = voice-
        // controlled: raddstýrður), glossed by its verb.
        const participle = r.pos === 'verb' ? listed.find((x) => x.pos === 'adjective' && /[ðdt]ur$/u.test(x.lemma) && x.lemma.startsWith(head.slice(0, -2))) : undefined;
        if (participle) return { ...participle, lemma: lower.slice(0, k) + participle.lemma };
        return { ...r, lemma: lower.slice(0, k) + r.lemma };
      }
    }
    return undefined;
  }

  /**
   * The splitter lists alternative lemmas for one segment side by side ("njósna", "njósn");
   * keep one per segment: glossed first, then nouns, then the commoner lemma.
   */
  private choose(parts: string[]): string[] {
    const groups: string[][] = [];
    for (const p of parts) {
      const g = groups[groups.length - 1];
      if (g && g.some((q) => sharePrefix(p, q))) g.push(p);
      else groups.push([p]);
    }
    // A modifier listed as its form and its lemma: "jökla", of jökull, in "jökla|fræðingur". (Not
    // the head: two lemmas of its one form are for `sameHead` to choose between.)
    for (let k = groups.length - 3; k >= 0; k--) {
      if (groups[k].some((p) => groups[k + 1].some((q) => this.formOf(p, q) || this.formOf(q, p)))) groups.splice(k, 2, [...groups[k], ...groups[k + 1]]);
    }
    return groups.map((g) => this.pickBest(g));
  }

  /** Whether `form` is a listed form of the lemma `lemma`. */
  private formOf(form: string, lemma: string): boolean {
    return this.lex.readings(form).some((r) => r.lemma === lemma);
  }

  /**
   * The splitter may list two lemmas of the head's one form as the last two parts ("menn" →
   * maður, menna in "jarðvísindamenn"); keep the better one.
   */
  private sameHead(lower: string, parts: string[]): string[] {
    if (parts.length < 3) return parts;
    const [p, q] = parts.slice(-2);
    for (let k = 1; k <= lower.length - MIN_PART; k++) {
      const rs = this.lex.readings(lower.slice(k)).filter((r) => r.lemma === p || r.lemma === q);
      if (new Set(rs.map((r) => r.lemma)).size < 2) continue;
      // (A participle head makes an adjective, as in `resolve`: "stagbætt" → bættur, not bæta.)
      const adjective = rs.find((r) => r.pos === 'adjective');
      const head = adjective && rs.some((r) => r.pos === 'verb') ? adjective.lemma : this.pickBest([p, q]);
      return [...parts.slice(0, -2), head];
    }
    return parts;
  }

  /** A two-letter noun that is a common compound modifier ("ís" = ice, "bú" = farm). */
  private shortNoun(form: string): boolean {
    return SHORT_NOUNS.has(form) && this.lex.hasGloss(form, 'noun');
  }


  /** Glossed as a common word: a name's gloss ("Ingi": man's name) makes no compound part. */
  private commonGloss(lemma: string): boolean {
    return this.lex.entries(lemma).some((e) => e.pos !== 'proper-noun' && e.senses.length > 0);
  }

  private pickBest(lemmas: string[]): string {
    let bestKey = lemmas[0];
    let bestScore = -Infinity;
    for (const l of lemmas) {
      const entries = this.lex.entries(l);
      // (A personal name is no part: "birki|skógur" is birch, not the man's name Birkir.)
      const glossed = entries.some((e) => e.senses.length > 0 && e.pos !== 'proper-noun');
      const noun = entries.some((e) => e.pos === 'noun');
      // A noun lemma spelt like another candidate's accusative/dative singular ("samning", of
      // "samningur") owes its rank to that form: "samninga|viðræður" are of contracts. (Long lemmas
      // only: "lið" and "verk" are common nouns of their own beside "liður" and "verkur".)
      const inflated = (noun && l.length >= 6 && lemmas.some((m) => m === l + 'ur' && this.lex.hasGloss(m, 'noun'))) ||
        // (Or a noun lemma spelt like a frequent verb form, which owes its rank to that form:
        // "hveiti|verði" is of verð (price), not verður (meal), spelt like verða's "verður".)
        (noun && l.endsWith('ur') && lemmas.includes(l.slice(0, -2)) && this.lex.readings(l).some((r) => r.pos === 'verb' && r.lemma !== l));
      const rank = this.lex.rankOf(l);
      const s = (glossed ? 100 : 0) + (noun ? 10 : 0) - (inflated ? 5 : 0) - Math.log((Number.isFinite(rank) ? rank : 1e6) + 2);
      if (s > bestScore) {
        bestScore = s;
        bestKey = l;
      }
    }
    return bestKey;
  }
}

/** The noun reading of a head form lemma-is does not list: (definite, then) indefinite case form. */
function unlistedNoun(lex: Lexicon, form: string, definite: boolean): Reading[] {
  const r = (definite ? definiteNounReading(lex, form) : undefined) ?? nounFormReading(lex, form) ?? listedLemmaNoun(lex, form);
  return r ? [r] : [];
}

/**
 * A glossed noun lemma lemma-is lists but does not lemmatize from its own form: its binary
 * answers "rakningu" with rakning but "rakning" with nothing, so "smit|rakning" had no head.
 */
function listedLemmaNoun(lex: Lexicon, form: string): Reading | undefined {
  if (lex.rankOf(form) === Infinity) return undefined;
  const e = lex.entries(form).find((x) => x.pos === 'noun' && x.senses.length > 0);
  return e ? { lemma: form, pos: 'noun', bin: '', gender: e.gender } : undefined;
}

const VOWEL = /^[aeiouyáéíóúýæöø]/u;

/**
 * Whether `lemma` can be the lemma of the part `form`: same first letter (or both vowels:
 * "endur" → önd) and not much longer. lemma-is's binary answers some short strings with
 * unrelated rare lemmas ("inu" → bakteríuplasmín), which must not become compound heads.
 */
function plausibleLemma(form: string, lemma: string): boolean {
  if (lemma.length > form.length + 3) return false;
  return form[0] === lemma[0] || (VOWEL.test(form) && VOWEL.test(lemma));
}

function sharePrefix(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length, 4);
  return n >= 3 && a.slice(0, n) === b.slice(0, n);
}
