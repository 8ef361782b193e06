import { inject } from 'vitest';
import type { Browser as PwBrowser, BrowserContextOptions } from 'playwright-core';
import { launchChromium } from './chromium';

const base = inject('baseUrl');

/**
 * The lists index: each list's Rename, Duplicate and Delete are link-style buttons (as the library's
 * Delete). Set only 4 px apart they read as one run of underlined words ("Rename Duplicate Delete").
 */
describe('the lists index’s row buttons (Rename, Duplicate, Delete)', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The three labels' boxes (their text, not the 44 px tap targets) on one list's card. */
  async function labels(opts: BrowserContextOptions) {
    const context = await browser.newContext(opts);
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${base}#/lists`);
      await page.getByRole('textbox', { name: 'New list' }).fill('Vika 1');
      await page.getByRole('button', { name: 'Create list' }).click();
      await page.getByRole('heading', { level: 1, name: 'Vika 1' }).waitFor();
      await page.goto(`${base}#/lists`);
      const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Vika 1' }) });
      await card.getByRole('button', { name: /^Delete/ }).waitFor();
      const boxes = await card.getByRole('button').evaluateAll((buttons) =>
        buttons.map((b) => {
          const range = document.createRange();
          range.selectNodeContents(b);
          const r = range.getBoundingClientRect();
          const box = b.getBoundingClientRect();
          return { text: b.textContent, left: r.left, right: r.right, top: Math.round(r.top), height: box.height };
        }),
      );
      expect(errors).toEqual([]);
      return boxes;
    } finally {
      await context.close();
    }
  }

  for (const [name, opts] of [
    ['360 px phone', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 }],
    ['1280 px laptop', { viewport: { width: 1280, height: 900 } }],
  ] as const) {
    it(`are set clearly apart on a ${name}: at least 16 px between labels on one line`, async () => {
      const boxes = await labels(opts);
      expect(boxes.map((b) => b.text)).toEqual(['Rename', 'Duplicate', 'Delete']);
      for (let i = 1; i < boxes.length; i++) {
        const [a, b] = [boxes[i - 1], boxes[i]];
        if (a.top === b.top) expect(b.left - a.right, `${a.text} → ${b.text}`).toBeGreaterThanOrEqual(16);
      }
      // Still tap targets.
      for (const b of boxes) expect(b.height).toBeGreaterThanOrEqual(44);
      // On one line where they fit (the first starts where the title does).
      expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
    });
  }
});
