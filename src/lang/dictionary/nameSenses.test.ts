import { describe, expect, it } from 'vitest';
import type { DictEntry } from '../types.ts';
import { nameShowsSenses } from './nameSenses.ts';

const entry = (pos: DictEntry['pos'], gloss: string): DictEntry => ({ lemma: 'x', pos, senses: [{ gloss, source: 'apertium' }] });

describe('nameShowsSenses', () => {
  it('shows a common word\'s senses when the token is no name', () => {
    expect(nameShowsSenses(false, 'verb', [entry('verb', 'pour')])).toBe(true);
  });
  it('shows a name\'s senses in its own nominal part of speech only', () => {
    expect(nameShowsSenses(true, 'noun', [entry('noun', 'slab'), entry('verb', 'pour')])).toBe(true);
    expect(nameShowsSenses(true, 'noun', [entry('verb', 'pour')])).toBe(false);
    expect(nameShowsSenses(true, 'proper-noun', [entry('proper-noun', 'Norway')])).toBe(true);
  });
  it('shows no senses for a name read through a verb or an adverb ("Blikar", "Fram")', () => {
    expect(nameShowsSenses(true, 'verb', [entry('verb', 'gleam')])).toBe(false);
    expect(nameShowsSenses(true, 'adverb', [entry('adverb', 'forth')])).toBe(false);
  });
});
