import type { WordListEntry } from '../../db/types';
import type { WordLabels } from './words';

/** Words with every awkward character CSV and JSON must carry: commas, quotes, line breaks, Icelandic letters. */
export const AWKWARD_ENTRIES: WordListEntry[] = [
  { lemma: 'hestur', display: 'hestur', pos: 'noun', gender: 'm', gloss: 'horse', note: '', example: 'Musk á hest í gær.', count: 2, source: 0 },
  {
    lemma: 'þyrping',
    display: 'þyrping',
    pos: 'noun',
    gender: 'f',
    gloss: 'cluster, "crowd"',
    note: 'Línubil:\nönnur lína; með semíkommu',
    example: 'Gervihnattarþyrpingin er stór, sagði hún: „Já“.',
    count: 1,
    source: 0,
  },
  { lemma: 'Bandaríkin', display: 'Bandaríkin', pos: 'proper-noun', gender: 'n', gloss: 'the United States', note: '\tTab', example: '', count: 0 },
  { lemma: 'æður', display: 'æður', pos: null, gender: null, gloss: 'eider; ÆÐÖÞÐ ýú', note: '', example: 'CRLF\r\nlína', count: 0 },
];

export const EN_LABELS: WordLabels = {
  pos: (p) => p.replace('-', ' '),
  gender: (g) => ({ m: 'masculine', f: 'feminine', n: 'neuter' })[g],
};
