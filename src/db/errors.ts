/**
 * What kind of failure a caught error is — the one classifier of the app. The storage kinds
 * (`StorageFailure`) are what IndexedDB and Dexie report; the others are what reading a file,
 * parsing data or fetching tell apart. The text the learner is shown for each kind is in
 * src/app/ui/errorText.ts (`common:errors.<kind>`); nothing else decides what an error is.
 */
export type StorageFailure = 'quota' | 'blocked' | 'version' | 'unavailable' | 'unknown';

export type ErrorKind = StorageFailure | 'unreadable' | 'format' | 'network' | 'aborted';

export class StorageError extends Error {
  constructor(
    readonly failure: StorageFailure,
    cause?: unknown,
  ) {
    super(`storage: ${failure}`, { cause });
    this.name = 'StorageError';
  }
}

/** One error of a chain: its name and its own message (both '' when it has none). */
export interface ErrorLink {
  name: string;
  message: string;
}

/**
 * The error and those it wraps: Dexie's `inner` (an `AbortError` of a transaction whose cause was a
 * `QuotaExceededError`, a `DatabaseClosedError` around the error that failed the opening), `cause`
 * (`StorageError`, an error revived from a worker's summary), and the `failures` of a `BulkError`.
 * Also reads plain `{ name, message, inner }` summaries (a worker's error after `postMessage`).
 */
export function errorChain(e: unknown, out: ErrorLink[] = [], depth = 0): ErrorLink[] {
  let cur: unknown = e;
  for (let i = 0; cur != null && i < 6 && depth < 3; i++) {
    if (typeof cur !== 'object') {
      out.push({ name: '', message: String(cur) });
      break;
    }
    const o = cur as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
    out.push({ name: typeof o.name === 'string' ? o.name : '', message: typeof o.message === 'string' ? o.message : '' });
    if (Array.isArray(o.failures)) for (const f of o.failures.slice(0, 5)) errorChain(f, out, depth + 1);
    const next = o.inner ?? o.cause;
    if (next === cur) break;
    cur = next;
  }
  return out;
}

const STORAGE_FAILURES: readonly string[] = ['quota', 'blocked', 'version', 'unavailable'];

/** Dexie's wrappers around the error that made opening the database fail. */
const OPEN_WRAPPERS = ['DatabaseClosedError', 'OpenFailedError'];

/** Messages of a failed `fetch`: Chromium, Firefox, Safari, and Node/undici. */
const FETCH_FAILED = /failed to fetch|networkerror|load failed|network request failed|fetch failed/i;

/** Classifies a caught error (also one wrapped by Dexie or `guardStorage`, or a worker's summary). */
export function errorKind(e: unknown): ErrorKind {
  // `StorageError` (guardStorage) names its failure; an 'unknown' one is told by its cause, below.
  const o = e as { name?: unknown; failure?: unknown } | null;
  if (e instanceof StorageError || o?.name === 'StorageError') {
    if (typeof o?.failure === 'string' && STORAGE_FAILURES.includes(o.failure)) return o.failure as StorageFailure;
  }
  const links = errorChain(e);
  const has = (...names: string[]) => links.some((l) => names.includes(l.name));
  // Dexie (4.x) fails every query after a failed opening with a DatabaseClosedError (or an
  // OpenFailedError) around the error that failed it: what is inside tells what happened.
  const wrapped = links.findIndex((l) => OPEN_WRAPPERS.includes(l.name));
  const openFailure = wrapped < 0 ? [] : links.slice(wrapped + 1).filter((l) => !OPEN_WRAPPERS.includes(l.name));
  // The specific kinds first: Dexie reports a full disk as an AbortError with the QuotaExceededError inside.
  if (has('QuotaExceededError', 'QuotaExceeded')) return 'quota';
  if (has('VersionError')) return 'version';
  if (has('MissingAPIError')) return 'unavailable';
  // InvalidStateError: when opening, the browser refuses storage (private windows of Firefox before
  // 115); otherwise a transaction was asked of a connection that is closing (closed by another
  // tab's upgrade, or lost) and Dexie's own reopening did not help.
  if (has('InvalidStateError')) return openFailure.some((l) => l.name === 'InvalidStateError') ? 'unavailable' : 'blocked';
  // Closed under this tab (another tab's upgrade, see src/features/safety/dbWatch.ts), not an
  // opening that failed for some other reason (that one goes on to be told by what is inside).
  if (has('BlockedError') || (has('DatabaseClosedError') && openFailure.length === 0)) return 'blocked';
  // NotFoundError is also IndexedDB's "object store not found": a file only when it says so.
  if (has('NotReadableError') || links.some((l) => l.name === 'NotFoundError' && /file/i.test(l.message))) return 'unreadable';
  if (has('SyntaxError')) return 'format';
  if (has('NetworkError') || links.some((l) => l.name === 'TypeError' && FETCH_FAILED.test(l.message))) return 'network';
  if (has('AbortError', 'TimeoutError')) return 'aborted';
  return 'unknown';
}

/** The storage failure an error is (`errorKind` narrowed: any other kind is 'unknown' here). */
export function classifyStorageError(e: unknown): StorageFailure {
  const kind = errorKind(e);
  return STORAGE_FAILURES.includes(kind) ? (kind as StorageFailure) : 'unknown';
}

/**
 * The names of what IndexedDB and Dexie reject with, and `StorageError`: an error with one of them in
 * its chain is a storage failure even when `errorKind` cannot tell which ('unknown'). Dexie's own
 * wrappers (`BulkError`, `ModifyError`) are not here: what their failures are decides.
 */
const STORAGE_ERROR_NAME = /^(Dexie|Abort|Constraint|Data|Database|Transaction|Upgrade|OpenFailed|InvalidAccess)|^StorageError$/;

/**
 * Whether a caught error is a storage failure at all, and which (`null`: it is not one — a bug, a
 * file, the network). What the app-wide safety net (src/features/safety/) tells the learner: a
 * failure of a kind `errorKind` names, else one whose chain (see `errorChain`) holds an IndexedDB or
 * Dexie error is an 'unknown' storage failure.
 */
export function storageFailureOf(e: unknown): StorageFailure | null {
  const failure = classifyStorageError(e);
  if (failure !== 'unknown') return failure;
  return errorChain(e).some((l) => STORAGE_ERROR_NAME.test(l.name)) ? 'unknown' : null;
}

/** Runs a storage operation and rethrows failures as `StorageError`. */
export async function guardStorage<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw e instanceof StorageError ? e : new StorageError(classifyStorageError(e), e);
  }
}
