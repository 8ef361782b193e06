/**
 * Tokenizer for Icelandic text with exact offsets.
 *
 * Every token's `text` is exactly `input.slice(start, end)` (UTF-16 code units into the original
 * string, no Unicode normalisation). Framework-free: runs in a Web Worker and in Node.
 *
 * We do not use tokenize-is's offsets: it normalises composite glyphs before tokenizing (which
 * shifts offsets) and splits surrogate pairs. Instead a single regular expression scans the
 * original string; normalisation (NFC, soft hyphens) is applied only to the look-up form
 * (`lookupForm`).
 */
import { MULTI_DOT_ABBREVIATION, takesAbbreviationDot } from './abbreviations.ts';
import { splitSentences } from './sentences.ts';

export type RawTokenKind = 'word' | 'number' | 'punctuation' | 'other';

export interface RawToken {
  start: number;
  end: number;
  text: string;
  kind: RawTokenKind;
}

export interface Tokenized {
  tokens: RawToken[];
  sentences: { start: number; end: number }[];
  /** For each token, the index of its sentence in `sentences`. */
  sentenceOf: number[];
}

export { lookupForm } from './normalize.ts';

// Letters, combining marks, soft hyphen and zero-width joiners may occur inside words.
const L = String.raw`[\p{L}\p{M}\u00AD\u200C\u200D]`;
const LN = String.raw`[\p{L}\p{M}\p{N}\u00AD\u200C\u200D]`;
const WORD = String.raw`${L}${LN}*(?:[-'’]${LN}+)*`;
const NUMBER = String.raw`\p{N}+(?:[.,:]\p{N}+)*`;
// One code point (surrogate pairs stay together under the `u` flag) plus modifiers/joiners.
const OTHER = String.raw`\S(?:[\p{M}\uFE0F\p{Emoji_Modifier}]|\u200D\p{Extended_Pictographic})*`;

const ORDINAL_FOLLOW = /^[ \t\u00A0]+\p{Ll}/u;

const TOKEN_RE = new RegExp(
  `(${MULTI_DOT_ABBREVIATION})|(${WORD})|(${NUMBER})|(\\p{P})|(${OTHER})`,
  'gu',
);

/** Splits `text` into word/number/punctuation/other tokens with exact offsets. */
export function tokenizeText(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    let kind: RawTokenKind;
    if (m[1] !== undefined) kind = 'word';
    else if (m[2] !== undefined) {
      kind = 'word';
      // A known abbreviation keeps its full stop ("kr.", "hv.", "þús.").
      if (text.charCodeAt(end) === 0x2e && takesAbbreviationDot(m[2], text, end)) {
        end += 1;
        TOKEN_RE.lastIndex = end;
      }
    } else if (m[3] !== undefined) {
      kind = 'number';
      // An ordinal keeps its full stop before a lower-case word ("25. október", "3. sæti").
      if (text.charCodeAt(end) === 0x2e && ORDINAL_FOLLOW.test(text.slice(end + 1, end + 6))) {
        end += 1;
        TOKEN_RE.lastIndex = end;
      }
    }
    else if (m[4] !== undefined) kind = 'punctuation';
    else kind = 'other';
    tokens.push({ start, end, text: text.slice(start, end), kind });
  }
  return tokens;
}

/** Tokens plus sentence spans (each token belongs to exactly one sentence). */
export function tokenizeWithSentences(text: string): Tokenized {
  const tokens = tokenizeText(text);
  const { sentences, sentenceOf } = splitSentences(text, tokens);
  return { tokens, sentences, sentenceOf };
}
