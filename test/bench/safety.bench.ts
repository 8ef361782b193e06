/**
 * Data safety (issue 8), Node-side: backup and restore of a large library with fake-indexeddb
 * (an in-memory IndexedDB in JavaScript; the browser's own IndexedDB is usually faster).
 * Library: 200 articles of ~700 tokens with their analyses, 5,000 words, 1,000 cards,
 * 5,000 review-log rows, 10 word lists.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { BackupError, backupBytes, createBackup, readBackup, restoreBackup, serializeBackup } from '../../src/db/backup';
import { LesaDB } from '../../src/db/db';
import type { AnalysedToken, Analysis } from '../../src/lang/types';
import { importFuzz } from './importFuzz';
import type { BenchResult } from './types';

const SIZE = { articles: 200, tokens: 700, words: 5000, cards: 1000, reviews: 5000, lists: 10 };

function analysis(i: number): { text: string; analysis: Analysis } {
  const words: string[] = [];
  const tokens: AnalysedToken[] = [];
  let at = 0;
  for (let k = 0; k < SIZE.tokens; k++) {
    const w = `orð${(i * 31 + k * 7) % 4000}`;
    tokens.push({
      start: at,
      end: at + w.length,
      text: w,
      kind: 'word',
      candidates: Array.from({ length: 1 + (k % 3) }, (_, c) => ({ lemma: `${w}-${c}`, pos: c ? 'verb' : 'noun', ...(c ? {} : { gender: 'm' }) })),
      chosen: 0,
      isName: false,
      sentence: Math.floor(k / 12),
    } as AnalysedToken);
    words.push(w);
    at += w.length + 1;
  }
  const text = words.join(' ');
  const sentences = Array.from({ length: Math.ceil(SIZE.tokens / 12) }, (_, s) => ({ start: tokens[s * 12].start, end: tokens[Math.min(SIZE.tokens - 1, s * 12 + 11)].end }));
  return { text, analysis: { version: 1, dictVersion: 'bench', sentences, phrases: [], tokens } as unknown as Analysis };
}

export async function populate(db: LesaDB) {
  const t0 = Date.UTC(2026, 0, 1);
  await db.transaction('rw', db.tables, async () => {
    for (let i = 0; i < SIZE.articles; i++) {
      const { text, analysis: a } = analysis(i);
      const id = await db.articles.add({ title: `Grein ${i}`, author: 'Höfundur', publishedAt: '2024-10-25T09:44', site: 'visir.is', caption: null, text, contentHash: `h${i}`, wordCount: SIZE.tokens, origin: 'paste', createdAt: t0 + i });
      await db.analyses.add({ articleId: id, analysis: a });
    }
    await db.words.bulkAdd(Array.from({ length: SIZE.words }, (_, i) => ({ lemma: `orð${i}`, status: (['new', 'learning', 'known', 'ignored'] as const)[i % 4], updatedAt: t0 + i, ...(i % 5 ? {} : { gloss: `gloss ${i}` }) })));
    const cards = db.table('cards');
    const cardIds = (await cards.bulkAdd(
      Array.from({ length: SIZE.cards }, (_, i) => ({
        lemma: `orð${i}`, kind: 'recognition', display: `orð${i}`, pos: 'noun', gender: 'n', ipa: null, glosses: ['word'], sentence: 'Þetta er orð í setningu.', formStart: 9, formEnd: 12,
        articleId: 1 + (i % SIZE.articles), due: t0 + i * 3_600_000, fsrs: { due: t0 + i * 3_600_000, stability: 2.5, difficulty: 5, elapsed_days: 1, scheduled_days: 3, reps: 2, lapses: 0, state: 2, last_review: t0 }, suspended: false, createdAt: t0,
      })),
      { allKeys: true },
    )) as number[];
    await db.table('reviews').bulkAdd(
      Array.from({ length: SIZE.reviews }, (_, i) => ({ cardId: cardIds[i % cardIds.length], lemma: `orð${i % SIZE.cards}`, rating: 1 + (i % 4), state: 2, at: t0 + i * 60_000, elapsedDays: 1, scheduledDays: 3, durationMs: 4000 })),
    );
    await db.lists.bulkAdd(
      Array.from({ length: SIZE.lists }, (_, l) => ({
        name: `Listi ${l}`,
        entries: Array.from({ length: 40 }, (_, e) => ({ lemma: `orð${l * 40 + e}`, display: `orð${l * 40 + e}`, pos: 'noun' as const, gender: 'n' as const, gloss: 'word', note: '', example: 'Dæmi.', count: 1, source: 0 })),
        sources: [{ title: 'Grein 0', site: null, author: null, publishedAt: null, articleId: 1 }],
        createdAt: t0,
        updatedAt: t0,
      })),
    );
  });
}

/** Deterministic PRNG (mulberry32) so that the fuzz figures are the same run to run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function dumpAll(db: LesaDB): Promise<string> {
  const out: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const t of db.tables) out[t.name] = await t.toArray();
  });
  return JSON.stringify(out);
}

/**
 * Damaged backups against a small library: truncated, a character changed, a junk row, a
 * duplicate unique key, or the disk filling up during the restore. Counts what happened.
 */
