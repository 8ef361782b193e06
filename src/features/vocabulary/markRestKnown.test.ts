import { fixtureAnalysis } from '../../../test/unit/analysisFixture';
import { LesaDB, useDatabase } from '../../db/db';
import { getWords, undoStatuses } from '../../db/words';
import { markRestKnown } from './markRestKnown';
import { setWordStatus } from './setWordStatus';
import { articleLemmas, knownStats } from './tokens';

let n = 0;
beforeEach(() => useDatabase(new LesaDB(`test-rest-known-${n++}`)));

async function stats() {
  const a = articleLemmas(fixtureAnalysis());
  const words = await getWords([...a.lemmas.keys()]);
  return knownStats(a, (l) => words.get(l)?.status);
}

describe('markRestKnown', () => {
  it('sets every still-New lemma of the article to Known, leaving the others, and undo puts it back', async () => {
    await setWordStatus('hestur', 'learning');
    await setWordStatus('vera', 'ignored');
    expect(await stats()).toMatchObject({ words: 7, lemmas: 7, knownShare: 0, newLemmas: 5, learningLemmas: 1 });

    const { undo, count } = await markRestKnown(fixtureAnalysis());
    expect(count).toBe(5);
    const w = await getWords(['eiga', 'í', 'gær', 'gervihnattarþyrping', 'stór', 'hestur', 'vera']);
    expect(Object.fromEntries([...w].map(([k, r]) => [k, r.status]))).toEqual({
      eiga: 'known', í: 'known', gær: 'known', gervihnattarþyrping: 'known', stór: 'known', hestur: 'learning', vera: 'ignored',
    });
    expect(w.get('gervihnattarþyrping')?.forms).toEqual(['gervihnattarþyrpingin']);
    // 5 of the 6 running words that are not ignored are known (the name Musk is not counted).
    expect((await stats()).knownShare).toBeCloseTo(5 / 6);

    await undoStatuses(undo);
    expect((await stats()).newLemmas).toBe(5);
  });
});
