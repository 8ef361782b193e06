import { wordsToAnkiTsv } from './ankiTsv';
import { parseCsv } from './csv';
import { AWKWARD_ENTRIES, EN_LABELS } from './testWords';

describe('Anki text file', () => {
  it('starts with the header lines Anki reads, then one quoted-where-needed row per word', () => {
    const tsv = wordsToAnkiTsv(AWKWARD_ENTRIES, { deck: 'Fréttir\tvikunnar', labels: EN_LABELS });
    const lines = tsv.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '#separator:tab',
      '#html:false',
      '#notetype:Basic',
      '#deck:Fréttir vikunnar',
      '#tags column:3',
      '#columns:Front\tBack\tTags',
    ]);
    const body = parseCsv(lines.slice(6).join('\n'), '\t');
    expect(body.ok && body.rows).toEqual([
      ['hestur', 'horse\n(noun, masculine)\nMusk á hest í gær.', 'lesa'],
      ['þyrping', 'cluster, "crowd"\n(noun, feminine)\nGervihnattarþyrpingin er stór, sagði hún: „Já“.\nLínubil:\nönnur lína; með semíkommu', 'lesa'],
      ['Bandaríkin', 'the United States\n(proper noun, neuter)\nTab', 'lesa'],
      ['æður', 'eider; ÆÐÖÞÐ ýú\nCRLF\r\nlína', 'lesa'],
    ]);
  });

  it('writes cells that begin with = + - @ as they are: an apostrophe (the CSV’s guard against formulas) would show on the Anki card', () => {
    const words = [
      { lemma: '-lega', display: '-lega', pos: null, gender: null, gloss: '-ly (adverb ending)', note: '', example: '' },
      { lemma: 'jafnt', display: 'jafnt', pos: null, gender: null, gloss: '=SUM(1+1)', note: '', example: '' },
      { lemma: 'plús', display: '+', pos: null, gender: null, gloss: '@plus', note: '', example: '' },
    ];
    const lines = wordsToAnkiTsv(words, { deck: 'Lesa', labels: EN_LABELS }).split('\n');
    expect(lines.slice(6, 9)).toEqual(['-lega\t-ly (adverb ending)\tlesa', 'jafnt\t=SUM(1+1)\tlesa', '+\t@plus\tlesa']);
  });
});
