import { pronounForm } from './pronounForms';

describe('pronounForm', () => {
  it.each([
    { form: 'þeirra', lemma: 'hann', grammar: 'gen-pl', gloss: /^their/ },
    { form: 'Þeim', lemma: 'hún', grammar: 'dat-pl', gloss: /^them/ },
    { form: 'þau', lemma: 'það', grammar: 'nom-acc-pl', gloss: /^they/ },
    { form: 'okkur', lemma: 'ég', grammar: 'acc-dat-pl', gloss: /^us/ },
    { form: 'Við', lemma: 'ég', grammar: 'nom-pl', gloss: /^we$/ },
    { form: 'hennar', lemma: 'hún', grammar: 'gen-sg', gloss: /^her, hers/ },
    { form: 'sér', lemma: 'sig', grammar: 'dat-sg', gloss: /oneself/ },
    { form: 'ykkar', lemma: 'þú', grammar: 'gen-pl', gloss: /^your/ },
  ])('$form ($lemma) → $grammar', ({ form, lemma, grammar, gloss }) => {
    const f = pronounForm(form, lemma);
    expect(f?.grammar).toBe(grammar);
    expect(f?.gloss).toMatch(gloss);
  });

  it.each([
    { form: 'hann', lemma: 'hann', why: 'the headword itself' },
    { form: 'þeirra', lemma: 'sá', why: 'a demonstrative, not a personal pronoun' },
    { form: 'við', lemma: 'við', why: 'the preposition' },
    { form: 'honum', lemma: 'hún', why: 'not a form of that pronoun' },
  ])('$form ($lemma) → nothing: $why', ({ form, lemma }) => {
    expect(pronounForm(form, lemma)).toBeNull();
  });
});
