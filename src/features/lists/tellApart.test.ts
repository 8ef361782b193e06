import { EN_LABELS } from '../export/testWords';
import { tellApart } from './tellApart';

const w = (display: string, pos: string | null, gender: string | null = null) => ({ display, pos, gender }) as Parameters<typeof tellApart>[0][number];

describe('tellApart', () => {
  it('names the part of speech only of words spelled like another (case aside), and the gender when that is not enough', () => {
    expect(
      tellApart([w('að', 'preposition'), w('hestur', 'noun', 'm'), w('að', 'conjunction'), w('Að', 'infinitive-marker'), w('ál', 'noun', 'n'), w('ál', 'noun', 'f')], EN_LABELS),
    ).toEqual(['preposition', undefined, 'conjunction', 'infinitive marker', 'noun, neuter', 'noun, feminine']);
  });

  it('adds nothing to a word without a part of speech', () => {
    expect(tellApart([w('æður', null), w('æður', 'noun', 'f')], EN_LABELS)).toEqual([undefined, 'noun']);
  });
});
