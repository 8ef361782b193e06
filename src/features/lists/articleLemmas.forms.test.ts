// @vitest-environment node
/** Word-list glosses for forms with a meaning of their own, on the real analyser. */
import { loadAnalyserNode } from '../../lang/analyse/node';
import { articleLemmas } from './articleLemmas';

const analyser = loadAnalyserNode();

function rowsOf(text: string) {
  return articleLemmas(analyser.analyse(text), text);
}

describe('articleLemmas: middle voice and degree forms', () => {
  it('puts the middle voice meaning first when the article has the -st form', () => {
    const row = rowsOf('Hann lést í gær.').find((r) => r.lemma === 'láta')!;
    expect(row.gloss).toMatch(/^látast: die/);
  });

  it('adds it when only a later occurrence is the -st form, once', () => {
    const row = rowsOf('Hann lét það vera. Hún lést í gær. Hann lést líka.').find((r) => r.lemma === 'láta')!;
    expect(row.count).toBe(3);
    expect(row.gloss).toMatch(/^látast: die/);
    expect(row.gloss.match(/látast:/g)).toHaveLength(1);
  });

  it('keeps the active meaning alone for active forms', () => {
    const row = rowsOf('Hann lét það vera.').find((r) => r.lemma === 'láta')!;
    expect(row.gloss).not.toContain('látast');
  });

  it('leaves the learner’s own gloss alone', () => {
    const text = 'Hann lést í gær.';
    const row = articleLemmas(analyser.analyse(text), text, new Map([['láta', 'pass away']])).find((r) => r.lemma === 'láta')!;
    expect(row.gloss).toBe('pass away');
  });

  it('shows a superlative’s own meaning', () => {
    const row = rowsOf('Þetta eru helstu fréttir dagsins.').find((r) => r.display.startsWith('held') || r.lemma === 'heldri');
    expect(row?.gloss).toMatch(/^helstur: /);
  });
});
