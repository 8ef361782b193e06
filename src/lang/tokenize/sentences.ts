/**
 * Sentence spans over a token list. A sentence ends at a line break, or after ".", "!", "?" or
 * "…" (plus closing quotes/brackets) when the next token starts like a sentence (capital letter,
 * digit, opening quote or dash). Abbreviations ("t.d.", "kr.") and ordinals ("25. október") do not
 * end sentences, except for list-final ones ("o.fl.") before a capital.
 */
import { SENTENCE_FINAL_ABBREVIATIONS } from './abbreviations.ts';

interface Tok {
  start: number;
  end: number;
  text: string;
  kind: string;
}

const TERMINAL = /^[.!?…]+$/;
const CLOSING = /^[”“"’'»)\]]+$/u;
const OPENING = /^[„“"«(\[–—-]/u;

function startsSentence(t: Tok | undefined): boolean {
  if (!t) return true;
  const c = t.text;
  return /^[\p{Lu}\p{Lt}\p{N}]/u.test(c) || OPENING.test(c);
}

export function splitSentences(
  text: string,
  tokens: Tok[],
): { sentences: { start: number; end: number }[]; sentenceOf: number[] } {
  const sentences: { start: number; end: number }[] = [];
  const sentenceOf = new Array<number>(tokens.length);
  let first = 0;
  const close = (last: number) => {
    if (last < first) return;
    const idx = sentences.length;
    sentences.push({ start: tokens[first].start, end: tokens[last].end });
    for (let k = first; k <= last; k++) sentenceOf[k] = idx;
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // A line break between this token and the next ends the sentence.
    if (next && text.slice(t.end, next.start).includes('\n')) {
      close(i);
      continue;
    }
    let isEnd = false;
    if (t.kind === 'punctuation' && TERMINAL.test(t.text)) isEnd = true;
    else if (t.kind === 'word' && t.text.endsWith('.') && SENTENCE_FINAL_ABBREVIATIONS.has(t.text.toLowerCase())) isEnd = true;
    if (!isEnd) continue;
    // Absorb runs of terminal punctuation and closing quotes glued to it.
    let last = i;
    while (tokens[last + 1] && tokens[last + 1].start === tokens[last].end &&
      (TERMINAL.test(tokens[last + 1].text) || CLOSING.test(tokens[last + 1].text))) last++;
    const after = tokens[last + 1];
    // "25. október": an ordinal's full stop before a lower-case word is no sentence end.
    if (after && !startsSentence(after)) {
      i = last;
      continue;
    }
    if (after && after.start === tokens[last].end && t.text === '.') {
      i = last;
      continue; // "mbl.is"-like glue: no space after the stop
    }
    close(last);
    i = last;
  }
  close(tokens.length - 1);
  return { sentences, sentenceOf };
}
