import type { DictEntry } from '../types';
import { compoundPartPos } from './partPos';

const e = (pos: DictEntry['pos'], gloss: string): DictEntry => ({ lemma: 'x', pos, senses: [{ gloss, source: 'apertium' }] });

describe('compoundPartPos', () => {
  it.each([
    { lemma: 'milli', entries: [e('noun', 'millionaire'), e('preposition', 'between')], index: 0, count: 2, pos: 'preposition', why: 'a modifier that is a preposition: between' },
    { lemma: 'milli', entries: [e('noun', 'millionaire'), e('preposition', 'between')], index: 1, count: 2, pos: undefined, why: 'the head keeps its first entry' },
    { lemma: 'meðal', entries: [e('noun', 'average'), e('preposition', 'amongst')], index: 0, count: 2, pos: undefined, why: '"meðal-" is the average in compounds' },
    { lemma: 'á', entries: [e('noun', 'river'), e('preposition', 'on')], index: 0, count: 2, pos: undefined, why: '"á" is as often the river' },
    { lemma: 'vinna', entries: [e('noun', 'work'), e('adverb', 'gain')], index: 0, count: 2, pos: undefined, why: 'an adverb homograph does not win' },
  ])('$lemma part $index of $count → $pos ($why)', ({ lemma, entries, index, count, pos }) => {
    expect(compoundPartPos(lemma, entries, index, count)).toBe(pos);
  });

  it('glosses the head in the whole word\'s part of speech when it has one ("jafnhátt": hár = high)', () => {
    const har = [e('noun', 'hair'), e('adjective', 'high')];
    expect(compoundPartPos('hár', har, 1, 2, 'adjective')).toBe('adjective');
    expect(compoundPartPos('hár', har, 1, 2, 'verb')).toBeUndefined();
    expect(compoundPartPos('hár', har, 1, 2)).toBeUndefined();
  });
});
