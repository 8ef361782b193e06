// @vitest-environment node
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { LesaDB, useDatabase } from '../../../src/db/db';
import { getAnalysis, getAnalysisEntries, getStoredAnalysis } from '../../../src/db/articles';
import { readBackup, restoreBackup } from '../../../src/db/backup';
import type { AnalysisEntriesRecord, AnalysisRecord } from '../../../src/db/types';
import type { Analysis } from '../../../src/lang/types';
import { fixtureAnalysis } from '../analysisFixture';
import { dump, freshName } from './library';

/**
 * A library as the very first schema (v1, the reading loop) stored it. The v1 declaration is
 * frozen here on purpose: it is what users' browsers created, whatever `schema.ts` says today.
 */
const V1_STORES = {
  articles: '++id, &contentHash, title, createdAt, publishedAt',
  analyses: 'articleId',
  words: 'lemma, status, updatedAt',
  settings: 'key',
};
const fixture = JSON.parse(readFileSync('test/fixtures/db/v1-library.json', 'utf8')) as Record<string, Record<string, unknown>[]>;

async function createV1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.transaction('rw', v1.tables, async () => {
    for (const [t, rows] of Object.entries(fixture)) await v1.table(t).bulkAdd(rows);
  });
  v1.close();
}

const KEY: Record<string, string> = { articles: 'id', analyses: 'articleId', words: 'lemma', settings: 'key' };

/**
 * The analyses as whole analyses again: since v5 an analysis' dictionary entries are stored in
 * `analysisEntries`, apart from the rest of it (and nowhere else).
 */
function withEntriesJoined(after: Record<string, unknown[]>): Record<string, unknown[]> {
  const entries = new Map((after.analysisEntries as AnalysisEntriesRecord[]).map((r) => [r.articleId, r.entries]));
  const analyses = (after.analyses as AnalysisRecord[]).map((r) => {
    expect(r.analysis, `analysis ${r.articleId} keeps no entries of its own`).not.toHaveProperty('entries');
    return { ...r, analysis: { ...r.analysis, entries: entries.get(r.articleId) } };
  });
  expect(entries.size).toBe(analyses.length);
  return { ...after, analyses };
}

function expectKept(stored: Record<string, unknown[]>) {
  const after = withEntriesJoined(stored);
  for (const [t, rows] of Object.entries(fixture)) {
    expect(after[t], t).toHaveLength(rows.length);
    const byKey = new Map(after[t].map((r) => [(r as Record<string, unknown>)[KEY[t]], r]));
    // Later versions may add fields (with upgrade functions), never drop or change the old ones.
    for (const r of rows) expect(byKey.get(r[KEY[t]]), `${t} ${String(r[KEY[t]])}`).toMatchObject(r);
  }
}

describe('migrations', () => {
  it('a database created by schema v1 opens with the current schema and keeps every row', async () => {
    const name = freshName('v1');
    await createV1(name);
    const db = new LesaDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    // Every table of today's schema exists (new ones empty), and the v1 data is all there.
    const after = await dump(db);
    for (const t of db.tables) expect(after).toHaveProperty(t.name);
    expectKept(after);
    // And it is usable: new rows can be written to the old tables and the new ones.
    await db.lists.add({ name: 'Eftir uppfærslu', entries: [], sources: [], createdAt: 1, updatedAt: 1 });
    expect(await db.lists.count()).toBe(1);
    expect(await db.articles.where('contentHash').equals('v1-hash-2').count()).toBe(1);
    db.close();
  });

  it('a backup made by a v1-era Lesa restores into today’s database with nothing lost', async () => {
    const db = new LesaDB(freshName('v1-backup'));
    const parsed = await readBackup(db, new Uint8Array(readFileSync('test/fixtures/db/v1.lesa-backup.json')));
    expect(parsed.summary).toMatchObject({ schemaVersion: 1, version: 1, createdAt: '2024-10-26T10:00:00.000Z' });
    expect(parsed.summary.counts).toMatchObject({ articles: 2, analyses: 2, words: 5, settings: 2, lists: 0 });
    await restoreBackup(db, parsed, 'replace');
    expectKept(await dump(db));
  });

  it('a v1-era backup merged into a library keeps each analysis with its entries, under the new article ids', async () => {
    const db = new LesaDB(freshName('v1-merge'));
    // The library already has article 1 (another text): the backup's articles get new ids.
    await db.articles.add({ title: 'Mín', author: null, publishedAt: null, site: null, caption: null, text: 'y', contentHash: 'mine', wordCount: 1, origin: 'paste', createdAt: 1 });
    const parsed = await readBackup(db, new Uint8Array(readFileSync('test/fixtures/db/v1.lesa-backup.json')));
    await restoreBackup(db, parsed, 'merge');
    useDatabase(db);
    const byHash = new Map((fixture.articles as { id: number; contentHash: string }[]).map((a) => [a.contentHash, a.id]));
    const old = new Map((fixture.analyses as { articleId: number; analysis: Analysis }[]).map((r) => [r.articleId, r.analysis]));
    for (const article of await db.articles.toArray()) {
      if (article.contentHash === 'mine') continue;
      const was = byHash.get(article.contentHash)!;
      expect(article.id).not.toBe(was);
      expect(await getAnalysis(article.id!)).toEqual(old.get(was));
    }
    expect(await db.analysisEntries.count()).toBe(2);
    db.close();
  });

  it('v5 moves the dictionary entries of every stored analysis (v4) to their own table, losing nothing', async () => {
    const name = freshName('v4');
    // The v4 schema as users' browsers created it (all of v1 + v3 + v4), frozen here like V1_STORES.
    const v4 = new Dexie(name);
    v4.version(4).stores({
      ...V1_STORES,
      lists: '++id, name, updatedAt',
      statusLog: '++id, lemma, at',
      cards: '++id, lemma, due, [queue+due], createdAt',
      reviews: '++id, cardId, at',
    });
    // More analyses than the upgrade moves in one batch, each with its own entries.
    const originals = new Map<number, Analysis>();
    for (let id = 1; id <= 120; id++) {
      const a = fixtureAnalysis();
      a.entries.hestur[0].senses[0].gloss = `horse ${id}`;
      if (id % 7 === 0) a.tokens[1].chosen = 1;
      originals.set(id, a);
    }
    await v4.transaction('rw', v4.tables, async () => {
      await v4.table('articles').bulkAdd([...originals.keys()].map((id) => ({ id, title: `Grein ${id}`, text: 'x', contentHash: `h${id}`, createdAt: id })));
      await v4.table('analyses').bulkAdd([...originals].map(([articleId, analysis]) => ({ articleId, analysis })));
      await v4.table('words').add({ lemma: 'hestur', status: 'learning', updatedAt: 1 });
    });
    v4.close();

    const db = new LesaDB(name);
    await db.open();
    expect(db.verno).toBe(5);
    const rows = await db.analyses.toArray();
    expect(rows).toHaveLength(120);
    for (const r of rows) expect(r.analysis).not.toHaveProperty('entries');
    expect(await db.analysisEntries.count()).toBe(120);
    useDatabase(db);
    for (const [id, a] of originals) {
      expect(await getAnalysis(id)).toEqual(a);
      const { entries, ...rest } = a;
      expect(await getStoredAnalysis(id)).toEqual(rest);
      expect(await getAnalysisEntries(id)).toEqual(entries);
    }
    expect(await db.words.get('hestur')).toMatchObject({ status: 'learning' });
    db.close();
  });
});
