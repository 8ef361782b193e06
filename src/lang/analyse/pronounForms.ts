/**
 * What an inflected personal or reflexive pronoun means as written. lemma-is gives these forms
 * the lemma of their paradigm ("þeirra" → hann, "okkur" → ég), whose dictionary senses start
 * with the nominative singular ("he", "I"): a learner who taps "þeirra" needs "their". This table
 * is the textbook list of the personal pronouns' case forms (a closed class of six words), not
 * BÍN data.
 */

/** Case (or cases, when the form is shared) and number of a pronoun form. */
export type PronounGrammar = 'acc-sg' | 'dat-sg' | 'gen-sg' | 'nom-pl' | 'acc-pl' | 'dat-pl' | 'gen-pl' | 'nom-acc-pl' | 'acc-dat-pl';

export interface PronounForm {
  grammar: PronounGrammar;
  /** English for this form. */
  gloss: string;
}

const FORMS: Record<string, Record<string, PronounForm>> = {
  ég: {
    mig: { grammar: 'acc-sg', gloss: 'me' },
    mér: { grammar: 'dat-sg', gloss: 'me, to me' },
    mín: { grammar: 'gen-sg', gloss: 'of me' },
    við: { grammar: 'nom-pl', gloss: 'we' },
    okkur: { grammar: 'acc-dat-pl', gloss: 'us, to us' },
    okkar: { grammar: 'gen-pl', gloss: 'our, ours, of us' },
  },
  þú: {
    þig: { grammar: 'acc-sg', gloss: 'you' },
    þér: { grammar: 'dat-sg', gloss: 'you, to you' },
    þín: { grammar: 'gen-sg', gloss: 'of you' },
    þið: { grammar: 'nom-pl', gloss: 'you (plural)' },
    ykkur: { grammar: 'acc-dat-pl', gloss: 'you, to you (plural)' },
    ykkar: { grammar: 'gen-pl', gloss: 'your, yours, of you (plural)' },
  },
  hann: {
    honum: { grammar: 'dat-sg', gloss: 'him, to him; it' },
    hans: { grammar: 'gen-sg', gloss: 'his, of him; its' },
    þeir: { grammar: 'nom-pl', gloss: 'they' },
    þá: { grammar: 'acc-pl', gloss: 'them' },
    þeim: { grammar: 'dat-pl', gloss: 'them, to them' },
    þeirra: { grammar: 'gen-pl', gloss: 'their, theirs, of them' },
  },
  hún: {
    hana: { grammar: 'acc-sg', gloss: 'her; it' },
    henni: { grammar: 'dat-sg', gloss: 'her, to her; it' },
    hennar: { grammar: 'gen-sg', gloss: 'her, hers, of her; its' },
    þær: { grammar: 'nom-acc-pl', gloss: 'they, them' },
    þeim: { grammar: 'dat-pl', gloss: 'them, to them' },
    þeirra: { grammar: 'gen-pl', gloss: 'their, theirs, of them' },
  },
  það: {
    því: { grammar: 'dat-sg', gloss: 'it, to it' },
    þess: { grammar: 'gen-sg', gloss: 'its, of it' },
    þau: { grammar: 'nom-acc-pl', gloss: 'they, them' },
    þeim: { grammar: 'dat-pl', gloss: 'them, to them' },
    þeirra: { grammar: 'gen-pl', gloss: 'their, theirs, of them' },
  },
  sig: {
    sér: { grammar: 'dat-sg', gloss: 'oneself, to oneself (himself, herself, themselves)' },
    sín: { grammar: 'gen-sg', gloss: 'of oneself (himself, herself, themselves)' },
  },
};

/**
 * The meaning of `form` as a case form of the pronoun `lemma` (a lemma-is key), or null when the
 * form is the pronoun's own headword or not one of its forms.
 */
export function pronounForm(form: string, lemma: string): PronounForm | null {
  return FORMS[lemma]?.[form.toLowerCase()] ?? null;
}
