// @vitest-environment node
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { LesaDB } from '../../../src/db/db';
import { readBackup, restoreBackup } from '../../../src/db/backup';
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

function expectKept(after: Record<string, unknown[]>) {
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
});
