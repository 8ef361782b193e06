import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { markLearning, openSeed, readStore, sharedBrowser } from './app';

/**
 * A gloss typed in the Vocabulary panel and the page reloaded at once (before the typing pause's
 * save): the gloss is kept, and the Review card shows it without the Vocabulary page being opened
 * again — also when the write started as the page went never committed (the database layer's log
 * is applied when the app starts).
 */
const base = inject('baseUrl');

/** The lemma the word `form` was stored under (the only word in the store). */
async function onlyLemma(page: Page): Promise<string> {
  await expect.poll(async () => (await readStore(page, 'words')).length).toBe(1);
  return (await readStore(page, 'words'))[0].lemma as string;
}

/** Opens the word's panel in Vocabulary; returns its gloss field. */
async function openWord(page: Page, lemma: string) {
  await page.goto(`${base}#/vocabulary`);
  await page.getByRole('button', { name: new RegExp(`^${lemma}\\b`) }).click();
  const gloss = page.getByRole('region', { name: `Word “${lemma}”` }).getByRole('textbox', { name: 'Your gloss' });
  await gloss.waitFor();
  return gloss;
}

/** The back of the Review card (the only card) as it shows after a reload, Vocabulary not opened. */
async function reviewBack(page: Page): Promise<string> {
  await page.goto(`${base}#/review`);
  await page.getByTestId('review-sentence').waitFor();
  await page.keyboard.press('Space');
  const back = page.getByTestId('review-back');
  await back.waitFor();
  return back.innerText();
}

/**
 * Holds a write transaction on the words store from another tab (a busy moment): writes queue
 * behind it. Returns a function that lets it end.
 */
async function holdWords(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lesa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const w = window as unknown as { releaseWords?: boolean };
          const tx = open.result.transaction('words', 'readwrite');
          const store = tx.objectStore('words');
          // Kept alive by one request after another until released.
          const spin = () => {
            if (w.releaseWords) return;
            store.count().onsuccess = spin;
          };
          spin();
          tx.oncomplete = () => open.result.close();
          resolve();
        };
      }),
  );
  return () => page.evaluate(() => void ((window as unknown as { releaseWords?: boolean }).releaseWords = true));
}

describe('a gloss typed in Vocabulary, then the page reloaded at once', () => {
  const browser = sharedBrowser();

  it('is kept, and Review shows it without Vocabulary being opened again — also when its write did not commit before the reload', async () => {
    const page = browser().page;
    await openSeed(page, base);
    await markLearning(page, 'forseta');
    const lemma = await onlyLemma(page);

    // Typed, and reloaded at once (well within the typing pause): the page's own save as it goes.
    await (await openWord(page, lemma)).pressSequentially('head of state (mine)');
    await page.reload();
    expect(await reviewBack(page)).toContain('head of state (mine)');
    expect((await readStore(page, 'words'))[0].gloss).toBe('head of state (mine)');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('word-notes') || k.includes('vocab-unsaved')))).toEqual([]);

    // Again, with another tab holding the words store: the write started as the page went cannot
    // commit before the reload ends it. The reloaded app writes the logged edit when it starts.
    const other = await browser().context.newPage();
    await other.goto(`${base}#/about`);
    const gloss = await openWord(page, lemma);
    const release = await holdWords(other);
    await gloss.fill('president (mine)');
    await page.reload();
    // Not written yet: the edit is in the log the reloaded app is waiting to write.
    expect(await page.evaluate(() => localStorage.getItem('lesa:pending-word-notes'))).toContain('president (mine)');
    await release();
    expect(await reviewBack(page)).toContain('president (mine)');
    expect((await readStore(page, 'words'))[0].gloss).toBe('president (mine)');
    // Written, the log is cleared.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('word-notes')))).toEqual([]);
    await other.close();
    expect(browser().errors).toEqual([]);
  });
});
