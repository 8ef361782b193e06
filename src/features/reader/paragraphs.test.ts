// @vitest-environment node
import fc from 'fast-check';
import { wordTokens } from '../../../test/support/wordTokens';
import { fillScreen, firstScreenParagraphs, segmentText } from './paragraphs';

const words = wordTokens;

describe('segmentText', () => {
  it('splits paragraphs at blank lines and marks words', () => {
    const text = 'Halló heimur.\n\nAnnar kafli hér.';
    const paras = segmentText(text, words(text));
    expect(paras).toHaveLength(2);
    expect(paras[0].segments.map((s) => text.slice(s.start, s.end))).toEqual(['Halló', ' ', 'heimur', '.']);
    expect(paras[1].segments.filter((s) => s.token >= 0).map((s) => text.slice(s.start, s.end))).toEqual(['Annar', 'kafli', 'hér']);
  });

  it('renders every character of every paragraph exactly once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { maxLength: 6 }), (parts) => {
        const text = parts.join('\n\n');
        const paras = segmentText(text, words(text));
        let rebuilt = '';
        for (const p of paras) {
          let pos = p.start;
          for (const s of p.segments) {
            expect(s.start).toBe(pos);
            pos = s.end;
          }
          expect(pos).toBe(p.end);
          rebuilt += text.slice(p.start, p.end);
        }
        expect(rebuilt).toBe(text.split(/\n\s*\n/).join(''));
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('firstScreenParagraphs', () => {
  const para = (n: number) => Array.from({ length: n }, (_, i) => `orð${'a'.repeat(i % 5)}`).join(' ');
  it.each([
    { sizes: [100, 100, 100, 100], words: 250, count: 2, reason: 'whole paragraphs up to the word budget' },
    { sizes: [400, 10], words: 250, count: 1, reason: 'at least the first paragraph, however long' },
    { sizes: [10, 10], words: 250, count: 2, reason: 'a short article is rendered whole' },
    { sizes: [], words: 250, count: 0, reason: 'nothing to render' },
  ])('$sizes → $count ($reason)', ({ sizes, words: budget, count }) => {
    const text = sizes.map(para).join('\n\n');
    expect(firstScreenParagraphs(segmentText(text, words(text)), budget)).toBe(count);
  });
});

describe('fillScreen', () => {
  const para = (n: number) => Array.from({ length: n }, (_, i) => `orð${'a'.repeat(i % 5)}`).join(' ');
  const paras = (sizes: number[]) => {
    const text = sizes.map(para).join('\n\n');
    return segmentText(text, words(text));
  };
  it.each([
    { sizes: [40, 40, 40, 40, 40, 40], count: 2, top: 300, bottom: 900, screen: 800, want: 2, reason: 'the text drawn reaches the bottom of the screen' },
    { sizes: [40, 40, 40, 40, 40, 40], count: 2, top: 300, bottom: 500, screen: 700, want: 5, reason: '80 words in 200 px, 400 px to fill: 160 words and a tenth' },
    { sizes: [40, 40, 40, 40, 40, 40], count: 2, top: 300, bottom: 500, screen: 2000, want: 6, reason: 'never more than the article' },
    { sizes: [40, 40, 40], count: 3, top: 300, bottom: 500, screen: 800, want: 3, reason: 'all rendered already' },
    { sizes: [40, 40, 40], count: 1, top: 0, bottom: 0, screen: 800, want: 1, reason: 'no layout to measure (not in a page)' },
    { sizes: [40, 400, 40], count: 1, top: 700, bottom: 790, screen: 800, want: 2, reason: 'at least one more paragraph when short of the bottom' },
  ])('$reason', ({ sizes, count, top, bottom, screen, want }) => {
    expect(fillScreen(paras(sizes), count, top, bottom, screen)).toBe(want);
  });
});
