/**
 * Flat, learner-level view of analysed tokens (what the popover would show), shared by the
 * `analyze` and `eval` commands.
 */
import { compoundPartPos } from '../../lang/analyse/partPos.ts';
import { compoundPartForm, cueFirst, formFirst, partContext } from '../../lang/dictionary/formSenses.ts';
import { phraseContext, sentenceContext } from '../../lang/dictionary/sentenceContext.ts';
import { nameShowsSenses } from '../../lang/dictionary/nameSenses.ts';
import { pronounForm } from '../../lang/analyse/pronounForms.ts';
import type { AnalysedToken, Analysis, DictEntry, GlossSource, PartOfSpeech } from '../../lang/types.ts';

export interface TokenReport {
  start: number;
  end: number;
  text: string;
  kind: AnalysedToken['kind'];
  lemma: string | null;
  candidates: { lemma: string; pos: PartOfSpeech }[];
  pos: PartOfSpeech | null;
  gender: string | null;
  gloss: string | null;
  glossSource: GlossSource | null;
  parts: { lemma: string; gloss: string | null }[] | null;
  isName: boolean;
  name?: string;
  phrase: { key: string; gloss: string | null } | null;
  /** Middle voice (-st) of the chosen verb with its first gloss ("lést" → látast, die). */
  middle: { lemma: string; gloss: string | null } | null;
  /** Comparative/superlative with its own meaning ("helstu" → helstur, main). */
  degree: { lemma: string; gloss: string | null } | null;
  /** The verb of a present participle with no gloss of its own ("sjóðandi" → sjóða, boil). */
  participleOf: { lemma: string; gloss: string | null } | null;
  /** The adjective a "-lega" adverb with no gloss of its own is made from. */
  adverbOf: { lemma: string; gloss: string | null } | null;
}

function pickEntry(entries: DictEntry[] | undefined, pos?: PartOfSpeech): DictEntry | undefined {
  if (!entries?.length) return undefined;
  return entries.find((e) => e.pos === pos && e.senses.length > 0) ?? entries.find((e) => e.senses.length > 0) ?? entries[0];
}

function firstSense(entries: DictEntry[] | undefined, pos?: PartOfSpeech, form?: string, context?: ReadonlySet<string>): { gloss: string; source: GlossSource } | null {
  const e = pickEntry(entries, pos);
  // A sense that belongs to the written form comes first ("vextir" → interest, "hvað" → what),
  // then one the sentence cues ("stig" beside "frost").
  return e ? (formFirst(cueFirst(e.senses, context), form)[0] ?? null) : null;
}

/** A compound part's first sense, a sense of the form the word shows first ("vaxta|hækkun"). */
function partSense(entries: DictEntry[] | undefined, pos: PartOfSpeech | undefined, word: string, isHead: boolean, next: string | undefined, isName: boolean, modifiers: string[]): { gloss: string; source: GlossSource } | null {
  const e = pickEntry(entries, pos);
  return e ? firstSense(entries, pos, compoundPartForm(e.senses, word, isHead, next), partContext(isHead, isName, modifiers)) : null;
}

/** The chosen lemma key of a token (or the name / lower-case form when it has no candidates). */
export function predictedLemma(t: AnalysedToken): string {
  const c = t.candidates[t.chosen] ?? t.candidates[0];
  if (c) return c.lemma;
  return (t.isName && t.name ? t.name : t.text).toLowerCase();
}

/** Whether the learner gets a gloss for the token: its lemma, all compound parts, or its phrase. */
export function isGlossed(a: Analysis, t: AnalysedToken): boolean {
  const c = t.candidates[t.chosen] ?? t.candidates[0];
  if (c && firstSense(a.entries[c.lemma], c.pos)) return true;
  if (t.parts?.length && t.parts.every((p) => firstSense(a.entries[p]))) return true;
  if (t.phrase !== undefined && firstSense(a.entries[a.phrases[t.phrase].key])) return true;
  if ((c?.pos === 'adjective' || c?.pos === 'adverb') && t.participleOf && firstSense(a.entries[t.participleOf], 'verb')) return true;
  if (c?.pos === 'adverb' && t.adverbOf && firstSense(a.entries[t.adverbOf], 'adjective')) return true;
  return false;
}

