import { fixtureAnalysis } from '../../../test/unit/analysisFixture';
import type { FormAnalysis } from '../../worker/protocol';
import { entryFromTypedForm } from './typedWord';

/** A stand-in for the worker that answers from the fixture's tokens by form. */
function client() {
  const a = fixtureAnalysis();
  return {
    analyseForm: vi.fn(async (form: string): Promise<FormAnalysis> => {
      const t = a.tokens.find((x) => x.text.toLowerCase() === form.toLowerCase());
      const token = t
        ? { ...t, start: 0, end: form.length, text: form, sentence: 0 }
        : { start: 0, end: form.length, text: form, kind: 'word' as const, candidates: [], chosen: 0, isName: false, sentence: 0 };
      const entries = Object.fromEntries(token.candidates.map((c) => [c.lemma, a.entries[c.lemma]]).filter(([, e]) => e));
      return { token, entries };
    }),
  };
}

describe('entryFromTypedForm', () => {
  it('lemmatises an inflected form through the worker and glosses it', async () => {
    const c = client();
    expect(await entryFromTypedForm('  hest ', c)).toEqual({
      ok: true,
      entry: { lemma: 'hestur', display: 'hestur', pos: 'noun', gender: 'm', gloss: 'horse', note: '', example: '', count: 0 },
    });
    expect(c.analyseForm).toHaveBeenCalledWith('hest');
  });

  it('keeps a name as a name', async () => {
    expect(await entryFromTypedForm('Musk', client())).toMatchObject({ ok: true, entry: { lemma: 'Musk', pos: 'proper-noun' } });
  });

  it('says when the form is empty or unknown', async () => {
    expect(await entryFromTypedForm('   ', client())).toEqual({ ok: false, reason: 'empty' });
    expect(await entryFromTypedForm('blablabla', client())).toEqual({ ok: false, reason: 'unknown' });
  });
});
