import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { launch, type Browser } from './chromium';

const base = inject('baseUrl');
const SEED_TITLE = 'Musk sagður í reglulegum samskiptum við Pútín';

function count(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('lesa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).count();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
        };
      }),
    store,
  );
}

async function openSeed(page: Page) {
  await page.goto(base);
  await page.getByRole('link', { name: SEED_TITLE }).waitFor({ timeout: 30000 });
  await page.getByRole('link', { name: SEED_TITLE }).click();
  await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
}

async function markLearning(page: Page, form: string) {
  await page.locator('.article-body .w', { hasText: new RegExp(`^${form}$`) }).first().click();
  const pop = page.getByRole('dialog', { name: new RegExp(form) });
  await pop.getByRole('button', { name: /^Learning/ }).click();
  await expect.poll(() => pop.getByRole('button', { name: /^Learning/ }).getAttribute('aria-pressed')).toBe('true');
  await page.keyboard.press('Escape');
}

describe('two tabs at once', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('status changes and reviews made in two tabs are all kept, and each tab shows the other’s live', async () => {
    const one = b.page;
    await openSeed(one);
    const two = await b.context.newPage();
    await openSeed(two);

    await Promise.all([markLearning(one, 'forseta'), markLearning(two, 'samskiptum')]);
    // Each tab re-colours the word the other tab changed, without a reload.
    const inOne = one.locator('.article-body .w', { hasText: /^samskiptum$/ }).first();
    const inTwo = two.locator('.article-body .w', { hasText: /^forseta$/ }).first();
    await expect.poll(() => inOne.getAttribute('class')).toContain('st-learning');
    await expect.poll(() => inTwo.getAttribute('class')).toContain('st-learning');
    expect(await count(one, 'cards')).toBe(2);

    // Both tabs review at the same time: both answers are written to the log.
    await Promise.all([one.goto(`${base}#/review`), two.goto(`${base}#/review`)]);
    for (const p of [one, two]) await p.getByTestId('review-sentence').waitFor();
    for (const p of [one, two]) {
      await p.keyboard.press('Space');
      await p.getByTestId('review-back').waitFor();
    }
    await Promise.all([one.keyboard.press('3'), two.keyboard.press('3')]);
    await expect.poll(() => count(one, 'reviews')).toBeGreaterThanOrEqual(2);
    expect(await count(one, 'statusLog')).toBe(2);
    await two.close();
    expect(b.errors).toEqual([]);
  });
});
