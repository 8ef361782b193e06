import { fixtureAnalysis, FIXTURE_TEXT } from '../../test/unit/analysisFixture';
import { LesaDB, getDb, useDatabase } from './db';
import {
  deleteArticle,
  findDuplicate,
  getAnalysis,
  getAnalysisEntries,
  getAnalysisIfNeeded,
  getArticle,
  getStoredAnalysis,
  listArticles,
  replaceAnalysis,
  restoreArticle,
  saveArticle,
  setTokenChoice,
} from './articles';

let n = 0;
beforeEach(() => {
  useDatabase(new LesaDB(`test-articles-${n++}`));
});

const base = {
  title: 'Prófun',
  author: null,
  publishedAt: null,
  site: null,
  caption: null,
  wordCount: 8,
  origin: 'test',
};

describe('articles store', () => {
  it('saves an article with its analysis and finds it again by its text', async () => {
    const id = await saveArticle({ ...base, text: FIXTURE_TEXT }, fixtureAnalysis());
    expect((await getArticle(id))?.title).toBe('Prófun');
    expect((await getAnalysis(id))?.tokens).toHaveLength(fixtureAnalysis().tokens.length);
    // Whitespace and case differences do not make a new article.
    expect((await findDuplicate(`  ${FIXTURE_TEXT.toUpperCase()} `))?.id).toBe(id);
    expect(await findDuplicate('Eitthvað allt annað.')).toBeUndefined();
  });

  it('refuses the same text twice and leaves no half-saved analysis', async () => {
    await saveArticle({ ...base, text: FIXTURE_TEXT }, fixtureAnalysis());
    await expect(saveArticle({ ...base, text: FIXTURE_TEXT }, fixtureAnalysis())).rejects.toThrow();
    expect(await listArticles()).toHaveLength(1);
  });

  it('stores the analysis in two parts: what the first screen needs, and the dictionary entries', async () => {
    const id = await saveArticle({ ...base, text: FIXTURE_TEXT }, fixtureAnalysis());
    const { entries, ...rest } = fixtureAnalysis();
    expect((await getDb().analyses.get(id))?.analysis).toEqual(rest);
    expect(await getStoredAnalysis(id)).not.toHaveProperty('entries');
    expect(await getAnalysisEntries(id)).toEqual(entries);
    expect(await getAnalysis(id)).toEqual(fixtureAnalysis());
    expect(await getStoredAnalysis(999)).toBeUndefined();
    expect(await getAnalysisEntries(999)).toBeUndefined();
  });

  it('reads the entries only of an analysis whose light part asks for them', async () => {
    const id = await saveArticle({ ...base, text: FIXTURE_TEXT }, fixtureAnalysis());
    const { entries: _, ...light } = fixtureAnalysis();
    const reads = vi.spyOn(getDb().analysisEntries, 'get');
    expect(await getAnalysisIfNeeded(id, () => false)).toEqual({ analysis: light, full: undefined });
    expect(reads).not.toHaveBeenCalled();
    const seen: unknown[] = [];
    expect(await getAnalysisIfNeeded(id, (a) => (seen.push(a), true))).toEqual({ analysis: light, full: fixtureAnalysis() });
    expect(seen).toEqual([light]);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(await getAnalysisIfNeeded(999, () => true)).toBeUndefined();
    // A record from before v5 keeps the entries it holds.
    await getDb().analyses.put({ articleId: 7, analysis: fixtureAnalysis() });
    expect((await getAnalysisIfNeeded(7, () => true))?.full).toEqual(fixtureAnalysis());
  });

  it('writes both parts or neither: a failure storing the entries saves no article', async () => {
    getDb().analysisEntries.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(saveArticle({ ...base, text: FIXTURE_TEXT }, fixtureAnalysis())).rejects.toThrow();
    expect(await getDb().articles.count()).toBe(0);
    expect(await getDb().analyses.count()).toBe(0);
  });

  it('deletes an article with both parts of its analysis and restores them (undo)', async () => {
    const id = await saveArticle({ ...base, text: FIXTURE_TEXT }, fixtureAnalysis());
    const deleted = await deleteArticle(id);
    expect(await getArticle(id)).toBeUndefined();
    expect(await getAnalysis(id)).toBeUndefined();
    expect(await getDb().analysisEntries.count()).toBe(0);
    await restoreArticle(deleted!);
    expect((await getArticle(id))?.title).toBe('Prófun');
    expect(await getAnalysis(id)).toEqual(fixtureAnalysis());
  });

  it('reads the entries a record from before v5 still holds in its analysis', async () => {
    await getDb().analyses.put({ articleId: 7, analysis: fixtureAnalysis() });
    expect(await getAnalysisEntries(7)).toEqual(fixtureAnalysis().entries);
    expect(await getAnalysis(7)).toEqual(fixtureAnalysis());
  });

  it('remembers the chosen lemma for one token, and keeps it when the analysis is replaced', async () => {
    const id = await saveArticle({ ...base, text: FIXTURE_TEXT }, fixtureAnalysis());
    await setTokenChoice(id, 1, 1); // "á" → preposition
    expect((await getAnalysis(id))!.tokens[1].chosen).toBe(1);
    await setTokenChoice(id, 1, 9); // out of range: ignored
    expect((await getAnalysis(id))!.tokens[1].chosen).toBe(1);

    const fresh = fixtureAnalysis();
    fresh.tokens[1].candidates.reverse(); // new order: noun, preposition, verb
    fresh.entries.hestur[0].senses[0].gloss = 'steed';
    await replaceAnalysis(id, fresh);
    const t = (await getAnalysis(id))!.tokens[1];
    expect(t.candidates[t.chosen]).toMatchObject({ lemma: 'á', pos: 'preposition' });
    // Both parts are replaced.
    expect((await getAnalysisEntries(id))!.hestur[0].senses[0].gloss).toBe('steed');
  });
});
