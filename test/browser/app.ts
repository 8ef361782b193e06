import type { Page } from 'playwright-core';

/** The sample article's title, as the cleaner finds it. */
export const SEED_TITLE = 'Musk sagður í reglulegum samskiptum við Pútín';

/** Opens the app (first run imports the sample) and then the sample article. */
export async function openSeed(page: Page, base: string): Promise<void> {
  await page.goto(base);
  const link = page.getByRole('link', { name: SEED_TITLE });
  await link.waitFor({ timeout: 30000 });
  await link.click();
  await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
}

/** Reads a whole object store of the app's database (test-side check of what was stored). */
export function readStore(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('lesa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            resolve(req.result as Record<string, unknown>[]);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}
