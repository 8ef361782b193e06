/**
 * Segmentation of scraped text into units: lines, sentences within lines (the project tokenizer's
 * sentence splitter, which knows abbreviations and ordinals), and further cuts at furniture
 * markers ("Mest lesið", "Sjá einnig:", "Sjá meira") that scrapes glue to the text around them.
 * Units are offset ranges into the original text, so every piece keeps its original characters.
 */
import { tokenizeWithSentences } from '../tokenize/index.ts';
import type { RemovedReason } from './index.ts';
import { LIST_MARKERS, READ_MORE, RELATED_MARKERS } from './lexicon.ts';

export type MarkerKind = 'list' | 'related' | 'read-more';

export interface Unit {
  start: number;
  end: number;
  line: number;
  /** Set once the unit is classified as something other than article text. */
  reason: RemovedReason | null;
  /** Removed blocks that must stay separate from neighbours with the same reason. */
  own?: boolean;
  /** The unit starts with a furniture marker, ending at `markerEnd`. */
  marker?: MarkerKind;
  markerEnd?: number;
  /** The unit is a copy of this earlier unit. */
  copyOf?: number;
}

/**
 * A copy of `u` (ending at `end` if given), written out field by field. V8 gives objects made by
 * spreading (`{ ...u }`) hidden classes that do not share the transitions of fields added later:
 * setting `copyOf` on tens of thousands of spread copies (a long paste of one repeated sentence)
 * made as many hidden classes, and every unit access after that a slow look-up. With every field
 * present from the start, units keep one hidden class. (The type makes sure no field is left out.)
 */
export function copyUnit(u: Unit, end = u.end): Unit {
  const copy: { [K in keyof Required<Unit>]: Unit[K] } = {
    start: u.start,
    end,
    line: u.line,
    reason: u.reason,
    own: u.own,
    marker: u.marker,
    markerEnd: u.markerEnd,
    copyOf: u.copyOf,
  };
  return copy;
}

export interface Line {
  start: number;
  end: number;
}

export function splitLines(text: string, from = 0): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /\s/u.test(text[s])) s++;
    while (e > s && /\s/u.test(text[e - 1])) e--;
    if (e > s) lines.push({ start: s, end: e });
  }
  return lines;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const MULTI = (xs: string[]) => xs.filter((x) => x.includes(' '));
/** Markers that may cut a unit in the middle: several words, or any marker followed by a colon. */
const MID_MARKER = new RegExp(
  String.raw`(?<=^|\s)(?:(${alt(MULTI(LIST_MARKERS))})|(${alt(RELATED_MARKERS)})\s*:|(${alt(MULTI(RELATED_MARKERS))})|(${alt(MULTI(READ_MORE))}))(?![\p{L}\p{N}])`,
  'gu',
);
/** Single-word list headings ("Nýjast", "Vinsælast") cut only text that has no sentence ending. */
const SINGLE_LIST = new RegExp(String.raw`(?<=^|\s)(${alt(LIST_MARKERS.filter((x) => !x.includes(' ')))})(?![\p{L}\p{N}])`, 'gu');

export function isTerminated(s: string): boolean {
  return /[.!?…][”“"’'»)\]]*$/u.test(s.trimEnd());
}

interface Cut {
  at: number;
  kind: MarkerKind;
  markerEnd: number;
}

function markerCuts(text: string, start: number, end: number): Cut[] {
  const s = text.slice(start, end);
  const cuts: Cut[] = [];
  MID_MARKER.lastIndex = 0;
  for (let m = MID_MARKER.exec(s); m; m = MID_MARKER.exec(s)) {
    const kind: MarkerKind = m[1] ? 'list' : m[2] || m[3] ? 'related' : 'read-more';
    cuts.push({ at: start + m.index, kind, markerEnd: start + m.index + m[0].length });
  }
  if (!isTerminated(s)) {
    SINGLE_LIST.lastIndex = 0;
    for (let m = SINGLE_LIST.exec(s); m; m = SINGLE_LIST.exec(s)) {
      const at = start + m.index;
      if (!cuts.some((c) => at >= c.at && at < c.markerEnd)) cuts.push({ at, kind: 'list', markerEnd: at + m[0].length });
    }
  }
  return cuts.sort((a, b) => a.at - b.at);
}

function trimRange(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/u.test(text[s])) s++;
  while (e > s && /\s/u.test(text[e - 1])) e--;
  return [s, e];
}

/** Sentence units of one line (from `from` within it), cut at furniture markers. */
export function lineUnits(text: string, line: Line, lineIndex: number, from = line.start): Unit[] {
  const start = Math.max(from, line.start);
  const slice = text.slice(start, line.end);
  const { sentences } = tokenizeWithSentences(slice);
  const units: Unit[] = [];
  for (const sent of sentences) {
    const s = start + sent.start;
    const e = start + sent.end;
    const cuts = markerCuts(text, s, e);
    let pos = s;
    let pending: Cut | null = null;
    const push = (a: number, b: number, cut: Cut | null) => {
      const [ts, te] = trimRange(text, a, b);
      if (te <= ts) return;
      const u: Unit = { start: ts, end: te, line: lineIndex, reason: null };
      if (cut) {
        u.marker = cut.kind;
        u.markerEnd = cut.markerEnd;
      }
      units.push(u);
    };
    for (const cut of cuts) {
      if (cut.at < pos) continue;
      push(pos, cut.at, pending);
      if (cut.kind === 'read-more') {
        // The button itself is one unit; what follows it is classified on its own.
        push(cut.at, cut.markerEnd, cut);
        pos = cut.markerEnd;
        pending = null;
      } else {
        pos = cut.at;
        pending = cut;
      }
    }
    push(pos, e, pending);
  }
  return units;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-/@]*/gu;

export interface WordTok {
  text: string;
  start: number;
  end: number;
}

export function wordsIn(text: string, start: number, end: number): WordTok[] {
  const out: WordTok[] = [];
  const s = text.slice(start, end);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(s); m; m = WORD_RE.exec(s)) {
    let w = m[0];
    // A full stop glued to the end of a word is punctuation unless the word is an abbreviation.
    while (w.length > 1 && /[.\-/]$/.test(w) && !/^\p{L}{1,4}\.(?:\p{L}{1,4}\.)*$/u.test(w)) w = w.slice(0, -1);
    out.push({ text: w, start: start + m.index, end: start + m.index + w.length });
  }
  return out;
}

export const isCap = (w: string) => /^[\p{Lu}\p{Lt}]/u.test(w);
export const isLower = (w: string) => /^\p{Ll}/u.test(w);

/**
 * `f` computed once per distinct string. For pure functions of a unit's characters: a page that
 * repeats its sentences (a body pasted twice, or one sentence thousands of times) then costs one
 * computation per distinct sentence, not one per sentence.
 */
export function oncePerText<T>(f: (s: string) => T): (s: string) => T {
  const done = new Map<string, T>();
  return (s) => {
    if (done.has(s)) return done.get(s) as T;
    const r = f(s);
    done.set(s, r);
    return r;
  };
}

/** Text used to recognise repeats: letters and digits only, lower case. */
export function repeatKey(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
