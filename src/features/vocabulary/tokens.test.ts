import type { AnalysedToken, Analysis } from '../../lang/types';
import { articleLemmas, tokenLemma } from './tokens';

const token = (text: string, lemma?: string, extra: Partial<AnalysedToken> = {}): AnalysedToken => ({
  start: 0,
  end: text.length,
  text,
  kind: 'word',
  candidates: lemma ? [{ lemma } as AnalysedToken['candidates'][number]] : [],
  chosen: 0,
  isName: false,
  sentence: 0,
  ...extra,
});

describe('lemma keys of tokens', () => {
  it('an unknown word counts under its lower-cased form, Icelandic letters included', () => {
    expect(tokenLemma(token('ÞJÓÐÁRÆÐIÖÝÉÚÍ'))).toBe('þjóðáræðiöýéúí');
    expect(tokenLemma(token('Hestur', 'hestur'))).toBe('hestur');
    expect(tokenLemma(token('Musk', 'musk', { isName: true }))).toBeNull();
  });

  it('forms are remembered lower-cased, as toLocaleLowerCase("is") gives them', () => {
    const texts = ['Hestinum', 'HESTUR', 'Ærið', 'Þorp'];
    const a = articleLemmas({ tokens: texts.map((t) => token(t, t === 'Ærið' ? 'ær' : t === 'Þorp' ? 'þorp' : 'hestur')) } as Analysis);
    expect([...a.lemmas.get('hestur')!.forms]).toEqual(['hestinum', 'hestur']);
    for (const [, { forms }] of a.lemmas) for (const f of forms) expect(texts.map((t) => t.toLocaleLowerCase('is'))).toContain(f);
    expect(a.words).toBe(4);
  });
});
