// @vitest-environment node
import { loadDictionaryNode } from '../dictionary/node';
import { Lexicon } from './lexicon';
import { loadLemmatizerNode } from './node';
import { weakVerbFormReading } from './verbForm';

const lex = new Lexicon(loadLemmatizerNode(), loadDictionaryNode());

describe('weakVerbFormReading', () => {
  it.each([
    { form: 'hopuðu', lemma: 'hopa', why: 'past plural of a verb lemma-is knows only as its lemma' },
    { form: 'hopaði', lemma: 'hopa', why: 'past singular' },
  ])('$form → $lemma ($why)', ({ form, lemma }) => {
    expect(weakVerbFormReading(lex, form)).toMatchObject({ lemma, pos: 'verb' });
  });

  it.each([
    { form: 'xyzuðu', why: 'no such verb' },
    { form: 'blað', why: 'stem too short' },
  ])('$form → nothing ($why)', ({ form }) => {
    expect(weakVerbFormReading(lex, form)).toBeUndefined();
  });
});
