import { splitAnalysis } from '../../../src/db/analysisParts';
import { LesaDB } from '../../../src/db/db';
import type { ArticleRecord, WordRecord, WordListRecord, WordStatus } from '../../../src/db/types';
import { fixtureAnalysis, FIXTURE_TEXT } from '../analysisFixture';

/**
 * The app's database plus two tables of the shape the vocabulary work adds (cards with dates,
 * a review log pointing at cards by `flashcardId`), declared in a later test-only version. It shows
 * that backup and restore cover whatever tables the schema has, not a fixed list.
 */
export class ExtendedDB extends LesaDB {
  constructor(name: string) {
    super(name);
    this.version(99).stores({ flashcards: '++id, &lemma, due', drills: '++id, flashcardId, at' });
  }
}

export interface LibrarySize {
  articles: number;
  words: number;
  cards: number;
  reviews: number;
  lists: number;
}

const STATUSES: WordStatus[] = ['new', 'learning', 'known', 'ignored'];

/** Fills a database with a deterministic library of the given size. */
export async function populate(db: LesaDB, size: LibrarySize, salt = 'a'): Promise<void> {
  const t0 = Date.UTC(2026, 0, 1);
  const articles: ArticleRecord[] = [];
  for (let i = 0; i < size.articles; i++) {
    const text = `${FIXTURE_TEXT}\n\nGrein ${salt}${i}: ${'orð '.repeat(300 + (i % 50))}`;
    articles.push({
      title: `Grein ${salt} ${i} — „þýðing“`,
      author: i % 3 ? `Höfundur ${i}` : null,
      publishedAt: i % 2 ? '2024-10-25T09:44' : null,
      site: i % 4 ? 'visir.is' : null,
      caption: null,
      text,
      contentHash: `hash-${salt}-${i}`,
      wordCount: 300 + (i % 50),
      origin: 'paste',
      createdAt: t0 + i * 1000,
    });
  }
  const words: WordRecord[] = [];
  for (let i = 0; i < size.words; i++) {
    const w: WordRecord = { lemma: `orð${salt}${i}`, status: STATUSES[i % 4], updatedAt: t0 + i };
    if (i % 5 === 0) w.gloss = `gloss ${i}`;
    if (i % 7 === 0) w.note = 'athugasemd með ð og þ';
    words.push(w);
  }
  const lists: WordListRecord[] = [];
  await db.transaction('rw', db.tables, async () => {
    const ids = (await db.articles.bulkAdd(articles, { allKeys: true })) as number[];
    const parts = ids.map((articleId) => splitAnalysis(articleId, fixtureAnalysis()));
    await db.analyses.bulkAdd(parts.map((p) => p.record));
    await db.analysisEntries.bulkAdd(parts.map((p) => p.entries));
    await db.words.bulkAdd(words);
    await db.settings.bulkPut([
      { key: 'language', value: 'is' },
      { key: 'seeded', value: true },
      { key: 'goals', value: { daily: 20, since: new Date(t0) } },
    ]);
    for (let i = 0; i < size.lists; i++) {
      lists.push({
        name: `Listi ${salt} ${i}`,
        entries: words.slice(i * 10, i * 10 + 10).map((w, j) => ({
          lemma: w.lemma, display: w.lemma, pos: 'noun', gender: 'n', gloss: '', note: '', example: 'Dæmi.', count: j, source: 0,
        })),
        sources: [{ title: articles[0]?.title ?? 'x', site: null, author: null, publishedAt: null, articleId: ids[i % Math.max(1, ids.length)] }],
        createdAt: t0,
        updatedAt: t0 + i,
      });
    }
    await db.lists.bulkAdd(lists);
    if (db instanceof ExtendedDB) {
      const cards = db.table('flashcards');
      const cardIds = (await cards.bulkAdd(
        words.slice(0, size.cards).map((w, i) => ({ lemma: w.lemma, due: new Date(t0 + i * 86_400_000), stability: i / 3, difficulty: 5.5, reps: i % 9, state: i % 4 })),
        { allKeys: true },
      )) as number[];
      const reviews = [];
      for (let i = 0; i < size.reviews; i++) {
        reviews.push({ flashcardId: cardIds[i % cardIds.length], at: new Date(t0 + i * 60_000), rating: (i % 4) + 1, elapsed: i % 17 });
      }
      await db.table('drills').bulkAdd(reviews);
    }
  });
}

/** Every table's rows, by name (the "library" to compare). */
export async function dump(db: LesaDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const t of db.tables) out[t.name] = await t.toArray();
  });
  return out;
}

let n = 0;
export const freshName = (p: string) => `${p}-${n++}-${Math.random().toString(36).slice(2, 8)}`;
