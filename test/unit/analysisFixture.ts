import type { AnalysedToken, Analysis, Candidate } from '../../src/lang/types';
import { ANALYSIS_VERSION } from '../../src/lang/analyse/version';

/**
 * A small hand-checked analysis for component tests (the real analyser is tested on its own, in
 * Node, against the real lemmatizer and dictionary).
 */
export const FIXTURE_TEXT = 'Musk á hest í gær.\n\nGervihnattarþyrpingin er stór.';

function tok(start: number, text: string, candidates: Candidate[], extra: Partial<AnalysedToken> = {}): AnalysedToken {
  return { start, end: start + text.length, text, kind: 'word', candidates, chosen: 0, isName: false, sentence: 0, ...extra };
}

export function fixtureAnalysis(): Analysis {
  const t = FIXTURE_TEXT;
  const at = (w: string, from = 0) => t.indexOf(w, from);
  return {
    version: ANALYSIS_VERSION,
    dictVersion: 'test',
    sentences: [
      { start: 0, end: 18 },
      { start: 20, end: t.length },
    ],
    phrases: [{ start: at('í gær'), end: at('í gær') + 5, key: 'í gær' }],
    tokens: [
      tok(0, 'Musk', [], { isName: true, name: 'Musk' }),
      tok(at('á'), 'á', [
        { lemma: 'eiga', pos: 'verb' },
        { lemma: 'á', pos: 'preposition' },
        { lemma: 'á', pos: 'noun', gender: 'f' },
      ]),
      tok(at('hest'), 'hest', [{ lemma: 'hestur', pos: 'noun', gender: 'm' }]),
      tok(at('í gær'), 'í', [{ lemma: 'í', pos: 'preposition' }], { phrase: 0 }),
      tok(at('gær'), 'gær', [{ lemma: 'gær', pos: 'adverb' }], { phrase: 0 }),
      { start: 17, end: 18, text: '.', kind: 'punctuation', candidates: [], chosen: 0, isName: false, sentence: 0 },
      tok(at('Gervi'), 'Gervihnattarþyrpingin', [{ lemma: 'gervihnattarþyrping', pos: 'noun', gender: 'f' }], {
        parts: ['gervihnöttur', 'þyrping'],
        sentence: 1,
      }),
      tok(at('er stór'), 'er', [{ lemma: 'vera', pos: 'verb' }], { sentence: 1 }),
      tok(at('stór.'), 'stór', [{ lemma: 'stór', pos: 'adjective' }], { sentence: 1 }),
    ],
    entries: {
      eiga: [{ lemma: 'eiga', pos: 'verb', senses: [{ gloss: 'own', source: 'apertium' }, { gloss: 'have', source: 'apertium' }] }],
      á: [
        { lemma: 'á', pos: 'preposition', senses: [{ gloss: 'on', source: 'apertium' }] },
        { lemma: 'á', pos: 'noun', gender: 'f', senses: [{ gloss: 'river', source: 'apertium' }] },
      ],
      hestur: [{ lemma: 'hestur', pos: 'noun', gender: 'm', ipa: 'hɛstʏr', senses: [{ gloss: 'horse', source: 'apertium' }] }],
      'í gær': [{ lemma: 'í gær', pos: 'phrase', senses: [{ gloss: 'yesterday', source: 'lesa' }] }],
      gervihnöttur: [{ lemma: 'gervihnöttur', pos: 'noun', gender: 'm', senses: [{ gloss: 'satellite', source: 'apertium' }] }],
      þyrping: [{ lemma: 'þyrping', pos: 'noun', gender: 'f', senses: [{ gloss: 'cluster', source: 'freedict' }] }],
      vera: [{ lemma: 'vera', pos: 'verb', senses: [{ gloss: 'be', source: 'apertium' }] }],
      stór: [{ lemma: 'stór', pos: 'adjective', senses: [{ gloss: 'big', source: 'apertium' }] }],
    },
  };
}
