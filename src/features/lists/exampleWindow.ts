import type { Analysis } from '../../lang/types';

/** Where the handout cuts a sentence: before the window's first word, after its last (held to it by a no-break space). */
export const CUT_START = '…\u00a0';
export const CUT_END = '\u00a0…';

/** Where a list's word is in its example sentence: UTF-16 offsets into the sentence. */
export interface Span {
  start: number;
  end: number;
}

/**
 * What the handout prints of an example: the text before the word, the word (marked), the text
 * after it, and whether the sentence was cut at either end (the handout then puts an ellipsis
 * there). With no word found, `word` is empty and `before` is the whole window.
 */
export interface ExampleWindow {
  before: string;
  word: string;
  after: string;
  cutStart: boolean;
  cutEnd: boolean;
}

export interface WindowOptions {
  /** Words kept on either side of the word. */
  radius: number;
  /** A sentence of at most this many words is printed whole. */
  wholeUpTo: number;
}

/** The handout's window: four words either side; a sentence of up to twelve words whole. */
export const HANDOUT_WINDOW: WindowOptions = { radius: 4, wholeUpTo: 12 };
/** The window for a word whose sentence the row above already printed: just around the word. */
export const REPEAT_WINDOW: WindowOptions = { radius: 2, wholeUpTo: 5 };

/** A word: letters and digits, with inner hyphens or apostrophes ("COVID-19", "o’clock"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of a text, as spans. */
export function wordSpans(text: string): Span[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);

/**
 * A window of `sentence` around `span` (the word or phrase, which it always holds whole): `radius`
 * words either side, starting and ending at whitespace, so that no word is cut and the punctuation
 * that clings to a word (quotes, a comma, the full stop) stays with it. A side that would lose only
 * one word keeps it (an ellipsis would take as much room). A sentence of at most `wholeUpTo` words is
 * whole. With no span (the word was not found) the sentence's start is printed.
 */
export function exampleWindow(sentence: string, span: Span | null, opts: WindowOptions = HANDOUT_WINDOW): ExampleWindow {
  const text = sentence.replace(/\s+/gu, ' ');
  // Offsets were into the sentence as given: the same after folding whitespace only if nothing folded.
  const s = text === sentence && span && span.start >= 0 && span.end <= text.length && span.start < span.end ? span : null;
  const words = wordSpans(text);
  if (words.length <= opts.wholeUpTo) return split(text, s, 0, text.length);
  let first: number;
  let last: number;
  if (s) {
    // The words the span touches (a span on no word at all: the word after it).
    const a = words.findIndex((w) => w.end > s.start);
    first = a < 0 ? words.length - 1 : a;
    let b = first;
    while (b + 1 < words.length && words[b + 1].start < s.end) b++;
    last = b + opts.radius;
    first -= opts.radius;
  } else {
    first = 0;
    last = 2 * opts.radius;
  }
  if (first <= 1) first = 0;
  if (last >= words.length - 2) last = words.length - 1;
  // Out to the whitespace around the outer words (their quotes and punctuation), and never inside the span.
  let from = words[Math.max(first, 0)].start;
  while (from > 0 && !isSpace(text[from - 1])) from--;
  let to = words[Math.min(last, words.length - 1)].end;
  while (to < text.length && !isSpace(text[to])) to++;
  if (s) {
    from = Math.min(from, s.start);
    to = Math.max(to, s.end);
  }
  if (first <= 0) from = 0;
  if (last >= words.length - 1) to = text.length;
  return split(text, s, from, to);
}

function split(text: string, span: Span | null, from: number, to: number): ExampleWindow {
  const cutStart = from > 0;
  const cutEnd = to < text.length;
  const a = text.slice(from, to);
  if (!span) return { before: a.trim(), word: '', after: '', cutStart, cutEnd };
  return {
    before: text.slice(from, span.start).trimStart(),
    word: text.slice(span.start, span.end),
    after: text.slice(span.end, to).trimEnd(),
    cutStart,
    cutEnd,
  };
}

