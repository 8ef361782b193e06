import { describe, expect, it } from 'vitest';
import type { Gender } from '../types.ts';
import { governedCases, nounFormCases, type Case } from './nounCase.ts';

interface Row {
  form: string;
  lemma: string;
  gender: Gender;
  cases: Case[] | undefined;
  reason: string;
}

const rows: Row[] = [
  { form: 'skála', lemma: 'skál', gender: 'f', cases: ['gen'], reason: 'strong feminine + a: genitive plural' },
  { form: 'borða', lemma: 'borð', gender: 'n', cases: ['gen'], reason: 'neuter + a: genitive plural' },
  { form: 'borðs', lemma: 'borð', gender: 'n', cases: ['gen'], reason: 'neuter + s: genitive singular' },
  { form: 'hesta', lemma: 'hestur', gender: 'm', cases: ['acc', 'gen'], reason: 'strong masculine + a: accusative or genitive plural' },
  { form: 'hests', lemma: 'hestur', gender: 'm', cases: ['gen'], reason: 'strong masculine + s: genitive singular' },
  { form: 'arfinn', lemma: 'arfur', gender: 'm', cases: ['acc'], reason: 'strong masculine + inn: accusative with the article' },
  { form: 'arfinn', lemma: 'arfi', gender: 'm', cases: ['nom'], reason: 'weak masculine + inn: nominative with the article' },
  { form: 'skál', lemma: 'skál', gender: 'f', cases: undefined, reason: 'the lemma form itself is not answered' },
  { form: 'skála', lemma: 'skáli', gender: 'm', cases: undefined, reason: 'weak masculine: not answered' },
  { form: 'borði', lemma: 'borð', gender: 'n', cases: undefined, reason: 'other endings are not answered' },
];

describe('noun form cases', () => {
  it.each(rows)('$form of $lemma → $cases ($reason)', ({ form, lemma, gender, cases }) => {
    expect(nounFormCases(lemma, gender, form)).toEqual(cases);
  });

  it('knows the cases prepositions govern', () => {
    expect(governedCases('af')).toEqual(['dat']);
    expect(governedCases('um')).toEqual(['acc']);
    expect(governedCases('til')).toEqual(['gen']);
    expect(governedCases('á')).toEqual(['acc', 'dat']);
    expect(governedCases('og')).toBeUndefined();
  });
});