export function reportToken(a: Analysis, t: AnalysedToken, index = a.tokens.indexOf(t)): TokenReport {
  const c = t.candidates[t.chosen] ?? t.candidates[0];
  const middle = c && t.middle && c.pos === 'verb' && t.middle === c.lemma + 'st' ? t.middle : undefined;
  const context = sentenceContext(a, index);
  const middleSense = middle ? firstSense(a.entries[middle], 'verb', undefined, context) : null;
  const degree = c && t.degree && (c.pos === 'adjective' || c.pos === 'adverb') ? t.degree : undefined;
  const degreeSense = degree && c ? firstSense(a.entries[degree], c.pos) : null;
  const participle = c?.pos === 'adjective' || c?.pos === 'adverb' ? t.participleOf : undefined;
  const participleSense = participle ? firstSense(a.entries[participle], 'verb') : null;
  const adverbOf = c?.pos === 'adverb' ? t.adverbOf : undefined;
  const adverbSense = adverbOf ? firstSense(a.entries[adverbOf], 'adjective') : null;
  // A middle-voice form's meaning here is the middle voice's ("lést" = died, not "let"); likewise
  // a superlative with its own meaning ("helstu" = main, not "elite").
  // A pronoun's case form means what it says ("þeirra" = their, not "he").
  const form = c?.pos === 'pronoun' ? pronounForm(t.text, c.lemma) : null;
  const formSense = form ? { gloss: form.gloss, source: 'lesa' as const } : null;
  // (A name read through a verb, "Blikar" → blika = gleam, has no gloss of its own.)
  const nameVerb = !!c && !nameShowsSenses(t.isName, c.pos, a.entries[c.lemma]);
  const sense = nameVerb ? null : (formSense ?? middleSense ?? degreeSense ?? (c ? firstSense(a.entries[c.lemma], c.pos, t.text, context) : null) ?? participleSense ?? adverbSense);
  const entry = c ? pickEntry(a.entries[c.lemma], c.pos) : undefined;
  const phrase = t.phrase !== undefined ? a.phrases[t.phrase] : undefined;
  const r: TokenReport = {
    start: t.start,
    end: t.end,
    text: t.text,
    kind: t.kind,
    lemma: c ? (entry?.lemma ?? c.lemma) : null,
    candidates: t.candidates.map((x) => ({ lemma: x.lemma, pos: x.pos })),
    pos: c?.pos ?? (t.isName ? 'proper-noun' : null),
    gender: c?.gender ?? entry?.gender ?? null,
    gloss: sense?.gloss ?? null,
    glossSource: sense?.source ?? null,
    parts: t.parts ? t.parts.map((p, i, all) => ({ lemma: p, gloss: partSense(a.entries[p], compoundPartPos(p, a.entries[p], i, all.length, c?.pos), t.text, i === all.length - 1, all[i + 1], t.isName, all.slice(0, -1))?.gloss ?? null })) : null,
    isName: t.isName,
    phrase: phrase ? { key: phrase.key, gloss: firstSense(a.entries[phrase.key], 'phrase', undefined, phraseContext(a, t.phrase!))?.gloss ?? null } : null,
    middle: middle ? { lemma: middle, gloss: middleSense?.gloss ?? null } : null,
    degree: degree ? { lemma: degree, gloss: degreeSense?.gloss ?? null } : null,
    participleOf: participle ? { lemma: participle, gloss: participleSense?.gloss ?? null } : null,
    adverbOf: adverbOf ? { lemma: adverbOf, gloss: adverbSense?.gloss ?? null } : null,
  };
  if (t.isName && t.name) r.name = t.name;
  return r;
}
