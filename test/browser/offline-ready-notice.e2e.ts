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

/**
 * The toasts' region comes before the page in the document (see App.tsx), beside the app's other
 * notices: the notice's Close is reached from the navigation, not after every control of the page
 * (on Review, after "Review settings"). It still shows at the bottom corner.
 */
describe('the offline-ready notice and the keyboard, on a laptop', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Presses Tab and says where the focus went. */
  async function tab(page: import('playwright-core').Page, key = 'Tab') {
    await page.keyboard.press(key);
    return page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { name: (el.getAttribute('aria-label') || el.textContent || el.tagName).trim(), inMain: !!el.closest('main'), inToast: !!el.closest('.toast'), inBar: !!el.closest('.top-bar') };
    });
  }

  it('Tab reaches its Close after the navigation and before the Review page’s controls; Close sends the focus to the page’s heading', async () => {
    const { context, page, errors } = await newDeviceContext(browser, { width: 1280, height: 800 });
    try {
      await page.goto(`${base}#/review`);
      await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor({ timeout: 30000 });
      const notice = page.locator('.toast', { hasText: 'Lesa is ready to work offline.' });
      await notice.waitFor({ timeout: 90000 });
      // Still drawn at the bottom of the window.
      const box = (await notice.boundingBox())!;
      expect(box.y + box.height).toBeGreaterThan(800 - 120);
      await notice.hover(); // its time stands still while the pointer is on it
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      const before = [];
      for (let i = 0; i < 30; i++) {
        const f = await tab(page);
        before.push(f);
        if (f.inToast) break;
      }
      expect(before.at(-1)).toMatchObject({ inToast: true, name: 'Close' });
      expect(before.some((f) => f.inBar)).toBe(true);
      expect(before.filter((f) => f.inMain)).toEqual([]);
      // Then the page's own controls, Review settings among them.
      const after = [];
      for (let i = 0; i < 15; i++) {
        const f = await tab(page);
        after.push(f);
        if (f.name === 'Review settings' || !f.inMain) break;
      }
      expect(after.every((f) => f.inMain)).toBe(true);
      expect(after.at(-1)?.name).toBe('Review settings');
      // Back to Close (Shift+Tab from the page's first control) and press it: the notice goes, the focus to the heading.
      for (let i = 0; i < after.length; i++) await tab(page, 'Shift+Tab');
      expect(await notice.getByRole('button', { name: 'Close' }).evaluate((b) => b === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await notice.waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Review');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
