import Dexie from 'dexie';
import { classifyStorageError, errorKind, guardStorage, StorageError, storageFailureOf, type ErrorKind, type StorageFailure } from './errors';

const dom = (name: string, message = `${name} message`) => new DOMException(message, name);

const summary = (e: unknown): unknown => {
  const o = e as { name: string; message: string; inner?: unknown; cause?: unknown };
  const next = o.inner ?? o.cause;
  return { name: o.name, message: o.message, ...(next ? { inner: summary(next) } : {}) };
};

describe('errorKind', () => {
  const table: [string, unknown, ErrorKind][] = [
    ['a DOMException QuotaExceededError', dom('QuotaExceededError', 'The quota has been exceeded.'), 'quota'],
    ['Dexie.QuotaExceededError', new Dexie.QuotaExceededError('full'), 'quota'],
    ['a Dexie AbortError with a QuotaExceededError inside', new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError')), 'quota'],
    ['a BulkError whose failures hold a QuotaExceededError', new Dexie.BulkError('2 of 3 failed', [new Dexie.ConstraintError('dup'), dom('QuotaExceededError')]), 'quota'],
    ['a StorageError (guardStorage) naming quota', new StorageError('quota', new Error('x')), 'quota'],
    ['Dexie.OpenFailedError around a VersionError', new Dexie.OpenFailedError('open failed', dom('VersionError')), 'version'],
    ['Dexie.VersionError', new Dexie.VersionError('v'), 'version'],
    ['Dexie.DatabaseClosedError', new Dexie.DatabaseClosedError(), 'blocked'],
    ['InvalidStateError from IDBDatabase.transaction', dom('InvalidStateError', "Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing."), 'blocked'],
    ['the same, as Dexie maps it (Dexie.InvalidStateError around the DOMException)', new Dexie.InvalidStateError('closing', dom('InvalidStateError')), 'blocked'],
    ['Dexie.OpenFailedError around an InvalidStateError (opening refused)', new Dexie.OpenFailedError('open failed', dom('InvalidStateError')), 'unavailable'],
    ['a StorageError naming blocked, without a cause', new StorageError('blocked'), 'blocked'],
    ['Dexie.MissingAPIError', new Dexie.MissingAPIError('IndexedDB API missing'), 'unavailable'],
    ['NotReadableError on a File read', dom('NotReadableError', 'The requested file could not be read'), 'unreadable'],
    ['NotFoundError on a File read', dom('NotFoundError', 'A requested file or directory could not be found at the time an operation was processed.'), 'unreadable'],
    ['IndexedDB NotFoundError (an object store)', dom('NotFoundError', "Failed to execute 'transaction' on 'IDBDatabase': One of the specified object stores was not found."), 'unknown'],
    ['JSON.parse SyntaxError', (() => { try { JSON.parse('<html>'); } catch (e) { return e; } })(), 'format'],
    ["a StorageError('unknown') is told by its cause", new StorageError('unknown', new SyntaxError('Unexpected token')), 'format'],
    ['Chromium fetch TypeError', new TypeError('Failed to fetch'), 'network'],
    ['Firefox fetch TypeError', new TypeError('NetworkError when attempting to fetch resource.'), 'network'],
    ['Safari fetch TypeError', new TypeError('Load failed'), 'network'],
    ['another TypeError', new TypeError("Cannot read properties of undefined (reading 'x')"), 'unknown'],
    ['AbortError (fetch aborted)', dom('AbortError', 'The user aborted a request.'), 'aborted'],
    ['Dexie.AbortError with nothing known inside', new Dexie.AbortError('Transaction aborted'), 'aborted'],
    ['an Error', new Error('out of memory'), 'unknown'],
    ['a string', 'boom', 'unknown'],
    ['undefined', undefined, 'unknown'],
    ['a summary from a worker (quota wrapped in an AbortError)', summary(new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError'))), 'quota'],
    ['a summary from a worker (fetch failed)', summary(new TypeError('Failed to fetch')), 'network'],
    ['an error revived from a worker summary', new Error('Failed to fetch', { cause: summary(new TypeError('Failed to fetch')) }), 'network'],
  ];
  it.each(table)('%s → %s', (_, e, kind) => {
    expect(errorKind(e)).toBe(kind);
  });

  it('classifyStorageError is errorKind narrowed to the storage kinds (the two never disagree)', () => {
    const storage: readonly string[] = ['quota', 'blocked', 'version', 'unavailable'];
    for (const [, e, kind] of table) expect(classifyStorageError(e)).toBe(storage.includes(kind) ? kind : 'unknown');
  });

  it('guardStorage rethrows a failure as a StorageError of its kind', async () => {
    const closing = dom('InvalidStateError', 'The database connection is closing.');
    const err = await guardStorage(() => Promise.reject(closing)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).failure).toBe('blocked');
    expect((err as StorageError).cause).toBe(closing);
  });
});

/** What a query of a real Dexie database rejects with when opening it failed with a DOMException named `name`. */
async function queryAfterFailedOpening(name: string): Promise<unknown> {
  const refusing = Object.create(indexedDB) as IDBFactory;
  refusing.open = () => {
    const req = { error: dom(name, `opening failed: ${name}`) } as unknown as IDBOpenDBRequest;
    setTimeout(() => req.onerror?.({ target: req, type: 'error', preventDefault() {}, stopPropagation() {} } as unknown as Event));
    return req;
  };
  const db = new Dexie(`refused-${name}`, { indexedDB: refusing, IDBKeyRange });
  db.version(1).stores({ t: '++id' });
  return db.table('t').put({ a: 1 }).then(() => null, (e: unknown) => e);
}

describe('storageFailureOf: is an error a storage failure at all (the safety net’s toast and crash screen), and which', () => {
  const rows: { error: unknown; failure: StorageFailure | null; reason: string }[] = [
    { error: dom('QuotaExceededError'), failure: 'quota', reason: 'a kind errorKind names' },
    { error: new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError')), failure: 'quota', reason: 'quota wrapped by Dexie' },
    { error: new Dexie.DatabaseClosedError(), failure: 'blocked', reason: 'closed for another tab' },
    { error: new Dexie.OpenFailedError('open failed', dom('VersionError')), failure: 'version', reason: 'opened by a newer Lesa' },
    { error: new Dexie.MissingAPIError('IndexedDB API missing'), failure: 'unavailable', reason: 'no IndexedDB' },
    { error: new StorageError('blocked'), failure: 'blocked', reason: 'guardStorage names it' },
    { error: new Dexie.ConstraintError('Key already exists'), failure: 'unknown', reason: 'an IndexedDB error of no kind errorKind names' },
    { error: dom('DataError'), failure: 'unknown', reason: 'IndexedDB DataError (a bad key)' },
    { error: dom('TransactionInactiveError'), failure: 'unknown', reason: 'a transaction used after it ended' },
    { error: new Dexie.UpgradeError('upgrade failed'), failure: 'unknown', reason: 'a failed upgrade' },
    { error: new Dexie.AbortError('Transaction aborted'), failure: 'unknown', reason: 'a transaction aborted, nothing known inside' },
    { error: dom('AbortError', 'The user aborted a request.'), failure: 'unknown', reason: 'an AbortError: by its name, as a transaction’s abort (kept as before)' },
    { error: new StorageError('unknown', new Error('x')), failure: 'unknown', reason: 'guardStorage’s wrapper, of no kind' },
    { error: new StorageError('unknown', new SyntaxError('Unexpected token')), failure: 'unknown', reason: 'guardStorage’s wrapper: what failed was a storage operation' },
    { error: summary(new Dexie.ConstraintError('dup')), failure: 'unknown', reason: 'a worker’s summary of one' },
    // Told by the chain, not only by the error's own name (these were `null` before).
    { error: new Dexie.BulkError('2 of 2 failed', [new Dexie.ConstraintError('dup'), new Dexie.ConstraintError('dup')]), failure: 'unknown', reason: 'a BulkError: by its failures' },
    { error: new Error('saving failed', { cause: new Dexie.ConstraintError('dup') }), failure: 'unknown', reason: 'an error with a storage error as its cause' },
    { error: new Error('saving failed', { cause: new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError')) }), failure: 'quota', reason: 'the same, of a kind (errorKind reads the chain)' },
    { error: new TypeError('Failed to fetch'), failure: null, reason: 'the network' },
    { error: new SyntaxError('Unexpected token'), failure: null, reason: 'a file that is not JSON' },
    { error: dom('NotReadableError'), failure: null, reason: 'a file that cannot be read' },
    { error: new Dexie.BulkError('1 of 1 failed', [new TypeError('x is undefined')]), failure: null, reason: 'a BulkError of a bug' },
    { error: new TypeError("Cannot read properties of undefined (reading 'x')"), failure: null, reason: 'a bug' },
    { error: new Error('out of memory'), failure: null, reason: 'any other error' },
    { error: 'boom', failure: null, reason: 'a string' },
    { error: undefined, failure: null, reason: 'nothing' },
  ];
  it.each(rows)('$reason → $failure', ({ error, failure }) => {
    expect(storageFailureOf(error)).toBe(failure);
  });
});

describe('errorKind of what Dexie 4 really rejects with', () => {
  // Dexie fails every query after a failed opening with a DatabaseClosedError around the cause.
  it.each<[string, StorageFailure]>([
    ['InvalidStateError', 'unavailable'], // Firefox (before 115) refusing IndexedDB in a private window
    ['QuotaExceededError', 'quota'],
    ['VersionError', 'version'],
    ['UnknownError', 'unknown'], // not "another tab": the browser's own storage failed
  ])('a query after opening failed with %s → %s', async (name, kind) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // Dexie retries an UnknownError, and says so
    const e = await queryAfterFailedOpening(name);
    expect((e as Error).name).toBe('DatabaseClosedError');
    expect(errorKind(e)).toBe(kind);
    expect(classifyStorageError(await guardStorage(() => Promise.reject(e)).catch((x: unknown) => x))).toBe(kind);
    vi.restoreAllMocks();
  });

  it('a query without IndexedDB at all → unavailable', async () => {
    const db = new Dexie('no-idb', { indexedDB: null as unknown as IDBFactory, IDBKeyRange });
    db.version(1).stores({ t: '++id' });
    const e = await db.table('t').put({ a: 1 }).then(() => null, (x: unknown) => x);
    expect((e as Error).name).toBe('DatabaseClosedError');
    expect(errorKind(e)).toBe('unavailable');
  });

  it('a query after the connection was closed for another tab (as dbWatch does) → blocked', async () => {
    const db = new Dexie('closed-for-upgrade');
    db.version(1).stores({ t: '++id' });
    await db.open();
    db.close({ disableAutoOpen: true });
    const e = await db.table('t').put({ a: 1 }).then(() => null, (x: unknown) => x);
    expect((e as Error).name).toBe('DatabaseClosedError');
    expect(errorKind(e)).toBe('blocked');
  });
});
