import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { LesaDB, getDb, useDatabase } from '../../db/db';
import { getAnalysis, saveArticle, setTokenChoice } from '../../db/articles';
import { ANALYSIS_VERSION } from '../../lang/analyse/version';
import type { Analysis } from '../../lang/types';
import type { AnalysisClient } from '../../worker/client';
import { isStale, refreshStaleAnalysis } from './refreshAnalysis';

let n = 0;
beforeEach(() => {
  useDatabase(new LesaDB(`test-refresh-${n++}`));
});

function client(dictVersion: string, analysis: () => Analysis) {
  const calls: string[] = [];
  const c = {
    analyse: async (text: string) => {
      calls.push(text);
      return analysis();
    },
    dictVersion: async () => dictVersion,
  } as unknown as AnalysisClient;
  return { c, calls };
}

const article = { title: 'T', author: null, publishedAt: null, site: null, caption: null, wordCount: 5, origin: 'test', text: FIXTURE_TEXT };

describe('stale analyses', () => {
  it.each([
    { version: ANALYSIS_VERSION, dict: 'test', current: 'test', stale: false },
    { version: ANALYSIS_VERSION - 1, dict: 'test', current: 'test', stale: true },
    { version: ANALYSIS_VERSION, dict: 'old', current: 'test', stale: true },
  ])('version $version, dictionary $dict vs $current → stale $stale', ({ version, dict, current, stale }) => {
    expect(isStale({ version, dictVersion: dict }, current)).toBe(stale);
  });

  it('a fresh analysis is not redone (opening an article never runs the lemmatizer)', async () => {
    const id = await saveArticle(article, fixtureAnalysis());
    const { c, calls } = client('test', fixtureAnalysis);
    expect(await refreshStaleAnalysis(id, c)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('an analysis from older code is redone and the learner’s token choice survives', async () => {
    const old = { ...fixtureAnalysis(), version: ANALYSIS_VERSION - 1 };
    const id = await saveArticle(article, old);
    const ambiguous = old.tokens.findIndex((t) => t.candidates.length > 1);
    expect(ambiguous).toBeGreaterThanOrEqual(0);
    await setTokenChoice(id, ambiguous, 1);
    const { c, calls } = client('test', fixtureAnalysis);
    expect(await refreshStaleAnalysis(id, c)).toBe(true);
    expect(calls).toEqual([FIXTURE_TEXT]);
    const now = await getAnalysis(id);
    expect(now?.version).toBe(ANALYSIS_VERSION);
    expect(now?.tokens[ambiguous].chosen).toBe(1);
    expect(await refreshStaleAnalysis(id, c)).toBe(false);
  });

  it('checks the stored analysis without reading its dictionary entries', async () => {
    const id = await saveArticle(article, fixtureAnalysis());
    const reads = vi.spyOn(getDb().analysisEntries, 'get');
    const { c } = client('test', fixtureAnalysis);
    expect(await refreshStaleAnalysis(id, c)).toBe(false);
    expect(reads).not.toHaveBeenCalled();
  });

  it('an analysis the caller already has is checked without reading the database again', async () => {
    // The stored one is stale but the caller's copy is fresh: nothing is read, nothing redone.
    const id = await saveArticle(article, { ...fixtureAnalysis(), version: ANALYSIS_VERSION - 1 });
    const { c, calls } = client('test', fixtureAnalysis);
    expect(await refreshStaleAnalysis(id, c, { version: ANALYSIS_VERSION, dictVersion: 'test' })).toBe(false);
    expect(calls).toEqual([]);
    // A stale copy goes on to the stored analysis and redoes it.
    expect(await refreshStaleAnalysis(id, c, { version: ANALYSIS_VERSION - 1, dictVersion: 'test' })).toBe(true);
    expect(calls).toEqual([FIXTURE_TEXT]);
    expect((await getAnalysis(id))?.version).toBe(ANALYSIS_VERSION);
  });
});