async function corruptionFuzz(tries: number) {
  const rand = rng(20261125);
  const src = new LesaDB(`bench-fuzz-src-${Date.now()}`);
  await src.transaction('rw', src.tables, async () => {
    for (let i = 0; i < 5; i++) {
      const id = await src.articles.add({ title: `G${i}`, author: null, publishedAt: null, site: null, caption: null, text: `Texti ${i}.`, contentHash: `f${i}`, wordCount: 2, origin: 'paste', createdAt: i });
      await src.analyses.add({ articleId: id, analysis: { version: 1, dictVersion: 'x', sentences: [], phrases: [], tokens: [] } as unknown as Analysis });
    }
    await src.words.bulkAdd(Array.from({ length: 30 }, (_, i) => ({ lemma: `w${i}`, status: 'known' as const, updatedAt: i })));
    await src.table('reviews').bulkAdd(Array.from({ length: 30 }, (_, i) => ({ cardId: 1, lemma: 'w1', rating: 3, state: 2, at: i })));
  });
  const json = serializeBackup(await createBackup(src));
  await src.delete();
  const dst = new LesaDB(`bench-fuzz-dst-${Date.now()}`);
  await dst.words.bulkAdd(Array.from({ length: 10 }, (_, i) => ({ lemma: `mine${i}`, status: 'learning' as const, updatedAt: i })));
  const counts = { tried: 0, refused: 0, storage: 0, restored: 0, crashes: 0, halfRestores: 0 };
  const proto = Object.getPrototypeOf(dst.words) as { bulkAdd: (...a: unknown[]) => Promise<unknown> };
  const realBulkAdd = proto.bulkAdd;
  for (let i = 0; i < tries; i++) {
    const before = await dumpAll(dst);
    const kind = Math.floor(rand() * 5);
    let input = json;
    let failTable = '';
    if (kind === 0) input = json.slice(0, Math.floor(rand() * json.length));
    else if (kind === 1) {
      const at = Math.floor(rand() * json.length);
      input = json.slice(0, at) + String.fromCharCode(Math.floor(rand() * 0x3000)) + json.slice(at + 1);
    } else if (kind === 2) {
      const o = JSON.parse(json);
      const names = Object.keys(o.tables);
      o.tables[names[Math.floor(rand() * names.length)]].rows.push(rand() < 0.5 ? {} : { id: 'x', lemma: 5, key: null });
      input = JSON.stringify(o);
    } else if (kind === 3) {
      const o = JSON.parse(json);
      o.tables.articles.rows.push({ ...o.tables.articles.rows[0], id: 999 });
      input = JSON.stringify(o);
    } else failTable = ['articles', 'analyses', 'words', 'reviews'][Math.floor(rand() * 4)];
    if (failTable) {
      proto.bulkAdd = function (this: { name: string }, ...a: unknown[]) {
        return this.name === failTable ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : realBulkAdd.apply(this, a);
      };
    }
    counts.tried++;
    let ok = false;
    let expected = '';
    try {
      const parsed = await readBackup(dst, input);
      await restoreBackup(dst, parsed, 'replace');
      ok = true;
      counts.restored++;
      const check = new LesaDB(`bench-fuzz-check-${i}`);
      await restoreBackup(check, parsed, 'replace');
      expected = await dumpAll(check);
      await check.delete();
    } catch (e) {
      if (e instanceof BackupError) counts.refused++;
      else if ((e as { name?: string }).name === 'QuotaExceededError' || (e as { inner?: { name?: string } }).inner?.name === 'QuotaExceededError') counts.storage++;
      else counts.crashes++;
    } finally {
      proto.bulkAdd = realBulkAdd;
    }
    const after = await dumpAll(dst);
    if (ok ? after !== expected : after !== before) counts.halfRestores++;
  }
  await dst.delete();
  return counts;
}

