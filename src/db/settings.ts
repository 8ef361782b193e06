import { getDb } from './db';
import { guardStorage } from './errors';

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const rec = await getDb().settings.get(key);
  return rec === undefined ? fallback : (rec.value as T);
}

export async function setSetting<T>(key: string, value: T): Promise<void> {
  await guardStorage(() => getDb().settings.put({ key, value }));
}
