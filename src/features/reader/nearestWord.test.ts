import { nearestWordIndex, NEAR_X, type WordBox } from './nearestWord';

const box = (left: number, right: number, top = 100, bottom = 120): WordBox => ({ left, right, top, bottom });

describe('nearestWordIndex (a tap between words picks the nearest word on its line)', () => {
  // "á í Reykjavík": two one-letter words and a long one, 4 px apart.
  const line = [box(10, 15), box(19, 23), box(27, 90)];

  it.each([
    { x: 12, y: 110, want: 0, why: 'on the letters of "á"' },
    { x: 16, y: 110, want: 0, why: 'in the space, nearer "á"' },
    { x: 18, y: 110, want: 1, why: 'in the space, nearer "í"' },
    { x: 21, y: 110, want: 1, why: 'on "í"' },
    { x: 5, y: 110, want: 0, why: 'before the first word, within reach' },
    { x: 21, y: 97, want: 1, why: 'just above the line' },
    { x: 60, y: 110, want: 2, why: 'on the long word' },
  ])('($x, $y) → $want: $why', ({ x, y, want }) => {
    expect(nearestWordIndex(line, x, y)).toBe(want);
  });

  it('picks nothing out of reach: far to the side or between lines', () => {
    expect(nearestWordIndex(line, 90 + NEAR_X + 1, 110)).toBe(-1);
    expect(nearestWordIndex(line, 20, 140)).toBe(-1);
    expect(nearestWordIndex([], 0, 0)).toBe(-1);
  });

  it('picks the word on the tapped line, not one above it', () => {
    const two = [box(10, 50, 100, 120), box(10, 50, 130, 150)];
    expect(nearestWordIndex(two, 60, 140)).toBe(1);
    // Just above a word, nearer its line than the line above: that word.
    const close = [box(30, 50, 100, 120), box(30, 35, 124, 144)];
    expect(nearestWordIndex(close, 32, 123)).toBe(1);
  });
});
