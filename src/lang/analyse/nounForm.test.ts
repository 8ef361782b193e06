// @vitest-environment node
import { loadDictionaryNode } from '../dictionary/node';
import { Lexicon } from './lexicon';
import { loadLemmatizerNode } from './node';
import { nounFormReading } from './nounForm';

const lex = new Lexicon(loadLemmatizerNode(), loadDictionaryNode());

describe('nounFormReading', () => {
  it.each([
    { form: 'sporða', lemma: 'sporður', why: 'accusative plural of a strong masculine noun lemma-is knows only as its lemma' },
  ])('$form → $lemma ($why)', ({ form, lemma }) => {
    expect(nounFormReading(lex, form)).toMatchObject({ lemma, pos: 'noun' });
  });

  it.each([
    { form: 'xyzar', why: 'no such noun' },
    { form: 'sporður', why: 'the lemma itself is not an unknown form' },
  ])('$form → nothing ($why)', ({ form }) => {
    expect(nounFormReading(lex, form)).toBeUndefined();
  });
});
