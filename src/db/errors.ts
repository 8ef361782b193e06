/** Storage failures, named for what the user is told. */
export type StorageFailure = 'quota' | 'blocked' | 'version' | 'unavailable' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly failure: StorageFailure,
    cause?: unknown,
  ) {
    super(`storage: ${failure}`, { cause });
    this.name = 'StorageError';
  }
}

function names(e: unknown): string[] {
  const out: string[] = [];
  let cur: unknown = e;
  for (let i = 0; cur && i < 5; i++) {
    const o = cur as { name?: string; inner?: unknown; cause?: unknown; failures?: unknown[] };
    if (o.name) out.push(o.name);
    if (Array.isArray(o.failures)) for (const f of o.failures) out.push(...names(f));
    cur = o.inner ?? o.cause;
  }
  return out;
}

/** Classifies an error thrown by Dexie/IndexedDB. */
export function classifyStorageError(e: unknown): StorageFailure {
  if (e instanceof StorageError) return e.failure;
  const n = names(e);
  if (n.some((x) => x === 'QuotaExceededError' || x === 'QuotaExceeded')) return 'quota';
  if (n.includes('VersionError')) return 'version';
  if (n.some((x) => x === 'DatabaseClosedError' || x === 'BlockedError')) return 'blocked';
  if (n.some((x) => x === 'MissingAPIError' || x === 'InvalidStateError')) return 'unavailable';
  return 'unknown';
}

/** Runs a storage operation and rethrows failures as `StorageError`. */
export async function guardStorage<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw e instanceof StorageError ? e : new StorageError(classifyStorageError(e), e);
  }
}
