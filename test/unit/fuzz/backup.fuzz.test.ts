// @vitest-environment node
import fc from 'fast-check';
import { fuzzParams } from '../../support/fuzz';
import { vi } from 'vitest';
import { BackupError, backupBytes, createBackup, readBackup, restoreBackup, serializeBackup, type ParsedBackup } from '../../../src/db/backup';
import { dump, ExtendedDB, freshName, populate } from '../db/library';

/** `npm test` runs a bounded, seeded sample; `npm run fuzz` sets FUZZ_RUNS for a long run (test/support/fuzz.ts). */
const params = fuzzParams(40);

/** Keys that trip up naive code: the tag this format uses, prototype names, odd Unicode. */
const key = fc.oneof(
  // ("constructor" is left out only because the test matcher compares it as the type.)
  fc.constantFrom('$lesa', '__proto__', 'hasOwnProperty', 'toString', 'v', ''),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** Anything IndexedDB can store that the app might plausibly keep. */
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.bigInt(),
    fc.date({ noInvalidDate: false }),
    fc.uint8Array({ maxLength: 20 }),
    fc.float64Array({ maxLength: 4 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }).map((entries) => {
      // fc.dictionary builds with plain assignment; make "__proto__" an own data key as JSON.parse would.
      const o: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(entries)) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
      return o;
    }),
    fc.array(fc.tuple(fc.string({ maxLength: 5 }), tie('value')), { maxLength: 3 }).map((e) => new Map(e)),
    fc.array(fc.integer(), { maxLength: 4 }).map((e) => new Set(e)),
  ),
}));

const library = fc.record({
  settings: fc.uniqueArray(fc.record({ key: fc.string({ unit: 'binary', maxLength: 12 }), value }), { selector: (r) => r.key, maxLength: 6 }),
  words: fc.uniqueArray(
    fc.record(
      {
        lemma: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
        status: fc.constantFrom('new', 'learning', 'known', 'ignored'),
        updatedAt: fc.integer({ min: 0 }),
        gloss: fc.string({ unit: 'binary', maxLength: 30 }),
        forms: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
      },
      { requiredKeys: ['lemma', 'status', 'updatedAt'] },
    ),
    { selector: (r) => r.lemma, maxLength: 20 },
  ),
  flashcards: fc.uniqueArray(fc.record({ lemma: fc.string({ minLength: 1, maxLength: 10 }), due: fc.date({ noInvalidDate: true }), extra: value }), {
    selector: (r) => r.lemma,
    maxLength: 8,
  }),
});

type Library = typeof library extends fc.Arbitrary<infer T> ? T : never;

async function fill(db: ExtendedDB, lib: Library) {
  await db.transaction('rw', db.tables, async () => {
    await db.settings.bulkAdd(lib.settings);
    await db.words.bulkAdd(lib.words as never);
    const ids = (await db.table('flashcards').bulkAdd(lib.flashcards, { allKeys: true })) as number[];
    await db.table('drills').bulkAdd(ids.map((flashcardId, i) => ({ flashcardId, at: new Date(i), rating: 3 })));
  });
}

