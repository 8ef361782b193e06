import { fixtureAnalysis } from '../../../test/unit/analysisFixture';
import { tokenAt, wordNear } from './tokenAt';

describe('tokenAt and wordNear', () => {
  const tokens = fixtureAnalysis().tokens;
  const hest = tokens.findIndex((t) => t.text === 'hest');

  it('finds the token with the same offsets, and none with other ones', () => {
    expect(tokenAt(tokens, { start: tokens[hest].start, end: tokens[hest].end })).toBe(hest);
    expect(tokenAt(tokens, { start: tokens[hest].start, end: tokens[hest].end + 1 })).toBe(-1);
  });

  it('finds the word at an offset, else the next word, else the last one; never punctuation', () => {
    expect(wordNear(tokens, tokens[hest].start + 1)).toBe(hest);
    expect(wordNear(tokens, tokens[hest].end)).toBe(hest + 1); // the space after "hest": "í"
    const dot = tokens.findIndex((t) => t.kind === 'punctuation');
    expect(tokens[wordNear(tokens, tokens[dot].start)].text).toBe('Gervihnattarþyrpingin');
    expect(tokens[wordNear(tokens, 10_000)].text).toBe('stór');
    expect(wordNear([], 0)).toBe(-1);
  });
});
