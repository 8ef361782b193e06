import type { AnalysedToken } from '../../lang/types';

export interface Segment {
  /** Index into `analysis.tokens` for a tappable word; -1 for plain text between words. */
  token: number;
  start: number;
  end: number;
}

export interface ParagraphSegments {
  start: number;
  end: number;
  segments: Segment[];
}

const PARA_BREAK = /\n\s*\n/g;

/**
 * Splits the stored text into paragraphs and each paragraph into word and non-word segments, so
 * that the reader renders exactly the stored text (every character once, in order).
 */
export function segmentText(text: string, tokens: AnalysedToken[]): ParagraphSegments[] {
  const paras: { start: number; end: number }[] = [];
  let last = 0;
  for (const m of text.matchAll(PARA_BREAK)) {
    paras.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  paras.push({ start: last, end: text.length });

  const out: ParagraphSegments[] = [];
  let ti = 0;
  for (const p of paras) {
    if (p.end <= p.start) continue;
    const segments: Segment[] = [];
    let pos = p.start;
    while (ti < tokens.length && tokens[ti].end <= p.start) ti++;
    for (; ti < tokens.length && tokens[ti].start < p.end; ti++) {
      const tok = tokens[ti];
      if (tok.kind !== 'word' || tok.start < pos || tok.end > p.end) continue;
      if (tok.start > pos) segments.push({ token: -1, start: pos, end: tok.start });
      segments.push({ token: ti, start: tok.start, end: tok.end });
      pos = tok.end;
    }
    if (pos < p.end) segments.push({ token: -1, start: pos, end: p.end });
    out.push({ start: p.start, end: p.end, segments });
  }
  return out;
}

/** Indices of the tappable tokens, in reading order. */
export function wordTokenIndices(tokens: AnalysedToken[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => t.kind === 'word' && out.push(i));
  return out;
}

/**
 * How many paragraphs to render first so that a long article opens as fast as its first screen:
 * whole paragraphs up to about `words` tappable words, and at least one.
 */
export function firstScreenParagraphs(paragraphs: ParagraphSegments[], words: number): number {
  let n = 0;
  let count = 0;
  for (const p of paragraphs) {
    const inP = wordsIn(p);
    if (n > 0 && count + inP > words) break;
    count += inP;
    n++;
  }
  return n;
}

function wordsIn(p: ParagraphSegments): number {
  return p.segments.reduce((k, s) => k + (s.token >= 0 ? 1 : 0), 0);
}

/** Words per screen estimated from the text drawn so far are topped up by this much (shorter lines); the result is measured again. */
const FILL_MARGIN = 1.1;

/**
 * How many paragraphs fill the screen, from the layout of the first `count` already rendered: their
 * text runs from `top` to `bottom` (page coordinates) and the screen ends at `screen`. The same count
 * when they reach the end of the screen, when all are rendered, or when there is no layout to measure;
 * otherwise whole paragraphs for the words the rest of the screen holds at the density so far (with a
 * margin), and at least one more paragraph.
 */
export function fillScreen(paragraphs: ParagraphSegments[], count: number, top: number, bottom: number, screen: number): number {
  if (count >= paragraphs.length || bottom >= screen || !(bottom > top)) return count;
  let words = 0;
  for (let i = 0; i < count; i++) words += wordsIn(paragraphs[i]);
  const want = Math.ceil((words / (bottom - top)) * (screen - top) * FILL_MARGIN);
  let n = count;
  while (n < paragraphs.length && (n === count || words < want)) words += wordsIn(paragraphs[n++]);
  return n;
}