describe('backup fuzz', () => {
  it('backup → restore is lossless for generated libraries (plain and gzip)', async () => {
    await fc.assert(
      fc.asyncProperty(library, fc.boolean(), async (lib, gzip) => {
        const src = new ExtendedDB(freshName('fz-src'));
        await fill(src, lib);
        const before = await dump(src);
        const bytes = await backupBytes(await createBackup(src), { gzip });
        const dst = new ExtendedDB(freshName('fz-dst'));
        await populate(dst, { articles: 1, words: 3, cards: 1, reviews: 1, lists: 1 });
        await restoreBackup(dst, await readBackup(dst, bytes), 'replace');
        const after = await dump(dst);
        expect(after).toStrictEqual(before);
        // -0, NaN and Dates survive exactly (toStrictEqual checks Object.is on numbers).
        await Promise.all([src.delete(), dst.delete()]);
      }),
      params,
    );
  });

  const corruption = fc.oneof(
    fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
    fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), ch: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) }),
    fc.record({ kind: fc.constant('junk-row' as const), table: fc.constantFrom('words', 'articles', 'flashcards', 'settings', 'lists'), junk: fc.jsonValue({ maxDepth: 2 }) }),
    fc.record({ kind: fc.constant('clash' as const) }),
    fc.record({ kind: fc.constant('quota' as const), table: fc.constantFrom('articles', 'analyses', 'words', 'lists', 'flashcards', 'drills', 'settings') }),
  );
  type Corruption = typeof corruption extends fc.Arbitrary<infer T> ? T : never;

  function corrupt(json: string, c: Corruption): string {
    if (c.kind === 'truncate') return json.slice(0, Math.floor(json.length * c.at));
    if (c.kind === 'flip') {
      const i = Math.floor((json.length - 1) * c.at);
      return json.slice(0, i) + c.ch + json.slice(i + c.ch.length);
    }
    const o = JSON.parse(json);
    if (c.kind === 'junk-row') o.tables[c.table].rows.push(c.junk);
    if (c.kind === 'clash') o.tables.flashcards.rows.push({ ...o.tables.flashcards.rows[0], id: 999 });
    return JSON.stringify(o);
  }

  it('a damaged backup or a failing write never half-restores: the data is either untouched or exactly the backup', async () => {
    await fc.assert(
      fc.asyncProperty(library, corruption, async (lib, c) => {
        const src = new ExtendedDB(freshName('fz-c-src'));
        await fill(src, lib);
        await populate(src, { articles: 2, words: 2, cards: 2, reviews: 2, lists: 1 }, 'src');
        const json = serializeBackup(await createBackup(src));
        const dst = new ExtendedDB(freshName('fz-c-dst'));
        await populate(dst, { articles: 2, words: 5, cards: 2, reviews: 3, lists: 1 }, 'dst');
        const before = await dump(dst);

        const proto = Object.getPrototypeOf(dst.words) as { bulkAdd: (...a: unknown[]) => Promise<unknown> };
        const real = proto.bulkAdd;
        const spy =
          c.kind === 'quota'
            ? vi.spyOn(proto, 'bulkAdd').mockImplementation(function (this: { name: string }, ...a: unknown[]) {
                return this.name === c.table ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : real.apply(this, a);
              })
            : undefined;
        let parsed: ParsedBackup | undefined;
        let failed = false;
        try {
          parsed = await readBackup(dst, corrupt(json, c));
          await restoreBackup(dst, parsed, 'replace');
        } catch (e) {
          failed = true;
          // Only our own validation errors or storage errors, never a crash of another kind.
          expect(e instanceof BackupError || (e as { name?: string }).name !== 'TypeError').toBe(true);
        } finally {
          spy?.mockRestore();
        }
        const after = await dump(dst);
        if (failed) expect(after).toStrictEqual(before);
        else {
          for (const t of dst.tables) {
            // IndexedDB gives rows in key order; a damaged key may have moved a row.
            const kp = t.schema.primKey.keyPath as string;
            const keyOf = (r: unknown) => (r as Record<string, unknown>)[kp];
            const expected = [...(parsed!.tables[t.name]?.rows ?? [])].sort((a, b) =>
              keyOf(a) === undefined || keyOf(b) === undefined ? Number(keyOf(a) === undefined) - Number(keyOf(b) === undefined) : indexedDB.cmp(keyOf(a), keyOf(b)),
            );
            // Rows without an id in the file get a new one.
            const got = after[t.name].map((r, i) => ((expected[i] as { id?: number })?.id === undefined ? { ...(r as object), id: undefined } : r));
            const want = expected.map((r) => ((r as { id?: number }).id === undefined ? { ...(r as object), id: undefined } : r));
            expect(got).toStrictEqual(want);
          }
        }
        if (c.kind === 'quota' || c.kind === 'clash') expect(failed).toBe(true);
        await Promise.all([src.delete(), dst.delete()]);
      }),
      params,
    );
  });
});
