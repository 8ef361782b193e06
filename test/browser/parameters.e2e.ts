import { inject } from 'vitest';
import { newCardState } from '../../src/features/review/scheduler';
import { simulateLearner } from '../support/simulatedLearner';
import { readStore, SEED_TITLE, waitForOfflineReady, sharedBrowser } from './app';

const base = inject('baseUrl');

describe('personal FSRS parameters in Chromium', () => {
  const browser = sharedBrowser();

  it('offline, with 1,000+ answers logged: fit in the worker, see log loss before/after, use them', async () => {
    const { page, context } = browser();
    await page.goto(base);
    await page.getByRole('link', { name: SEED_TITLE }).waitFor({ timeout: 30000 });
    const urls = await waitForOfflineReady(page);
    // The optimiser's WebAssembly is precached with the rest of the app.
    expect(urls.some((u) => /fsrs_browser_bg.*\.wasm$/.test(u))).toBe(true);

    // A learner's review log: 150 cards answered over 90 days.
    const rows = simulateLearner({ cards: 150, days: 90, seed: 21 }).map((a) => ({ ...a, before: newCardState(new Date(a.at)) }));
    await page.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('lesa');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('reviews', 'readwrite');
            for (const r of rows) tx.objectStore('reviews').add(r);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      rows,
    );

    await context.setOffline(true);
    await page.goto(`${base}#/settings`);
    await page.reload();
    const section = page.getByRole('region', { name: /^Review timing fitted to you/ });
    await section.getByText(`${rows.length.toLocaleString('en-GB')} answers in your review log.`).waitFor();
    await section.getByRole('button', { name: 'Fit parameters to my answers' }).click();
    await section.getByText(/^Fitting parameters to/).waitFor();
    const result = section.getByTestId('parameters-result');
    await result.waitFor({ timeout: 60000 });
    const before = Number(await result.getByTestId('logloss-before').textContent());
    const after = Number(await result.getByTestId('logloss-after').textContent());
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);

    await result.getByRole('button', { name: 'Use the fitted parameters' }).click();
    // (No cards are stored in this test, so no memory states are recomputed.)
    await section.getByText('Your personal parameters are in use from your next answer.', { exact: true }).waitFor();
    await expect.poll(() => section.getByTestId('parameters-in-use').textContent()).toMatch(/^In use: timing fitted to your own answers on /);
    const settings = (await readStore(page, 'settings')) as { key: string; value: { weights?: number[] } }[];
    const weights = settings.find((s) => s.key === 'review')?.value.weights;
    expect(weights).toHaveLength(21);
    expect(browser().errors).toEqual([]);
    await context.setOffline(false);
  });
});
