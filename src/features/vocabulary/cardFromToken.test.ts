// @vitest-environment node
import { loadAnalyserNode } from '../../lang/analyse/node';
import { cardFromToken } from './cardFromToken';

const analyser = loadAnalyserNode();
const now = new Date('2026-11-25T12:00:00Z');

function card(text: string, form: string) {
  const analysis = analyser.analyse(text);
  const tokenIndex = analysis.tokens.findIndex((t) => t.text === form);
  return cardFromToken({ articleId: 7, text, analysis, tokenIndex }, now)!;
}

describe('cardFromToken', () => {
  it('builds a recognition card from the sentence the word was met in, with the word marked', () => {
    const c = card('Hann keypti hest. Hesturinn var brúnn.', 'Hesturinn');
    expect(c).toMatchObject({ lemma: 'hestur', kind: 'recognition', display: 'hestur', pos: 'noun', gender: 'm', articleId: 7, sentence: 'Hesturinn var brúnn.' });
    expect(c.sentence.slice(c.formStart, c.formEnd)).toBe('Hesturinn');
    expect(c.glosses).toContain('horse');
    expect(c.due).toBe(now.getTime());
  });

  it('shows a middle-voice form by its middle voice and its meaning first, on the active verb’s lemma', () => {
    const c = card('Hún lést í gær.', 'lést');
    expect(c).toMatchObject({ lemma: 'láta', display: 'látast', pos: 'verb' });
    expect(c.glosses[0]).toBe('die');
  });

  it('keeps the phrase the word was read in, with its meaning, for the back of the card', () => {
    const c = card('Hann hefur átt í reglulegum samskiptum við hana.', 'átt');
    expect(c.lemma).toBe('eiga');
    expect(c.phrase).toMatchObject({ text: 'átt í', lemma: 'eiga í' });
    expect(c.phrase!.glosses.length).toBeGreaterThan(0);
  });

  it('a word outside any phrase gets no phrase', () => {
    expect(card('Hann keypti hest.', 'hest').phrase).toBeUndefined();
  });
});
