import Dexie from 'dexie';
import { getSetting, setSetting } from '../../db/settings';

export interface StorageInfo {
  usage: number;
  quota: number;
  /** `null` when the browser cannot tell. */
  persisted: boolean | null;
}

/** Warn when this share of the quota is used. */
export const NEARLY_FULL = 0.9;

export async function estimateStorage(): Promise<StorageInfo | null> {
  const s = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!s?.estimate) return null;
  try {
    const { usage = 0, quota = 0 } = await s.estimate();
    const persisted = s.persisted ? await s.persisted() : null;
    return { usage, quota, persisted };
  } catch {
    return null;
  }
}

export const isNearlyFull = (i: StorageInfo | null) => !!i && i.quota > 0 && i.usage / i.quota >= NEARLY_FULL;

const ASKED_KEY = 'storage.persistAsked';

/**
 * Asks the browser to keep Lesa's data when space runs low (it may say no). Asked once, after the
 * first time something is saved, not on the first page view.
 */
export async function requestPersistenceOnce(): Promise<boolean | null> {
  const s = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!s?.persist) return null;
  if (s.persisted && (await s.persisted())) return true;
  if (await getSetting(ASKED_KEY, false)) return null;
  await setSetting(ASKED_KEY, true);
  return s.persist();
}

/** Asks again (the user pressed the button in settings). */
export async function requestPersistence(): Promise<boolean | null> {
  const s = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  return s?.persist ? s.persist() : null;
}

/** Calls `cb` (at most every `ms`) after anything in the app's database was written, in any tab. */
export function onDatabaseWrite(dbName: string, cb: () => void, ms = 3000): () => void {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (parts: Record<string, unknown>) => {
    if (!Object.keys(parts).some((k) => k.startsWith(`idb://${dbName}/`))) return;
    const wait = last + ms - Date.now();
    if (wait <= 0) {
      last = Date.now();
      cb();
    } else if (!timer) {
      timer = setTimeout(() => {
        timer = undefined;
        last = Date.now();
        cb();
      }, wait);
    }
  };
  Dexie.on('storagemutated', listener);
  return () => {
    Dexie.on('storagemutated').unsubscribe(listener);
    if (timer) clearTimeout(timer);
  };
}