const fold = (s: string) => s.toLocaleLowerCase('is');
const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};
/** Whether a sentence's word may be a form of a headword's word: the same word, or sharing its first three letters or more. */
const formOf = (form: string, head: string) => fold(form) === fold(head) || commonPrefix(fold(form), fold(head)) >= 3;

/**
 * A guess at where a headword (one word or a phrase) is in a sentence, for words the analysis does
 * not place (an imported list's, or before the language worker is ready): the run of words each
 * sharing the most first letters with the headword's words ("hestur" finds "hesti", "Bandaríkin"
 * "Bandaríkjanna"). Null when none shares three (a form like "er" of "vera" is not guessed).
 */
export function guessSpan(sentence: string, headword: string): Span | null {
  const heads = wordSpans(headword).map((w) => headword.slice(w.start, w.end));
  if (heads.length === 0) return null;
  const words = wordSpans(sentence);
  let best: { span: Span; score: number } | null = null;
  for (let i = 0; i + heads.length <= words.length; i++) {
    let score = 0;
    for (let k = 0; k < heads.length; k++) {
      const w = sentence.slice(words[i + k].start, words[i + k].end);
      if (!formOf(w, heads[k])) {
        score = -1;
        break;
      }
      score += commonPrefix(fold(w), fold(heads[k])) + (fold(w) === fold(heads[k]) ? 1 : 0);
    }
    if (score > 0 && (!best || score > best.score)) best = { span: { start: words[i].start, end: words[i + heads.length - 1].end }, score };
  }
  return best?.span ?? null;
}

/** The parts of a list entry that say which word it is. */
export interface EntryWord {
  lemma: string;
  display: string;
  pos: string | null;
}

/**
 * Where the analysis of a text puts an entry's word between `from` and `to` (a sentence of it):
 * the first word token read as that lemma (and part of speech), else one that may be read so, else
 * the entry's phrase. Offsets are relative to `from`.
 */
export function spanInAnalysis(analysis: Analysis, from: number, to: number, entry: EntryWord): Span | null {
  const tokens = analysis.tokens.filter((t) => t.kind === 'word' && t.start >= from && t.end <= to);
  const rel = (s: { start: number; end: number }): Span => ({ start: s.start - from, end: s.end - from });
  const chosen = tokens.find((t) => {
    const c = t.candidates[t.chosen] ?? t.candidates[0];
    if (!c) return t.isName && (t.name ?? t.text) === entry.lemma;
    return c.lemma === entry.lemma && (entry.pos === null || c.pos === entry.pos || entry.pos === 'proper-noun');
  });
  if (chosen) return rel(chosen);
  const any = tokens.find((t) => t.candidates.some((c) => c.lemma === entry.lemma) || (t.isName && (t.name ?? t.text) === entry.lemma));
  if (any) return rel(any);
  const phrase = analysis.phrases.find((p) => p.start >= from && p.end <= to && p.key === entry.lemma);
  return phrase ? rel(phrase) : null;
}

/** An example as the handout prints it (and its offsets count in): its whitespace folded, trimmed. */
export const exampleText = (example: string) => example.replace(/\s+/gu, ' ').trim();

/**
 * The handout's examples, row by row: each a window around its word (`spans`, else a guess). A row
 * whose sentence is the row above's gets the narrow window around its own word, so that one long
 * sentence is not printed again and again.
 */
export function handoutExamples(
  entries: readonly (EntryWord & { example: string })[],
  spanOf: (i: number) => Span | null | undefined = () => undefined,
): ExampleWindow[] {
  const texts = entries.map((e) => exampleText(e.example));
  return entries.map((e, i) => {
    const text = texts[i];
    const span = spanOf(i) ?? guessSpan(text, e.display || e.lemma) ?? (e.display !== e.lemma ? guessSpan(text, e.lemma) : null);
    const repeat = i > 0 && texts[i - 1] === text;
    return exampleWindow(text, span, repeat ? REPEAT_WINDOW : HANDOUT_WINDOW);
  });
}