async function time<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await f();
  return { ms: performance.now() - t, value };
}

export async function run(): Promise<BenchResult[]> {
  const src = new LesaDB(`bench-safety-src-${Date.now()}`);
  await populate(src);
  const rows = (await Promise.all(src.tables.map((t) => t.count()))).reduce((a, b) => a + b, 0);

  const backup = await time(async () => backupBytes(await createBackup(src)));
  const gz = await time(async () => backupBytes(await createBackup(src), { gzip: true }));
  const dst = new LesaDB(`bench-safety-dst-${Date.now()}`);
  const read = await time(() => readBackup(dst, backup.value));
  const replace = await time(() => restoreBackup(dst, read.value, 'replace'));
  // Merging the same backup again: every row is looked up and found already there.
  const merge = await time(() => restoreBackup(dst, read.value, 'merge'));
  const same = (await Promise.all(src.tables.map(async (t) => JSON.stringify(await t.toArray()) === JSON.stringify(await dst.table(t.name).toArray())))).every(Boolean);
  await Promise.all([src.delete(), dst.delete()]);
  if (!same) throw new Error('safety bench: the restored library differs from the original');

  const fuzz = await corruptionFuzz(300);

  const lib = `${SIZE.articles} articles, ${SIZE.words} words, ${SIZE.cards} cards, ${SIZE.reviews} reviews, ${SIZE.lists} lists (${rows} rows)`;
  return [
    { name: 'backup: make the file (JSON)', value: Math.round(backup.ms), unit: 'ms', target: '≤ 5000 ms', limit: { max: 5000 }, note: `${lib}; Node + fake-indexeddb` },
    { name: 'backup file size (JSON)', value: +(backup.value.length / 2 ** 20).toFixed(2), unit: 'MiB' },
    { name: 'backup file size (gzip)', value: +(gz.value.length / 2 ** 20).toFixed(2), unit: 'MiB', note: `gzip made in ${Math.round(gz.ms)} ms` },
    { name: 'restore: read and validate the file', value: Math.round(read.ms), unit: 'ms', target: '≤ 3000 ms', limit: { max: 3000 } },
    { name: 'restore: replace (one transaction)', value: Math.round(replace.ms), unit: 'ms', target: '≤ 10000 ms', limit: { max: 10000 } },
    { name: 'restore: merge the same file again', value: Math.round(merge.ms), unit: 'ms', note: `written ${Object.values(merge.value.written).reduce((a, b) => a + b, 0)}, skipped ${Object.values(merge.value.skipped).reduce((a, b) => a + b, 0)}` },
    { name: 'round trip lossless', value: same ? 1 : 0, unit: '', target: '= 1', limit: { min: 1 } },
    {
      name: 'damaged backups tried',
      value: fuzz.tried,
      unit: 'files',
      note: `${fuzz.refused} refused with a message, ${fuzz.storage} stopped by a full disk, ${fuzz.restored} restored as read (a changed character in a text)`,
    },
    { name: 'damaged backups: crashes (errors other than a clear message)', value: fuzz.crashes, unit: '', target: '= 0', limit: { max: 0 } },
    { name: 'damaged backups: half-restores (data lost)', value: fuzz.halfRestores, unit: '', target: '= 0', limit: { max: 0 } },
    ...importFuzz(),
  ];
}
