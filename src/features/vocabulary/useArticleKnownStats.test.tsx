import { renderHook, waitFor } from '@testing-library/react';
import { act } from 'react';
import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { saveArticle, setTokenChoice } from '../../db/articles';
import { LesaDB, useDatabase } from '../../db/db';
import { setWordStatus } from './setWordStatus';
import { articleKnownStats, useArticleKnownStats } from './useArticleKnownStats';

let n = 0;
const base = { author: null, publishedAt: null, site: null, caption: null, wordCount: 8, origin: 'test' };

describe('known-word figures per article (for the library)', () => {
  beforeEach(() => useDatabase(new LesaDB(`test-article-stats-${n++}`)));

  it('counts running words, unique lemmas, % known and New lemmas, and follows status changes live', async () => {
    const a = await saveArticle({ ...base, title: 'A', text: FIXTURE_TEXT }, fixtureAnalysis());
    const b = await saveArticle({ ...base, title: 'B', text: `${FIXTURE_TEXT}\n\nAnnað eintak.` }, fixtureAnalysis());
    const { result } = renderHook(() => useArticleKnownStats([a, b, 999]));
    await waitFor(() => expect(result.current?.get(a)).toMatchObject({ words: 7, lemmas: 7, knownShare: 0, newLemmas: 7 }));
    expect(result.current?.has(999)).toBe(false);
    await act(() => setWordStatus('hestur', 'known'));
    await waitFor(() => expect(result.current?.get(b)).toMatchObject({ knownShare: 1 / 7, knownLemmas: 1, newLemmas: 6 }));
  });

  it('follows the learner’s choice of lemma for a token', async () => {
    const a = await saveArticle({ ...base, title: 'A', text: FIXTURE_TEXT }, fixtureAnalysis());
    await setWordStatus('á', 'known');
    expect((await articleKnownStats([a])).get(a)?.knownLemmas).toBe(0); // "á" is read as the verb eiga
    await setTokenChoice(a, 1, 1); // the learner picks the preposition
    expect((await articleKnownStats([a])).get(a)?.knownLemmas).toBe(1);
  });
});
