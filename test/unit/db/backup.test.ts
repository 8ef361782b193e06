// @vitest-environment node
import { vi } from 'vitest';
import { LesaDB } from '../../../src/db/db';
import {
  BACKUP_VERSION,
  BackupError,
  backupBytes,
  createBackup,
  parseBackup,
  readBackup,
  restoreBackup,
  serializeBackup,
} from '../../../src/db/backup';
import { dump, ExtendedDB, freshName, populate } from './library';

async function problemOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof BackupError) return e.problem;
    throw e;
  }
  return 'none';
}

describe('backup and restore', () => {
  it('round trip: articles, 1,000 words, cards, 5,000 reviews, lists → backup → wipe → restore → deep-equal', async () => {
    const db = new ExtendedDB(freshName('rt'));
    await populate(db, { articles: 12, words: 1000, cards: 300, reviews: 5000, lists: 4 });
    const before = await dump(db);
    expect(before.drills).toHaveLength(5000);
    const file = await backupBytes(await createBackup(db));

    await db.delete();
    const again = new ExtendedDB(db.name);
    const parsed = await readBackup(again, file);
    expect(parsed.summary.counts).toMatchObject({ articles: 12, analyses: 12, words: 1000, lists: 4, flashcards: 300, drills: 5000, settings: 3 });
    await restoreBackup(again, parsed, 'replace');
    const after = await dump(again);
    expect(after).toEqual(before);
    // Dates stay dates (the review scheduler compares them).
    expect((after.flashcards[0] as { due: unknown }).due).toBeInstanceOf(Date);
    // New rows continue after the restored ids.
    const id = await again.articles.add({ ...(after.articles[0] as object), id: undefined, contentHash: 'new' } as never);
    expect(id).toBeGreaterThan(12);
  });

  it('gzip files read back the same and are smaller', async () => {
    const db = new ExtendedDB(freshName('gz'));
    await populate(db, { articles: 5, words: 200, cards: 50, reviews: 300, lists: 1 });
    const backup = await createBackup(db);
    const plain = await backupBytes(backup);
    const gz = await backupBytes(backup, { gzip: true });
    expect([gz[0], gz[1]]).toEqual([0x1f, 0x8b]);
    expect(gz.length).toBeLessThan(plain.length / 3);
    const other = new ExtendedDB(freshName('gz2'));
    await restoreBackup(other, await readBackup(other, gz), 'replace');
    expect(await dump(other)).toEqual(await dump(db));
  });

  /** The text as UTF-16 bytes (little- or big-endian), with or without a byte-order mark. */
  function utf16(text: string, order: 'le' | 'be', mark: boolean): Uint8Array {
    const units = (mark ? '\uFEFF' : '') + text;
    const out = new Uint8Array(units.length * 2);
    for (let i = 0; i < units.length; i++) {
      const c = units.charCodeAt(i);
      out[2 * i + (order === 'le' ? 0 : 1)] = c & 0xff;
      out[2 * i + (order === 'le' ? 1 : 0)] = c >> 8;
    }
    return out;
  }

  it.each([
    ['little-endian with a mark', 'le', true],
    ['little-endian without one', 'le', false],
    ['big-endian with a mark', 'be', true],
  ] as const)('a backup re-saved by a text editor as UTF-16 (%s) restores the same', async (_what, order, mark) => {
    const db = new ExtendedDB(freshName(`u16${order}${mark}`));
    await populate(db, { articles: 2, words: 20, cards: 3, reviews: 5, lists: 1 });
    const json = serializeBackup(await createBackup(db));
    expect(json).toMatch(/[þæðö]/u);
    const other = new ExtendedDB(freshName(`u16${order}${mark}b`));
    await restoreBackup(other, await readBackup(other, utf16(json, order, mark)), 'replace');
    expect(await dump(other)).toEqual(await dump(db));
  });

  /** The file's UTF-8 bytes, cut after the first byte of the first "þ". */
  function cutInsideLetter(json: string): Uint8Array {
    const bytes = new TextEncoder().encode(json);
    const at = bytes.findIndex((b, i) => b === 0xc3 && bytes[i + 1] === 0xbe);
    return bytes.subarray(0, at + 1);
  }

  it('tells a wrong, corrupt or too-new file apart, and writes nothing', async () => {
    const db = new ExtendedDB(freshName('bad'));
    await populate(db, { articles: 2, words: 10, cards: 2, reviews: 2, lists: 1 });
    const good = JSON.parse(serializeBackup(await createBackup(db)));
    const before = await dump(db);
    const text = (o: unknown) => JSON.stringify(o);
    const cases: [string, string | Uint8Array, string][] = [
      ['not JSON', 'hello, world', 'not-json'],
      ['binary', new Uint8Array([0, 255, 254, 1, 2]), 'not-json'],
      ['a word list file', text({ format: 'lesa-list', version: 1, name: 'x', entries: [] }), 'not-backup'],
      ['a JSON array', '[1,2,3]', 'not-backup'],
      ['truncated', serializeBackup(good).slice(0, 200), 'corrupt'],
      // A download cut short in the middle of a two-byte letter ("þ" = C3 BE) is still a damaged backup.
      ['truncated inside a letter', cutInsideLetter(serializeBackup({ ...good, note: 'þþþþ' })), 'corrupt'],
      ['newer file format', text({ ...good, version: BACKUP_VERSION + 1 }), 'too-new'],
      ['newer database schema', text({ ...good, schemaVersion: db.verno + 1 }), 'too-new'],
      ['unknown table', text({ ...good, tables: { ...good.tables, mystery: { rows: [] } } }), 'corrupt'],
      ['rows not a list', text({ ...good, tables: { ...good.tables, words: { rows: 5 } } }), 'corrupt'],
      ['word without a key', text({ ...good, tables: { ...good.tables, words: { rows: [{ status: 'known' }] } } }), 'corrupt'],
      ['article with a bad id', text({ ...good, tables: { ...good.tables, articles: { rows: [{ id: 'x' }] } } }), 'corrupt'],
      ['unknown tagged value', text({ ...good, tables: { ...good.tables, settings: { rows: [{ key: 'k', value: { $lesa: 'evil' } }] } } }), 'corrupt'],
      ['bad date', text({ ...good, createdAt: 'yesterday' }), 'corrupt'],
      ['broken gzip', new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]), 'corrupt'],
    ];
    for (const [what, input, problem] of cases) {
      expect(await problemOf(readBackup(db, input).then((p) => restoreBackup(db, p, 'replace'))), what).toBe(problem);
    }
    expect(await dump(db)).toEqual(before);
  });

  it('a failure in the middle of a replace (storage full, duplicate unique key) leaves the data untouched', async () => {
    const db = new ExtendedDB(freshName('mid'));
    await populate(db, { articles: 3, words: 50, cards: 5, reviews: 20, lists: 1 }, 'old');
    const before = await dump(db);
    const other = new ExtendedDB(freshName('mid-src'));
    await populate(other, { articles: 4, words: 80, cards: 5, reviews: 20, lists: 2 }, 'new');
    const parsed = parseBackup(db, JSON.parse(serializeBackup(await createBackup(other))));

    // The disk fills up while the words are being written (after articles were cleared and added).
    const proto = Object.getPrototypeOf(db.words) as { bulkAdd: (...a: unknown[]) => Promise<unknown> };
    const real = proto.bulkAdd;
    const spy = vi.spyOn(proto, 'bulkAdd').mockImplementation(function (this: { name: string }, ...a: unknown[]) {
      return this.name === 'words' ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : real.apply(this, a);
    });
    await expect(restoreBackup(db, parsed, 'replace')).rejects.toMatchObject({ name: expect.stringMatching(/Quota/) });
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
    expect(await dump(db)).toEqual(before);

    // Two articles with the same content hash: the unique index refuses the second one.
    const clash = structuredClone(parsed);
    (clash.tables.articles.rows[1] as { contentHash: string }).contentHash = (clash.tables.articles.rows[0] as { contentHash: string }).contentHash;
    await expect(restoreBackup(db, clash, 'replace')).rejects.toMatchObject({ name: 'BackupError', problem: 'corrupt' });
    expect(await dump(db)).toEqual(before);

    // And the real thing works.
    await restoreBackup(db, parsed, 'replace');
    expect(await dump(db)).toEqual(await dump(other));
  });

  it('merge keeps the library, adds what it lacks, takes newer words, and re-links ids', async () => {
    const mine = new ExtendedDB(freshName('merge-a'));
    const theirs = new ExtendedDB(freshName('merge-b'));
    await populate(mine, { articles: 3, words: 20, cards: 5, reviews: 10, lists: 1 }, 'a');
    await populate(theirs, { articles: 3, words: 20, cards: 5, reviews: 10, lists: 1 }, 'b');
    // One article both have (same text), and one word both have: theirs is newer.
    const shared = (await mine.articles.get(1))!;
    await theirs.articles.update(2, { contentHash: shared.contentHash });
    await mine.words.put({ lemma: 'hestur', status: 'learning', updatedAt: 100 });
    await theirs.words.put({ lemma: 'hestur', status: 'known', updatedAt: 200 });
    await mine.words.put({ lemma: 'köttur', status: 'known', updatedAt: 300 });
    await theirs.words.put({ lemma: 'köttur', status: 'new', updatedAt: 100 });
    const before = await dump(mine);

    const parsed = parseBackup(mine, JSON.parse(serializeBackup(await createBackup(theirs))));
    const res = await restoreBackup(mine, parsed, 'merge');
    expect(res.written.articles).toBe(2);
    expect(res.skipped.articles).toBe(1);
    const after = await dump(mine);
    expect(after.articles).toHaveLength(5);
    for (const a of before.articles) expect(after.articles).toContainEqual(a);
    expect(after.words).toHaveLength(42);
    expect(await mine.words.get('hestur')).toMatchObject({ status: 'known' });
    expect(await mine.words.get('köttur')).toMatchObject({ status: 'known', updatedAt: 300 });
    // Every analysis belongs to an article; the new articles' analyses came along.
    const ids = new Set((after.articles as { id: number }[]).map((a) => a.id));
    expect(after.analyses).toHaveLength(5);
    for (const a of after.analyses as { articleId: number }[]) expect(ids.has(a.articleId)).toBe(true);
    // Their list points at their first article, which is now a new local id.
    const theirList = (after.lists as { name: string; sources: { articleId: number }[] }[]).find((l) => l.name.startsWith('Listi b'))!;
    const theirFirst = (await theirs.articles.get(theirList.sources[0].articleId === 1 ? 99 : 1))!;
    const local = await mine.articles.where('contentHash').equals(theirFirst.contentHash).first();
    expect(theirList.sources[0].articleId).toBe(local!.id);
    // Reviews point at the merged cards (by the cards' new ids).
    const cards = new Map((after.flashcards as { id: number; lemma: string }[]).map((c) => [c.id, c.lemma]));
    expect(after.drills).toHaveLength(20);
    for (const r of after.drills as { flashcardId: number }[]) expect(cards.has(r.flashcardId)).toBe(true);
    const theirCards = new Map((await theirs.table('flashcards').toArray()).map((c: { id: number; lemma: string }) => [c.id, c.lemma]));
    const theirDrills = await theirs.table('drills').toArray();
    const merged = (after.drills as { flashcardId: number; at: Date }[]).slice(10);
    expect(merged.map((d) => cards.get(d.flashcardId))).toEqual(theirDrills.map((d: { flashcardId: number }) => theirCards.get(d.flashcardId)));

    // Merging the same file again adds nothing new.
    const again = await restoreBackup(mine, parsed, 'merge');
    expect(again.written.articles).toBe(0);
    expect(again.written.drills).toBe(0);
    expect(again.written.words).toBe(0);
  });

  it('merge: a word has one review card; the backup’s reviews of it join the library’s card', async () => {
    const card = (lemma: string, due: number) => ({ lemma, kind: 'recognition', display: lemma, pos: 'noun', gender: 'm', ipa: null, glosses: [], sentence: '', formStart: 0, formEnd: 0, articleId: null, due, fsrs: { due }, suspended: false, createdAt: 1 });
    const mine = new LesaDB(freshName('cards-a'));
    const theirs = new LesaDB(freshName('cards-b'));
    const myHestur = (await mine.table('cards').add(card('hestur', 100))) as number;
    await mine.table('reviews').add({ cardId: myHestur, lemma: 'hestur', rating: 3, state: 2, at: 10 });
    await theirs.table('cards').add(card('köttur', 5));
    const theirHestur = (await theirs.table('cards').add(card('hestur', 200))) as number;
    await theirs.table('reviews').bulkAdd([
      { cardId: theirHestur, lemma: 'hestur', rating: 1, state: 2, at: 20 },
      { cardId: 1, lemma: 'köttur', rating: 4, state: 2, at: 30 },
    ]);
    const parsed = parseBackup(mine, JSON.parse(serializeBackup(await createBackup(theirs))));
    await restoreBackup(mine, parsed, 'merge');
    const cards = await mine.table('cards').toArray();
    expect(cards.map((c: { lemma: string }) => c.lemma).sort()).toEqual(['hestur', 'köttur']);
    expect(cards.find((c: { lemma: string }) => c.lemma === 'hestur')).toMatchObject({ id: myHestur, due: 100 });
    const byCard = new Map(cards.map((c: { id: number; lemma: string }) => [c.id, c.lemma]));
    const reviews = await mine.table('reviews').toArray();
    expect(reviews.map((r: { cardId: number; at: number }) => [byCard.get(r.cardId), r.at])).toEqual([['hestur', 10], ['hestur', 20], ['köttur', 30]]);
  });

  it('a "__proto__" key in a file stays data', async () => {
    const db = new LesaDB(freshName('proto'));
    const raw = JSON.parse(serializeBackup(await createBackup(db)));
    raw.tables.settings.rows = [JSON.parse('{"key":"x","value":{"__proto__":{"polluted":true}}}')];
    const parsed = parseBackup(db, raw);
    await restoreBackup(db, parsed, 'replace');
    const v = (await db.settings.get('x'))!.value as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
