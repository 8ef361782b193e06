// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzParams } from '../../../test/support/fuzz.ts';
import { tokenizeText, tokenizeWithSentences } from './index.ts';

const PARAMS = fuzzParams(300);

/** Icelandic-ish text: letters incl. þ/ð/æ/ö, combining marks, emoji (surrogate pairs), punctuation. */
const piece = fc.constantFrom(
  'Pútíns', 'gervihnattarþyrpingunni', 'Bandaríkjanna', 'í', 'gær', 't.d.', 'kr.', 'o.s.frv.', 'mbl.is', '25.', '3,5%',
  'e\u0301g', 'A\u030A', '😀', '👍🏽', '👩‍👩‍👧', '\uD83D', '\uDE00', '„', '“', '—', '-', '.', '!', '?', '…', ':', ',', ' ', '  ', '\n', '\t',
  'X-ið', 'ICE-liðum', 'Ósk', 'ÞAÐ', 'soft\u00ADhyphen', '\u200B', '2024', '09:44', 'ÆÐI', 'öð', 'ß', 'Ωmega', '中文',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

/** Whether offset `i` falls between a high and a low surrogate. */
function splitsPair(s: string, i: number): boolean {
  const hi = s.charCodeAt(i - 1);
  const lo = s.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

describe('tokenizeText offsets (property)', () => {
  it('every token is exactly input.slice(start, end), in order, non-overlapping, no whitespace lost', () => {
    fc.assert(
      fc.property(text, (s) => {
        const toks = tokenizeText(s);
        let prev = 0;
        for (const t of toks) {
          expect(t.text).toBe(s.slice(t.start, t.end));
          expect(t.start).toBeGreaterThanOrEqual(prev);
          expect(t.end).toBeGreaterThan(t.start);
          // Only whitespace between tokens.
          expect(s.slice(prev, t.start).trim()).toBe('');
          // Tokens hold no whitespace and never cut a surrogate pair in two.
          expect(/\s/u.test(t.text)).toBe(false);
          expect(splitsPair(s, t.start)).toBe(false);
          expect(splitsPair(s, t.end)).toBe(false);
          prev = t.end;
        }
        expect(s.slice(prev).trim()).toBe('');
      }),
      PARAMS,
    );
  });

  it('sentences cover their tokens in order and every token has one', () => {
    fc.assert(
      fc.property(text, (s) => {
        const { tokens, sentences, sentenceOf } = tokenizeWithSentences(s);
        expect(sentenceOf.length).toBe(tokens.length);
        let last = 0;
        tokens.forEach((t, i) => {
          const k = sentenceOf[i];
          expect(k).toBeGreaterThanOrEqual(last);
          last = k;
          expect(t.start).toBeGreaterThanOrEqual(sentences[k].start);
          expect(t.end).toBeLessThanOrEqual(sentences[k].end);
        });
        for (let k = 1; k < sentences.length; k++) expect(sentences[k].start).toBeGreaterThanOrEqual(sentences[k - 1].end);
      }),
      PARAMS,
    );
  });
});

