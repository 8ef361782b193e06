/**
 * In-context analysis of Icelandic text: tokens with ranked lemma candidates, names, compound
 * parts, fixed phrases and the dictionary entries the gloss popover needs.
 *
 * Framework-free; the analysis Web Worker and the CLIs call these same functions.
 */
import type { AnalysedToken, Analysis, Candidate, DictEntry, PhraseSpan } from '../types.ts';
import { lookupForm, tokenizeWithSentences } from '../tokenize/index.ts';
import { Compounds } from './compounds.ts';
import { nounFormReading } from './nounForm.ts';
import { weakVerbFormReading } from './verbForm.ts';
import { adjectiveFormReading } from './adjectiveForm.ts';
import { definiteNounReading } from './definite.ts';
import { best, nextWord, prevWord, type Scored, type WorkToken } from './context.ts';
import { Lexicon, type DictionaryLike, type LemmatizerLike, type Reading } from './lexicon.ts';
import { capitalise, isCapitalised, stripGenitive } from './names.ts';
import { PhraseIndex } from './phrases.ts';
import { applyInflatedSelfPenalty, applySameLemmaVerb, priorScore } from './prior.ts';
import { CONTEXT_RULES } from './rules/index.ts';


/** Marks a lemma (not a form) in the set of words the text capitalises mid-sentence. */
const MID_LEMMA = '\u0000';
export type { DictionaryLike, LemmatizerLike } from './lexicon.ts';

import { ANALYSIS_VERSION } from './version.ts';

export { ANALYSIS_VERSION };

/** Phrases whose first word is a noun that is also a verb's lemma ("hætta á" = risk of). */
const NOUN_LED_PHRASES = new Set(['hætta á']);

export interface AnalyserDeps {
  lemmatizer: LemmatizerLike;
  dictionary: DictionaryLike;
}

/**
 * The analysis of one typed word: the token itself, plus the entries its popover needs. `token`
 * repeats the token (without `entries`) for callers that expect `{ token, entries }`.
 */
export type AnalysedForm = AnalysedToken & { token: AnalysedToken; entries: Record<string, DictEntry[]> };

export interface Analyser {
  analyse(text: string): Analysis;
  analyseForm(form: string, prev?: string, next?: string): AnalysedForm;
  /** For debugging rules: every word's readings with scores and the reasons behind them. */
  explain(text: string): { text: string; readings: { lemma: string; pos: string; score: number; reasons: string[] }[] }[];
  readonly dictVersion: string;
}

/** Per-token results beyond the ranked readings. */
interface TokenInfo {
  isName: boolean;
  name?: string;
  parts?: string[];
}

