import type { Browser as PwBrowser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { newDeviceContext, openLibrary, readStore } from './app';
import { launchChromium } from './chromium';

/**
 * What a learner's audit of the Review and Vocabulary screens found, at a 360×740 touch phone and a
 * 1280×800 laptop: a word list cut to a third of a phone's row, dead 1–4 keys in a word's panel, a
 * typed note lost on Escape, a phone's list scrolling in a box inside the scrolling page.
 */
const base = inject('baseUrl');

const LONG = 'gervihnattarþyrping';
const LONG_GLOSS = 'satellite constellation (a group of satellites)';

/** Puts words straight into the learner's store (as the reader would have, with their own glosses). */
async function addWords(page: Page) {
  await page.evaluate(
    ({ long, gloss }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lesa');
        open.onsuccess = () => {
          const tx = open.result.transaction('words', 'readwrite');
          const now = Date.now();
          const words = tx.objectStore('words');
          words.put({ lemma: long, status: 'learning', updatedAt: now, forms: ['gervihnattarþyrpingunni'], gloss });
          words.put({ lemma: 'samskipti', status: 'known', updatedAt: now - 1, forms: ['samskiptum'], gloss: 'communication, dealings' });
          words.put({ lemma: 'og', status: 'ignored', updatedAt: now - 2, forms: ['og'] });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { long: LONG, gloss: LONG_GLOSS },
  );
}

/** `n` more words (orð000…), most recently changed first. */
async function addManyWords(page: Page, n: number) {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lesa');
        open.onsuccess = () => {
          const tx = open.result.transaction('words', 'readwrite');
          for (let i = 0; i < n; i++) tx.objectStore('words').put({ lemma: `orð${String(i).padStart(3, '0')}`, status: 'known', updatedAt: 1000 + n - i, forms: [] });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    n,
  );
}

/** The list's box: how far it scrolls itself, its height, and the rows rendered in the window's view. */
function listScroll(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('.vocab-list')!;
    const view = box.getBoundingClientRect();
    // Rows seen: inside both the window and the box.
    const inView = [...box.querySelectorAll('.vocab-row')].filter((r) => {
      const b = r.getBoundingClientRect();
      return b.bottom > Math.max(0, view.top) && b.top < Math.min(innerHeight, view.bottom);
    });
    return {
      boxScrolls: box.scrollHeight - box.clientHeight,
      boxHeight: box.getBoundingClientRect().height,
      pageScrolls: document.documentElement.scrollHeight - innerHeight,
      inView: inView.map((r) => r.getAttribute('data-lemma')),
    };
  });
}

/** Each row's lemma and gloss: shown whole or cut, and inside its row. */
function rowLayout(page: Page) {
  return page.locator('.vocab-row').evaluateAll((rows) =>
    rows.map((row) => {
      const r = row.getBoundingClientRect();
      const part = (sel: string) => {
        const el = row.querySelector<HTMLElement>(sel)!;
        const b = el.getBoundingClientRect();
        return { text: el.textContent ?? '', whole: el.scrollWidth <= el.clientWidth, top: b.top, bottom: b.bottom, left: b.left, right: b.right, width: b.width };
      };
      return { lemma: part('.vocab-lemma'), gloss: part('.vocab-gloss'), pill: part('.status-pill'), row: { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width } };
    }),
  );
}

describe('Review and Vocabulary, a learner’s audit', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a 360 px touch phone lists a long compound whole and its gloss under it, inside 48 px rows; a laptop keeps one line', async () => {
    const { context, page, errors } = await newDeviceContext(browser, { width: 360, height: 740, phone: true, locale: 'is-IS' });
    try {
      await openLibrary(page, base);
      await addWords(page);
      await page.goto(`${base}#/vocabulary`);
      await page.locator('.vocab-row', { hasText: LONG }).waitFor();
      const rows = await rowLayout(page);
      expect(rows).toHaveLength(3);
      for (const { lemma, gloss, pill, row } of rows) {
        // Lemma and gloss within the row (its 48 px, and left of the pill).
        for (const p of [lemma, gloss]) {
          if (!p.text) continue;
          expect(p.top).toBeGreaterThanOrEqual(row.top - 0.5);
          expect(p.bottom).toBeLessThanOrEqual(row.bottom + 0.5);
          expect(p.right).toBeLessThanOrEqual(pill.left + 0.5);
        }
        expect(pill.right).toBeLessThanOrEqual(row.right + 0.5);
        // The lemma is not cut ("gervihnattar…" was), and the gloss has most of the row (a third had "satellit…").
        expect(lemma.whole, lemma.text).toBe(true);
        if (gloss.text) expect(gloss.width).toBeGreaterThan(row.width * 0.6);
        if (gloss.text) expect(gloss.top).toBeGreaterThanOrEqual(lemma.bottom - 0.5);
      }
      expect(rows.find((r) => r.lemma.text === 'samskipti')!.gloss.whole).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      // The word's panel: no key badges on its status buttons on a touch-only phone.
      await page.locator('.vocab-row', { hasText: LONG }).click();
      const panel = page.getByRole('region', { name: `Orðið „${LONG}“` });
      await panel.waitFor();
      const badges = await panel.locator('.status-buttons kbd').evaluateAll((ks) => ks.map((k) => getComputedStyle(k).display));
      expect(badges).toEqual(['none', 'none', 'none', 'none']);

      // A laptop: one line a row, lemma and gloss side by side, the badges back.
      await page.setViewportSize({ width: 1280, height: 800 });
      const wide = await rowLayout(page);
      const long = wide.find((r) => r.lemma.text === LONG)!;
      expect(Math.abs(long.gloss.top - long.lemma.top)).toBeLessThan(6);
      expect(long.gloss.left).toBeGreaterThan(long.lemma.right);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a phone scrolls a long list with the page (no scroll box inside it) down to its last word; a laptop keeps the list’s own box', async () => {
    const { context, page, errors } = await newDeviceContext(browser, { width: 360, height: 740, phone: true, locale: 'is-IS' });
    try {
      await openLibrary(page, base);
      await addManyWords(page, 200);
      await page.goto(`${base}#/vocabulary`);
      await page.locator('.vocab-row').first().waitFor();
      const top = await listScroll(page);
      // The box is as tall as its 200 rows and does not scroll; the page does.
      expect(top.boxScrolls).toBeLessThanOrEqual(1);
      expect(top.boxHeight).toBeGreaterThan(200 * 48 - 1);
      expect(top.pageScrolls).toBeGreaterThan(200 * 48 - 740);
      expect(top.inView[0]).toBe('orð000');
      // Scrolled by the page to its end: the last words are there (rendered as the page scrolls), filling the screen.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(async () => (await listScroll(page)).inView.at(-1)).toBe('orð199');
      expect((await listScroll(page)).inView.length).toBeGreaterThan(10);
      // Half-way too (no gap of unrendered rows under the screen's top).
      await page.evaluate(() => window.scrollTo(0, 4000));
      await expect.poll(async () => (await listScroll(page)).inView.length).toBeGreaterThan(10);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      // A laptop: the list in its own box of at most 70% of the screen's height, scrolling inside it.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect.poll(async () => (await listScroll(page)).boxScrolls).toBeGreaterThan(1000);
      const wide = await listScroll(page);
      expect(wide.boxHeight).toBeLessThanOrEqual(800 * 0.7 + 1);
      await page.locator('.vocab-list').evaluate((b) => b.scrollTo(0, b.scrollHeight));
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(async () => (await listScroll(page)).inView.at(-1)).toBe('orð199');
      expect((await listScroll(page)).inView.length).toBeGreaterThan(8);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('laptop, keyboard only: 1–4 set the open word’s status; a note typed and left with Escape is kept after a reload', async () => {
    const { context, page, errors } = await newDeviceContext(browser, { width: 1280, height: 800, locale: 'en-GB' });
    try {
      await openLibrary(page, base);
      await addWords(page);
      await page.goto(`${base}#/vocabulary`);
      const row = page.getByRole('button', { name: 'samskipti, communication, dealings: Known' });
      await row.focus();
      await page.keyboard.press('Enter');
      const panel = page.getByRole('region', { name: 'Word “samskipti”' });
      await panel.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      await page.keyboard.press('2');
      await expect.poll(() => panel.getByRole('button', { name: /^Learning/ }).getAttribute('aria-pressed')).toBe('true');
      await page.getByRole('button', { name: 'samskipti, communication, dealings: Learning' }).waitFor();
      // Learning makes a review card.
      await expect.poll(async () => (await readStore(page, 'cards')).map((c) => c.lemma)).toContain('samskipti');

      await panel.getByRole('textbox', { name: 'Note' }).fill('þágufall fleirtölu');
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('samskipti, communication, dealings: Learning');
      await expect.poll(async () => (await readStore(page, 'words')).find((w) => w.lemma === 'samskipti')?.note).toBe('þágufall fleirtölu');
      await page.reload();
      await page.getByRole('button', { name: 'samskipti, communication, dealings: Learning' }).click();
      expect(await page.getByRole('region', { name: 'Word “samskipti”' }).getByRole('textbox', { name: 'Note' }).inputValue()).toBe('þágufall fleirtölu');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
