import { fixtureAnalysis, FIXTURE_TEXT } from '../../test/unit/analysisFixture';
import { LesaDB, useDatabase } from './db';
import {
  deleteArticle,
  findDuplicate,
  getAnalysis,
  getArticle,
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

  it('deletes an article with its analysis and restores both (undo)', async () => {
    const id = await saveArticle({ ...base, text: FIXTURE_TEXT }, fixtureAnalysis());
    const deleted = await deleteArticle(id);
    expect(await getArticle(id)).toBeUndefined();
    expect(await getAnalysis(id)).toBeUndefined();
    await restoreArticle(deleted!);
    expect((await getArticle(id))?.title).toBe('Prófun');
    expect(await getAnalysis(id)).toBeDefined();
  });

  it('remembers the chosen lemma for one token, and keeps it when the analysis is replaced', async () => {
    const id = await saveArticle({ ...base, text: FIXTURE_TEXT }, fixtureAnalysis());
    await setTokenChoice(id, 1, 1); // "á" → preposition
    expect((await getAnalysis(id))!.tokens[1].chosen).toBe(1);
    await setTokenChoice(id, 1, 9); // out of range: ignored
    expect((await getAnalysis(id))!.tokens[1].chosen).toBe(1);

    const fresh = fixtureAnalysis();
    fresh.tokens[1].candidates.reverse(); // new order: noun, preposition, verb
    await replaceAnalysis(id, fresh);
    const t = (await getAnalysis(id))!.tokens[1];
    expect(t.candidates[t.chosen]).toMatchObject({ lemma: 'á', pos: 'preposition' });
  });
});