export function createAnalyser({ lemmatizer, dictionary }: AnalyserDeps): Analyser {
  const lex = new Lexicon(lemmatizer, dictionary);
  const compounds = new Compounds(lex);
  const phraseIndex = new PhraseIndex(dictionary.phrases());

  function buildWorkTokens(text: string): { toks: WorkToken[]; sentences: { start: number; end: number }[] } {
    const { tokens, sentences, sentenceOf } = tokenizeWithSentences(text);
    const toks: WorkToken[] = new Array(tokens.length);
    let lastSentence = -1;
    let seenWordInSentence = false;
    for (let i = 0; i < tokens.length; i++) {
      const raw = tokens[i];
      const sentence = sentenceOf[i];
      if (sentence !== lastSentence) {
        lastSentence = sentence;
        seenWordInSentence = false;
      }
      const form = raw.kind === 'word' ? lookupForm(raw.text) : raw.text;
      let sentenceInitial = false;
      if (raw.kind === 'word') {
        const p = tokens[i - 1];
        // After a colon or an opening quote/dash a capital starts a new "sentence" too.
        sentenceInitial = !seenWordInSentence ||
          (!!p && sentenceOf[i - 1] === sentence && p.kind === 'punctuation' && /^[:„“"«–—•]$/u.test(p.text));
      }
      if (raw.kind === 'word' || raw.kind === 'number') seenWordInSentence = true;
      toks[i] = { raw, form, lower: form.toLowerCase(), sentence, sentenceInitial, readings: [] };
    }
    return { toks, sentences };
  }

  function initialReadings(t: WorkToken): Scored[] {
    const hyphenated = t.raw.kind === 'word' ? hyphenatedReadings(t.form) : undefined;
    if (hyphenated) return hyphenated;
    const rs: Reading[] = lex.readings(t.form);
    const out: Scored[] = rs.map((r) => ({ ...r, score: 0, reasons: [] }));
    // Abbreviations and other dictionary-only keys ("kr.", "t.d.").
    if (out.length === 0 && dictionary.has(t.lower)) {
      for (const e of lex.entries(t.lower)) {
        if (!out.some((r) => r.pos === e.pos)) out.push({ lemma: t.lower, pos: e.pos, bin: '', gender: e.gender, score: 0, reasons: ['dictionary key'] });
      }
    }
    // A lower-case word lemma-is does not know: a definite form of a known noun, or a compound
    // with a known head. Read here, before the context rules, so that they see a noun ("í
    // áróðursherferðum" is a preposition before a noun). Capitalised unknown words are names or
    // sentence starts, decided after the rules.
    if (out.length === 0 && t.raw.kind === 'word' && t.form === t.lower) {
      const early = unknownWordReading(t.lower);
      if (early) return [{ ...early.reading, score: 0, reasons: [early.reason] }];
    }
    return withPriors(out, t.lower);
  }

  /** Adds the context-free prior (frequency rank, gloss, inflated self-lemmas) to readings of `lower`. */
  function withPriors(out: Scored[], lower: string): Scored[] {
    const competes = out.some((r) => r.bin === 'fn' || r.bin === 'lo');
    for (const r of out) priorScore(lex, r, lower, competes);
    applyInflatedSelfPenalty(lex, out, lower);
    applySameLemmaVerb(out);
    return out;
  }

  /**
   * "Facebook-hópnum", "AFP-fréttastofuna", "sms-skilaboðin": a prefix (often a name or an
   * acronym) joined by a hyphen to a lower-case Icelandic word. Read as that word, with the prefix
   * kept in the lemma ("facebook-hópur"). Not when the dictionary knows the whole word
   * ("Vinstri-græn"), nor for names such as "Suður-Afríku" (capitalised after the hyphen).
   */
  function hyphenatedReadings(form: string): Scored[] | undefined {
    const m = HYPHENATED.exec(form);
    if (!m) return undefined;
    const [, prefix, head] = m;
    if (lex.readings(form).some((r) => lex.entries(r.lemma).length > 0)) return undefined;
    let rs: Scored[] = lex.readings(head).map((r) => ({ ...r, score: 0, reasons: [] }));
    if (rs.length > 0) withPriors(rs, head);
    else {
      const early = unknownWordReading(head);
      if (!early) return undefined;
      rs = [{ ...early.reading, score: 0, reasons: [early.reason] }];
    }
    const key = prefix.toLowerCase() + '-';
    return rs.map((r) => ({ ...r, lemma: key + r.lemma, reasons: [...r.reasons, `${HYPHEN_REASON} ${prefix}`] }));
  }

  /**
   * "lést", "fæddist", "kynntumst": a middle-voice (-st) form, which lemma-is gives the active verb
   * (láta, fæða, kynna). When the dictionary has the middle voice as its own verb (látast = die),
   * its key, so the popover can show what the word means here.
   */
  function middleVoiceKey(t: WorkToken, prev: WorkToken | undefined, next: WorkToken | undefined): string | undefined {
    if (t.raw.kind !== 'word' || !t.lower.endsWith('st')) return undefined;
    const verb = t.readings.find((r) => r.pos === 'verb');
    if (!verb || verb.lemma.endsWith('st') || verb.lemma.includes('-')) return undefined;
    // Next to "þú", "komst"/"fórst"/"sást" is the 2nd person past of the active verb (you came),
    // "kom"/"fór"/"sá" + t.
    if ((prev?.lower === 'þú' || next?.lower === 'þú') && lex.readings(t.lower.slice(0, -2)).some((r) => r.lemma === verb.lemma)) return undefined;
    const key = verb.lemma + 'st';
    return lex.hasGloss(key, 'verb') ? key : undefined;
  }

  /**
   * "helstu", "síðasta", "frekari": a comparative or superlative that lemma-is gives the positive
   * (heldri, síðari, frekur) but that has its own adjective entry (helstur = main, síðastur =
   * last, frekari = further). Superlatives: the letters up to "st" + "ur"; comparatives: the form.
   */
  function degreeKey(t: WorkToken): string | undefined {
    if (t.raw.kind !== 'word') return undefined;
    // For the reading ranked first. Adverbs: lemma-is gives "fremur" (rather) the lemma "harla",
    // "helst" (preferably) "gjarnan".
    const b = t.readings[0];
    if (b?.pos === 'adverb') return b.lemma !== t.lower && lex.hasGloss(t.lower, 'adverb') ? t.lower : undefined;
    const adj = b?.pos === 'adjective' ? b : undefined;
    if (!adj) return undefined;
    const sup = /^(\p{L}+?st)(?:ur|i|a|u|ir|ar|an|um|ri|ra|rar|rum|s)?$/u.exec(t.lower);
    // (u-umlaut: "síðustu" → síðastur.)
    const keys = [/(?:ari|ri)$/u.test(t.lower) ? t.lower : '', sup ? sup[1] + 'ur' : '', sup && /ust$/u.test(sup[1]) ? sup[1].slice(0, -3) + 'astur' : ''];
    return keys.find((k) => k && k !== adj.lemma && lex.hasGloss(k, 'adjective'));
  }

  /**
   * "sjóðandi": a present participle read as an adjective or adverb with no gloss of its own;
   * the verb it comes from, when that verb has a gloss (sjóða = boil).
   */
  function participleKey(t: WorkToken): string | undefined {
    const b = t.readings[0];
    if (t.raw.kind !== 'word' || !(b?.pos === 'adjective' || b?.pos === 'adverb') || b.lemma !== t.lower || !t.lower.endsWith('andi') || lex.hasGloss(b.lemma, b.pos)) return undefined;
    return t.readings.find((r) => r.pos === 'verb' && lex.hasGloss(r.lemma, 'verb'))?.lemma;
  }

  /**
   * "hressilega": a "-lega" adverb with no gloss of its own; the adjective it is made from, when
   * that has a gloss (hressilegur = refreshing; "sanngjarnlega" → sanngjarn = fair). Instead of
   * splitting it into nonsense parts (hress + lega = situation).
   */
  function adverbKey(t: WorkToken): string | undefined {
    const b = t.readings[0];
    if (t.raw.kind !== 'word' || b?.pos !== 'adverb' || !t.lower.endsWith('lega') || lex.hasGloss(b.lemma, 'adverb') || lex.hasGloss(t.lower, 'adverb')) return undefined;
    const stem = t.lower.slice(0, -4);
    return [stem + 'legur', stem, stem.endsWith('i') ? stem.slice(0, -1) : ''].find((k) => k.length >= 3 && lex.hasGloss(k, 'adjective'));
  }

  /**
   * A phrase that opens with a verb's lemma ("taka gildi", "fara fram") makes its first word that
   * verb when the word was read as a noun or adjective of the same spelling ("reglur … taka gildi",
   * not the noun taka).
   */
  function verbOfPhrase(t: WorkToken, key: string): void {
    // (Some phrases open with a noun spelt like a verb: "mikil hætta á að …" = a great risk that.)
    if (NOUN_LED_PHRASES.has(key)) return;
    const first = key.split(' ')[0];
    const b = t.readings[0];
    // A comparative before "en" is the comparison ("minna en" = less than), not the verb minna.
    if (b?.pos === 'adjective' && key.endsWith(' en')) return;
    if (!b || (b.pos !== 'noun' && b.pos !== 'adjective' && !(b.pos === 'verb' && b.lemma !== first))) return;
    const k = t.readings.findIndex((r) => r.pos === 'verb' && r.lemma === first);
    if (k <= 0) return;
    const [verb] = t.readings.splice(k, 1);
    verb.reasons.push(`first word of the verb phrase "${key}"`);
    t.readings.unshift(verb);
  }

  /**
   * A two-word phrase of a preposition and a noun form ("í verði" = in price, "í standi") makes
   * its second word the noun when it was read as a verb of the same spelling (verði → verða).
   */
  function nounOfPhrase(toks: WorkToken[], tokens: number[], key: string): void {
    if (tokens.length !== 2 || toks[tokens[0]].readings[0]?.pos !== 'preposition') return;
    const t = toks[tokens[1]];
    // (Not a phrase written with the verb: "til stóð" is "til standa".)
    if (t.readings[0]?.pos !== 'verb' || t.lower === 'að' || key.split(' ')[1] === t.readings[0].lemma) return;
    const k = t.readings.findIndex((r) => r.pos === 'noun' && lex.hasGloss(r.lemma, 'noun'));
    if (k <= 0) return;
    const [noun] = t.readings.splice(k, 1);
    noun.reasons.push('noun of a preposition phrase');
    t.readings.unshift(noun);
  }

  /** The reading of a word lemma-is does not know, from its article ending or compound head. */
  function unknownWordReading(lower: string): { reading: Reading; reason: string } | undefined {
    const definite = definiteNounReading(lex, lower);
    if (definite) return { reading: definite, reason: 'known noun with the suffixed article' };
    const adjective = adjectiveFormReading(lex, lower);
    if (adjective) return { reading: adjective, reason: 'form of a known adjective' };
    // A "-lega" adverb lemma-is does not list, made from a glossed adjective ("sanngjarnlega").
    const stem = lower.endsWith('lega') ? lower.slice(0, -4) : '';
    if (stem.length >= 3 && (lex.hasGloss(stem + 'legur', 'adjective') || lex.hasGloss(stem, 'adjective'))) return { reading: { lemma: lower, pos: 'adverb', bin: 'ao' }, reason: 'adverb made from a known adjective' };
    const verb = weakVerbFormReading(lex, lower);
    if (verb) return { reading: verb, reason: 'past form of a known weak verb' };
    const noun = nounFormReading(lex, lower);
    if (noun) return { reading: noun, reason: 'case form of a known noun' };
    const c = compounds.analyse(lower);
    if (c?.reading && c.parts.length >= 2) return { reading: c.reading, reason: 'compound head' };
    return undefined;
  }

  /** Names, compounds and unknown words, after the readings are ranked. */
  /**
   * Nationality and inhabitant nouns ("Þjóðverjum", "Rússa", "Íslendingar") are written with a
   * capital in Icelandic but are common nouns: the dictionary glosses them with a capitalised
   * English word ("German", "Russian", "Icelander"). They are not names.
   */
  /** A capitalised given name follows ("Hjörvar Steinn Grétarsson"): the dictionary has it as a person's name. */
  function beforeGivenName(next: WorkToken | undefined): boolean {
    if (!next || !isCapitalised(next.form) || next.form === next.form.toUpperCase()) return false;
    return lex.entries(next.lower).some((e) => e.pos === 'proper-noun' && /\bname\b/u.test(e.senses[0]?.gloss ?? ''));
  }

  function isDemonym(b: Scored): boolean {
    if (b.pos !== 'noun') return false;
    const e = lex.entries(b.lemma).find((x) => x.pos === 'noun' && x.senses.length > 0);
    return !!e && /^\p{Lu}\p{Ll}/u.test(e.senses[0].gloss);
  }

  function resolveToken(t: WorkToken, seenForms: ReadonlySet<string>, midCapitals: ReadonlySet<string>, next?: WorkToken, prev?: WorkToken): TokenInfo {
    if (t.raw.kind !== 'word') return { isName: false };
    const hy = t.readings[0]?.reasons.find((r) => r.startsWith(HYPHEN_REASON));
    if (hy) {
      // Not a name even when the prefix is one: the word is the common noun (or adjective…) after the hyphen.
      const prefix = hy.slice(HYPHEN_REASON.length + 1);
      // A lower-case prefix shows as its glossed lemma: "norsk-íslenskri" → norskur + íslenskur.
      const lower = prefix.toLowerCase();
      const lemma = prefix === lower ? lex.readings(lower).find((r) => (r.pos === 'adjective' || r.pos === 'noun') && r.lemma.slice(0, 3) === lower.slice(0, 3) && lex.hasGloss(r.lemma))?.lemma : undefined;
      return { isName: false, parts: [lemma ?? prefix, t.readings[0].lemma.slice(prefix.length + 1)] };
    }
    const cap = isCapitalised(t.form);
    const known = t.readings.length > 0;
    // Known proper lemmas in the dictionary ("Bandaríkjanna" → Bandaríkin).
    // (Not a place before a patronymic: "Eyja Sigurðardóttir" is a woman, not the Westman Islands.
    // A person's name is glossed as a name or as itself: "Þórunn", "Valur (sports club …)".)
    const patronymicNext = !!next && /(?:son|dóttir|dóttur|sson)$/u.test(next.form) && isCapitalised(next.form);
    const personOrName = (e: { lemma: string; senses: { gloss: string }[] }) => /\bname\b/u.test(e.senses[0]?.gloss ?? '') || (e.senses[0]?.gloss ?? '').toLowerCase().startsWith(e.lemma.toLowerCase());
    const proper = t.readings.filter((r) => lex.entries(r.lemma).some((e) => e.pos === 'proper-noun' && (!patronymicNext || personOrName(e))));
    // (A lemma may have both: "eldur" fire and the name "Eldur"; "Eldurinn" opening a sentence is
    // the fire.)
    const commonGlossed = t.readings.some((r) => lex.entries(r.lemma).some((e) => e.pos !== 'proper-noun' && e.senses.length > 0));
    // (At sentence start too when the text also writes the form mid-sentence: "… segir Anna. Anna
    // ólst upp …" is the name, not the noun önn.)
    // Also at sentence start when the text writes the same name mid-sentence in any form: "Valur
    // vann …" next to "… leikmenn Vals" is the club, not the falcon; a lone "Eldur kom upp" is
    // the fire.
    const nameInText = proper.some((r) => midCapitals.has(MID_LEMMA + r.lemma));
    if (cap && proper.length > 0 && (!t.sentenceInitial || !commonGlossed || nameInText || midCapitals.has(t.form) || (!!next && isCapitalised(next.form)))) {
      for (const r of proper) {
        r.pos = 'proper-noun';
        r.score += 5;
        r.reasons.push('proper noun in dictionary +5');
      }
      sortReadings(t);
      const b = t.readings[0];
      const head = lex.entries(b.lemma).find((e) => e.pos === 'proper-noun');
      return { isName: true, name: head?.lemma ?? capitalise(b.lemma) };
    }
    if (known) {
      const b = t.readings[0];
      const glossed = lex.hasGloss(b.lemma);
      const info: TokenInfo = { isName: false };
      // Capitalised mid-sentence, or at sentence start in a form the text also capitalises
      // mid-sentence ("Musk sagður …" when "… Elon Musk …" follows).
      if (cap && (!t.sentenceInitial || midCapitals.has(t.form) || ((beforeSurname(t, next) || (t.readings.every((r) => r.pos === 'noun') && beforeGivenName(next))) && !lex.hasGloss(t.readings[0].lemma, 'noun'))) && t.form !== t.form.toUpperCase() && !(isDemonym(b) && !inNameRun(t, prev, next))) {
        info.isName = true;
        // A name read through a verb or other word class ("Blikar" → blika, gleam) keeps its form.
        // (Or through a noun reading whose genitive it is: "Bjarts" → Bjartur, not "Bjart".)
        const nounReading = b.pos === 'noun' || b.pos === 'proper-noun' ? b : t.readings.find((r) => r.pos === 'noun' && plausibleNameLemma(t.lower, r.lemma));
        info.name = nounReading ? capitalise(nounReading.lemma) : stripGenitive(t.form, seenForms);
        // A form in -s before a surname that is no genitive is a given name in the nominative:
        // "Mats Wilander", "Lars Lagerbäck" (not the genitive of "mat"), but "Jóns Sigurðssonar".
        // Its common-noun readings are then no meaning of it: it shows as an unknown name.
        if (nounReading && t.lower.endsWith('s') && nounReading.lemma !== t.lower && nominativeSurnameNext(next)) {
          info.name = t.form;
          t.readings.length = 0;
        }
      } else if (cap && t.form === t.form.toUpperCase() && (t.form.length > 1 ? !glossed : !t.sentenceInitial)) {
        // An acronym ("ESB", "NATO") that lemma-is happens to know, or a capital letter standing
        // alone mid-sentence ("á X, samfélagsmiðli Musks"), not the letter's name.
        info.isName = true;
        info.name = t.form;
      }
      if (!glossed && t.form !== t.form.toUpperCase() && !adverbKey(t)) {
        // Compound parts also for names made of words ("Þjóðaröryggisstofnun").
        const c = compounds.analyse(t.lower);
        // A word read through its compound head shows its parts even if one has no gloss, as
        // does a common word (not a name) whose head alone is glossed ("aflandsfélag").
        if (c && (b.reasons.includes('compound head') || c.parts.every((p) => lex.hasGloss(p)) || (c.partial && !info.isName))) info.parts = c.parts;
      }
      return info;
    }
    // Unknown to lemma-is.
    if (/\p{N}/u.test(t.form) && !/\p{L}{2}/u.test(t.form)) return { isName: false };
    if (cap && (!t.sentenceInitial || t.form === t.form.toUpperCase())) {
      const info: TokenInfo = { isName: true, name: stripGenitive(t.form, seenForms) };
      const c = t.form === t.form.toUpperCase() ? null : compounds.analyse(t.lower);
      if (c && c.parts.every((p) => lex.hasGloss(p))) info.parts = c.parts;
      return info;
    }
    // (Lower-case words got these readings before the rules; this is for sentence-initial ones.)
    const early = unknownWordReading(t.lower);
    if (early) {
      t.readings.push({ ...early.reading, score: 0, reasons: [early.reason] });
      const c = early.reason === 'compound head' ? compounds.analyse(t.lower) : null;
      return c ? { isName: false, parts: c.parts } : { isName: false };
    }
    if (cap) return { isName: true, name: stripGenitive(t.form, seenForms) };
    return { isName: false };
  }

  /**
   * "norðan- og austanverðu", "umhverfis- og auðlindamála": a word written with a hyphen before
   * "og"/"eða" is the first half of a compound whose second half ends the next word. The
   * completed word ("norðanverðu" → norðanverður, northern) leads when lemma-is knows it.
   */
  function completeTruncated(toks: WorkToken[], i: number): void {
    const t = toks[i];
    const h = toks[i + 1];
    const c = toks[i + 2];
    const w = toks[i + 3];
    if (t.raw.kind !== 'word' || !h || h.raw.kind !== 'punctuation' || h.raw.text !== '-' || h.raw.start !== t.raw.end) return;
    if (!c || !['og', 'eða', 'né'].includes(c.lower) || !w || w.raw.kind !== 'word' || w.sentence !== t.sentence) return;
    for (let k = 1; w.lower.length - k >= 4; k++) {
      const whole = t.lower + w.lower.slice(k);
      const r = lex.readings(whole).find((x) => (x.pos === 'noun' || x.pos === 'adjective') && lex.hasGloss(x.lemma, x.pos) && x.lemma !== t.lower);
      if (!r) continue;
      const top = Math.max(0, ...t.readings.map((x) => x.score));
      t.readings = [{ ...r, score: top + 3, reasons: [`first half of "${t.lower}- og ${w.lower}": ${whole}`] }, ...t.readings.filter((x) => x.lemma !== r.lemma)];
      return;
    }
  }

  function rank(text: string) {
    const built = buildWorkTokens(text);
    const { toks } = built;
    for (const t of toks) if (t.raw.kind === 'word') t.readings = initialReadings(t);
    for (let i = 0; i < toks.length; i++) completeTruncated(toks, i);
    for (const rule of CONTEXT_RULES) {
      for (let i = 0; i < toks.length; i++) if (toks[i].raw.kind === 'word') rule(toks, i);
    }
    for (const t of toks) sortReadings(t);
    return built;
  }

  function explain(text: string) {
    return rank(text).toks.filter((t) => t.raw.kind === 'word').map((t) => ({
      text: t.raw.text,
      readings: t.readings.map((r) => ({ lemma: r.lemma, pos: r.pos, score: Math.round(r.score * 100) / 100, reasons: r.reasons })),
    }));
  }

  function analyse(text: string): Analysis {
    const { toks, sentences } = rank(text);

    const seenForms = new Set<string>();
    for (const t of toks) if (t.raw.kind === 'word') seenForms.add(t.form);
    const midCapitals = new Set<string>();
    // (Their forms, and their lemmas marked with MID_LEMMA.)
    for (const t of toks) {
      if (t.raw.kind !== 'word' || t.sentenceInitial || !isCapitalised(t.form)) continue;
      midCapitals.add(t.form);
      for (const r of t.readings) midCapitals.add(MID_LEMMA + r.lemma);
    }
    const infos = toks.map((t, i) => {
      const n = toks[i + 1];
      const next = n && n.raw.kind === 'word' && n.sentence === t.sentence ? n : undefined;
      const q = toks[i - 1];
      const prev = q && q.raw.kind === 'word' && q.sentence === t.sentence ? q : undefined;
      return resolveToken(t, seenForms, midCapitals, next, prev);
    });

    const phraseSpans: PhraseSpan[] = [];
    const phraseOf = new Array<number | undefined>(toks.length);
    // A verb form in -st also matches its middle voice's phrases ("byggist á" → "byggjast á").
    // (Not a verb whose own stem ends in "st": "treyst" is the supine of treysta; nor the supine
    // of a stem in "s": "lýst yfir" is lýsa + t.)
    const middleOf = (t: WorkToken) => {
      const b = t.readings[0];
      if (!b || b.pos !== 'verb' || !t.lower.endsWith('st') || b.lemma.endsWith('st') || b.lemma.endsWith('sta')) return undefined;
      return b.lemma.endsWith('sa') && t.lower === b.lemma.slice(0, -1) + 't' ? undefined : b.lemma + 'st';
    };
    // Other verb readings close to the chosen one may make a verb phrase ("bitni á" → bitna á).
    const indexOf = new Map(toks.map((t, k) => [t, k]));
    const otherVerbs = (t: WorkToken): string[] => {
      const b = t.readings[0];
      // (Not a noun right after a preposition: "flykktust á staðinn til að" is the place, no
      // "standa til".)
      if (b?.pos === 'noun' && best(prevWord(toks, indexOf.get(t) ?? 0))?.pos === 'preposition') return NONE;
      // (Nor a noun with its article opening the sentence: "Liðið á enn góða möguleika" is the
      // team, not the supine of líða in "líða á"; a supine needs an auxiliary before it.)
      if (b?.pos === 'noun' && t.sentenceInitial && /(?:inn|in|ið)$/u.test(t.lower)) return NONE;
      let out: string[] | undefined;
      for (let k = 1; k < t.readings.length; k++) {
        const r = t.readings[k];
        if (r.pos === 'verb' && r.lemma !== b.lemma && r.score >= b.score - 0.5) (out ??= []).push(r.lemma);
      }
      return out ?? NONE;
    };
    for (const m of phraseIndex.match(toks, (t) => t.readings[0]?.lemma, (t) => t.readings[0]?.pos === 'verb', middleOf, otherVerbs)) {
      const idx = phraseSpans.length;
      phraseSpans.push({ start: toks[m.first].raw.start, end: toks[m.last].raw.end, key: m.key });
      for (const k of m.tokens) phraseOf[k] = idx;
      verbOfPhrase(toks[m.first], m.key);
      nounOfPhrase(toks, m.tokens, m.key);
    }

    const entries: Record<string, DictEntry[]> = {};
    const addEntries = (key: string) => {
      if (key in entries) return;
      const e = lex.entries(key);
      if (e.length) entries[key] = e.map(cloneEntry);
    };
    const tokens: AnalysedToken[] = toks.map((t, i) => {
      const info = infos[i];
      const candidates: Candidate[] = t.readings.map(toCandidate);
      for (const c of candidates) addEntries(c.lemma);
      const out: AnalysedToken = {
        start: t.raw.start,
        end: t.raw.end,
        text: t.raw.text,
        kind: t.raw.kind,
        candidates,
        chosen: 0,
        isName: info.isName,
        sentence: t.sentence,
      };
      if (info.name !== undefined) out.name = info.name;
      if (info.parts) {
        out.parts = info.parts;
        for (const p of info.parts) addEntries(p);
      }
      const middle = middleVoiceKey(t, prevWord(toks, i), nextWord(toks, i));
      if (middle) {
        out.middle = middle;
        addEntries(middle);
      }
      const degree = degreeKey(t);
      if (degree) {
        out.degree = degree;
        addEntries(degree);
      }
      const participle = degree ? undefined : participleKey(t);
      if (participle) {
        out.participleOf = participle;
        addEntries(participle);
      }
      const adverbOf = degree || participle ? undefined : adverbKey(t);
      if (adverbOf) {
        out.adverbOf = adverbOf;
        addEntries(adverbOf);
      }
      const ph = phraseOf[i];
      if (ph !== undefined) out.phrase = ph;
      return out;
    });
    for (const p of phraseSpans) addEntries(p.key);
    unifyCompoundSpellings(toks, tokens);
    return { version: ANALYSIS_VERSION, dictVersion: dictionary.version, tokens, sentences, phrases: phraseSpans, entries };
  }

  function analyseForm(form: string, prev?: string, next?: string): AnalysedForm {
    const f = form.trim();
    const before = prev?.trim() ? prev.trim() + ' ' : '';
    const text = before + f + (next?.trim() ? ' ' + next.trim() : '');
    const a = analyse(text);
    const start = before.length;
    const tok =
      a.tokens.find((t) => t.start === start && t.kind === 'word') ??
      a.tokens.find((t) => t.start >= start) ?? {
        start: 0, end: 0, text: f, kind: 'other' as const, candidates: [], chosen: 0, isName: false, sentence: 0,
      };
    const token: AnalysedToken = { ...tok, start: tok.start - start, end: tok.end - start, sentence: 0 };
    delete token.phrase;
    const keys = [...token.candidates.map((c) => c.lemma), ...(token.parts ?? []), ...(token.middle ? [token.middle] : []), ...(token.degree ? [token.degree] : []), ...(token.participleOf ? [token.participleOf] : []), ...(token.adverbOf ? [token.adverbOf] : [])];
    const entries: Record<string, DictEntry[]> = {};
    for (const k of keys) if (a.entries[k]) entries[k] = a.entries[k];
    return { ...token, token, entries };
  }

  return { analyse, analyseForm, explain, dictVersion: dictionary.version };
}

/** Prefix, hyphen, lower-case word of at least two letters. */
const HYPHENATED = /^([\p{L}\p{N}][\p{L}\p{N}.-]*)-(\p{Ll}{2,})$/u;
const HYPHEN_REASON = 'hyphenated word, prefix';

/**
 * A sentence-initial capitalised noun right before a surname is a first name ("Eyþór Árnason
 * segir …", "Sean Mackaoui …"): the next word is a patronymic or a capitalised word lemma-is does
 * not know. (The caller also requires that the noun has no common-noun gloss, so titles such as
 * "Varnarmálaráðherrann Guy Parmelin" stay common nouns.)
 */
/** Whether a capitalised word stands next to another one ("Páll Ágúst", "Ágúst Ólafur"): part of a name. */
function inNameRun(t: WorkToken, prev: WorkToken | undefined, next: WorkToken | undefined): boolean {
  const capWord = (w: WorkToken | undefined) => !!w && w.raw.kind === 'word' && w.sentence === t.sentence && isCapitalised(w.form);
  return capWord(next) || (capWord(prev) && !prev!.sentenceInitial);
}

/** The next word is a capitalised surname not in the genitive ("Wilander", not "Sigurðssonar"). */
function nominativeSurnameNext(next: WorkToken | undefined): boolean {
  if (!next || !isCapitalised(next.form) || next.form === next.form.toUpperCase()) return false;
  return !/(?:s|ar|ur|u)$/u.test(next.lower);
}

function beforeSurname(t: WorkToken, next: WorkToken | undefined): boolean {
  if (!next || !isCapitalised(next.form) || next.form === next.form.toUpperCase()) return false;
  if (t.readings.length === 0 || !t.readings.every((r) => r.pos === 'noun' || r.pos === 'proper-noun' || r.pos === 'adjective' || r.pos === 'verb')) return false;
  if (t.readings[0].pos !== 'noun') return false;
  return /(?:son|dóttir|dóttur|sen|sson)$/u.test(next.form) || next.readings.length === 0;
}

function sortReadings(t: WorkToken): void {
  t.readings.sort((a, b) => b.score - a.score);
}

function toCandidate(r: Scored): Candidate {
  const c: Candidate = { lemma: r.lemma, pos: r.pos };
  if (r.gender) c.gender = r.gender;
  return c;
}

const NONE: string[] = [];

function cloneEntry(e: DictEntry): DictEntry {
  return { ...e, senses: e.senses.map((s) => (s.forms ? { ...s, forms: [...s.forms] } : { ...s })) };
}

/** A masculine "-ur" noun lemma of which a name's form is the genitive ("bjarts" → bjartur). */
function plausibleNameLemma(lower: string, lemma: string): boolean {
  return lower.endsWith('s') && lemma === lower.slice(0, -1) + 'ur';
}

/**
 * One lemma for the spellings of one unknown compound in a text: "gervihnattaþyrpingin" and
 * "gervihnattarþyrpingunni" (a plural and a singular genitive link) are both gervihnöttur +
 * þyrping, so the learner meets one word, not two (the commonest spelling's lemma, the first on a tie).
 */
function unifyCompoundSpellings(toks: WorkToken[], tokens: AnalysedToken[]): void {
  const groups = new Map<string, number[]>();
  tokens.forEach((out, i) => {
    const b = toks[i].readings[0];
    if (!out.parts || out.isName || !b?.reasons.includes('compound head')) return;
    const key = `${b.pos}:${out.parts.join('|')}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  for (const g of groups.values()) {
    const counts = new Map<string, number>();
    for (const i of g) counts.set(tokens[i].candidates[0].lemma, (counts.get(tokens[i].candidates[0].lemma) ?? 0) + 1);
    if (counts.size < 2) continue;
    let lemma = tokens[g[0]].candidates[0].lemma;
    for (const [l, n] of counts) if (n > counts.get(lemma)!) lemma = l;
    for (const i of g) tokens[i].candidates[0] = { ...tokens[i].candidates[0], lemma };
  }
}
