// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { degreeForm } from './degreeForm';

const rows: { form: string; lemma: string; degree: 'comparative' | 'superlative' | undefined; reason: string }[] = [
  { form: 'skýrari', lemma: 'skýr', degree: 'comparative', reason: 'stem + -ari' },
  { form: 'skýrara', lemma: 'skýr', degree: 'comparative', reason: 'neuter comparative, stem + -ara' },
  { form: 'verðmætasta', lemma: 'verðmætur', degree: 'superlative', reason: 'stem (without -ur) + -ast + weak -a' },
  { form: 'vinsælast', lemma: 'vinsæll', degree: 'superlative', reason: '-ll lemma: stem vinsæl + -ast' },
  { form: 'björtustu', lemma: 'bjartur', degree: 'superlative', reason: 'u-umlaut: björt + -ust + -u' },
  { form: 'fastast', lemma: 'fastur', degree: 'superlative', reason: 'a positive stem ending in -ast still needs its own -ast' },
  { form: 'fasta', lemma: 'fastur', degree: undefined, reason: 'a positive weak form of fastur is no superlative' },
  { form: 'skýrar', lemma: 'skýr', degree: undefined, reason: 'the positive feminine plural (-ar) is no comparative' },
  { form: 'skýr', lemma: 'skýr', degree: undefined, reason: 'the lemma itself' },
  { form: 'betri', lemma: 'góður', degree: undefined, reason: 'another stem: left to the dictionary' },
  { form: 'verðmætan', lemma: 'verðmætur', degree: undefined, reason: 'a positive accusative' },
];

describe('degreeForm', () => {
  it.each(rows)('$form ($lemma) → $degree: $reason', ({ form, lemma, degree }) => {
    expect(degreeForm(form, lemma)).toBe(degree);
  });
});
