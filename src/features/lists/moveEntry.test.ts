import { moveEntry } from './moveEntry';

describe('moveEntry', () => {
  it.each([
    { from: 0, to: 1, expected: ['b', 'a', 'c'], reason: 'down one' },
    { from: 2, to: 1, expected: ['a', 'c', 'b'], reason: 'up one' },
    { from: 0, to: -1, expected: ['a', 'b', 'c'], reason: 'first cannot go higher' },
    { from: 2, to: 3, expected: ['a', 'b', 'c'], reason: 'last cannot go lower' },
    { from: 0, to: 2, expected: ['b', 'c', 'a'], reason: 'to the end' },
    { from: 5, to: 0, expected: ['a', 'b', 'c'], reason: 'no such item' },
  ])('$reason', ({ from, to, expected }) => {
    const items = ['a', 'b', 'c'];
    expect(moveEntry(items, from, to)).toEqual(expected);
    expect(items).toEqual(['a', 'b', 'c']);
  });
});
