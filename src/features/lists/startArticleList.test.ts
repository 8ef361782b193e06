import i18n from 'i18next';
import { LesaDB, useDatabase } from '../../db/db';
import { addToList, getList, listLists } from '../../db/lists';
import { startArticleList } from './startArticleList';

let n = 0;
beforeEach(() => useDatabase(new LesaDB(`test-start-article-list-${n++}`)));
afterEach(() => i18n.changeLanguage('en'));

const hestur = { lemma: 'hestur', display: 'hestur', pos: 'noun' as const, gender: 'm' as const, gloss: 'horse', note: '', example: '', count: 1 };
const source = { title: 'Hestar', site: null, author: null, publishedAt: null, articleId: 3 };

describe('“Make a word list” when the article’s list already has words', () => {
  it.each([
    { lng: 'en', second: 'Hestar (2)', third: 'Hestar (3)' },
    { lng: 'is', second: 'Hestar (2)', third: 'Hestar (3)' },
  ])('a new list gets a name of its own ($lng): $second, then $third', async ({ lng, second, third }) => {
    await i18n.changeLanguage(lng);
    const first = await startArticleList(3, 'Hestar');
    await addToList(first, [hestur], source);
    const b = await startArticleList(3, 'Hestar');
    expect((await getList(b))!.name).toBe(second);
    // Pressed again while that one has no words: the same list, not a third.
    expect(await startArticleList(3, 'Hestar')).toBe(b);
    await addToList(b, [{ ...hestur, lemma: 'folald', display: 'folald', gender: 'n' }], source);
    const c = await startArticleList(3, 'Hestar');
    expect((await getList(c))!.name).toBe(third);
    const names = (await listLists()).map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('the numbered pattern is translated in both languages (same placeholders)', () => {
    for (const lng of ['en', 'is']) {
      const pattern = i18n.getResource(lng, 'lists', 'numberedName') as string;
      expect(pattern).toContain('{{name}}');
      expect(pattern).toContain('{{n}}');
    }
  });
});
