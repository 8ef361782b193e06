import { inject } from 'vitest';
import type { Browser as PwBrowser } from 'playwright-core';
import { newDeviceContext, openLibrary } from './app';
import { launchChromium } from './chromium';

const base = inject('baseUrl');

/**
 * The "ready to work offline" notice comes on the first visit, often while the learner is tapping
 * words. On a phone the gloss is a bottom sheet and messages move to the top so as not to cover its
 * buttons; there the notice must not cover the navigation (Library, Review, More) either.
 */
describe('the offline-ready notice on a 360 px phone, with the word sheet open', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('covers neither the navigation bar nor the sheet, and is in the announced status region', async () => {
    const { context, page, errors } = await newDeviceContext(browser, { width: 360, height: 740, phone: true, consoleErrors: false });
    try {
      await (await openLibrary(page, base)).tap();
      await page.waitForFunction(() => performance.getEntriesByName('lesa:worker-ready').length > 0, null, { timeout: 60000 });
      // The service worker registers once the language worker is ready: open the sheet before it says it is done.
      await page.locator('.article-body .w', { hasText: /^auðugasti$/ }).first().tap();
      const sheet = page.getByRole('dialog', { name: /auðugasti/ });
      await sheet.waitFor();
      const notice = page.locator('.toast', { hasText: 'Lesa is ready to work offline.' });
      await notice.waitFor({ timeout: 60000 });
      expect(await sheet.isVisible()).toBe(true);
      // Announced as before: inside the polite status region.
      expect(await notice.evaluate((n) => !!n.closest('[role="status"][aria-live="polite"]'))).toBe(true);
      const r = await page.evaluate(() => {
        const box = (el: Element) => el.getBoundingClientRect();
        const toast = box(document.querySelector('.toast')!);
        const bar = box(document.querySelector('.top-bar')!);
        const sheetBox = box(document.querySelector('.gloss-popover.sheet')!);
        // What a tap in the middle of each navigation control hits.
        const nav = [...document.querySelectorAll('.top-bar a, .top-bar button')]
          .filter((el) => box(el).width > 0)
          .map((el) => {
            const b = box(el);
            const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
            return { name: el.textContent?.trim(), reachable: !!hit && (hit === el || el.contains(hit)) };
          });
        return { toastTop: toast.top, toastBottom: toast.bottom, barBottom: bar.bottom, sheetTop: sheetBox.top, nav };
      });
      expect(r.toastTop).toBeGreaterThanOrEqual(r.barBottom);
      expect(r.toastBottom).toBeLessThanOrEqual(r.sheetTop);
      expect(r.nav.some((n) => n.name?.startsWith('More'))).toBe(true);
      expect(r.nav.filter((n) => !n.reachable)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
