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
});
