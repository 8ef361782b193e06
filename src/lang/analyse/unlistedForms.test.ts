// @vitest-environment node
// Forms lemma-is's core binary does not list, read from a glossed lemma it knows (one table per
// word class, through one helper).
import { loadDictionaryNode } from '../dictionary/node';
import type { Reading } from './lexicon';
import { Lexicon } from './lexicon';
import { loadLemmatizerNode } from './node';
import { definiteNounReading } from './definite';
import { nounFormReading } from './nounForm';
import { weakVerbFormReading } from './verbForm';

const lex = new Lexicon(loadLemmatizerNode(), loadDictionaryNode());

const rows: { read: (lex: Lexicon, form: string) => Reading | undefined; form: string; lemma?: string; pos?: string; why: string }[] = [
  { read: nounFormReading, form: 'sporða', lemma: 'sporður', pos: 'noun', why: 'accusative plural of a strong masculine noun listed only as its lemma' },
  { read: nounFormReading, form: 'xyzar', why: 'no such noun' },
  { read: nounFormReading, form: 'sporður', why: 'the lemma itself is not an unknown form' },
  { read: definiteNounReading, form: 'þyrpinguna', lemma: 'þyrping', pos: 'noun', why: 'accusative singular of a feminine noun with its article' },
  { read: definiteNounReading, form: 'rofsinn', why: '"inn" is a masculine article: no form of rof (neuter)' },
  { read: definiteNounReading, form: 'melin', why: '"in" is feminine or neuter: no form of melur (masculine)' },
  { read: weakVerbFormReading, form: 'hopuðu', lemma: 'hopa', pos: 'verb', why: 'past plural of a weak verb' },
  { read: weakVerbFormReading, form: 'hopaði', lemma: 'hopa', pos: 'verb', why: 'past singular' },
  { read: weakVerbFormReading, form: 'xyzuðu', why: 'no such verb' },
  { read: weakVerbFormReading, form: 'blað', why: 'stem too short' },
];

describe('readings of forms lemma-is does not list', () => {
  it.each(rows)('$form → $lemma ($why)', ({ read, form, lemma, pos }) => {
    const r = read(lex, form);
    if (lemma) expect(r).toMatchObject({ lemma, pos });
    else expect(r).toBeUndefined();
  });
});
