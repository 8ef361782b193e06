import { inject } from 'vitest';
import type { Browser as PwBrowser, Page } from 'playwright-core';
import { newDeviceContext, openLibrary } from './app';
import { launchChromium } from './chromium';

const base = inject('baseUrl');
const NOTICE = 'Lesa is ready to work offline.';

/**
 * A message that shows while the word sheet is open on a phone (the first visit's "ready to work
 * offline" notice comes while the learner is tapping words) sits just above the sheet: not at the
 * top, where, once the navigation bar had scrolled away, it hid the first lines of the text being
 * read; and never over the tapped word, which is scrolled clear of it.
 */
describe('a message while the word sheet is open (360×740 phone)', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh phone (so the offline notice comes), on the sample article scrolled to `scrollY` once its text is all in the page. */
  async function phoneAt(scrollY: number) {
    const { context, page, errors } = await newDeviceContext(browser, { width: 360, height: 740, phone: true, consoleErrors: false });
    await (await openLibrary(page, base)).tap();
    await page.waitForFunction(() => performance.getEntriesByName('lesa:worker-ready').length > 0, null, { timeout: 60000 });
    await page.locator('.reader-footer').waitFor();
    await page.evaluate((y) => window.scrollTo(0, y), scrollY);
    await page.waitForFunction((y) => window.scrollY === y, scrollY);
    return { context, page, errors };
  }

  /** Taps the first word whose top is within [from, to) px of the viewport's top; returns its text. */
  async function tapWordAt(page: Page, from: number, to: number): Promise<string> {
    const i = await page.evaluate(
      ([a, b]) => [...document.querySelectorAll<HTMLElement>('.article-body .w')].find((w) => w.getBoundingClientRect().top >= a && w.getBoundingClientRect().top < b && (w.textContent?.length ?? 0) > 3)?.dataset.i,
      [from, to],
    );
    expect(i).toBeDefined();
    const word = page.locator(`.article-body .w[data-i="${i}"]`);
    const text = (await word.textContent())!;
    await word.tap();
    await page.locator('.gloss-popover.sheet').waitFor();
    await page.locator('.toast', { hasText: NOTICE }).waitFor({ timeout: 60000 });
    // The notice's region follows the sheet in the frame after it shows.
    await page.waitForTimeout(200);
    return text;
  }

  /** Where the message, the sheet and the tapped word are, and which words of the text the message covers. */
  function layout(page: Page) {
    return page.evaluate(() => {
      const box = (el: Element) => el.getBoundingClientRect();
      const toast = box(document.querySelector('.toast')!);
      const sheet = box(document.querySelector('.gloss-popover.sheet')!);
      const word = box(document.querySelector('.article-body .w.selected')!);
      const over = (r: DOMRect) => r.bottom > toast.top && r.top < toast.bottom;
      const covered = [...document.querySelectorAll('.article-body .w')].filter((w) => over(box(w))).map((w) => w.textContent);
      return { toastTop: toast.top, toastBottom: toast.bottom, sheetTop: sheet.top, wordTop: word.top, wordBottom: word.bottom, covered, wordCovered: over(word) };
    });
  }

  it('a word tapped in the first lines under the top: the message sits just above the sheet, not over those lines', async () => {
    const { context, page, errors } = await phoneAt(420);
    try {
      await tapWordAt(page, 20, 120);
      const r = await layout(page);
      expect(r.wordCovered).toBe(false);
      expect(r.toastBottom).toBeLessThanOrEqual(r.sheetTop);
      // Just above it (0.5rem), not anywhere else on the screen.
      expect(r.sheetTop - r.toastBottom).toBeLessThanOrEqual(12);
      expect(r.toastTop).toBeGreaterThan(r.wordBottom);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a word tapped just above where the sheet opens: the page scrolls it clear of the message too', async () => {
    const { context, page, errors } = await phoneAt(420);
    try {
      // Low on the screen: the sheet would cover it, so the reader scrolls it to just above the sheet.
      const text = await tapWordAt(page, 600, 680);
      const r = await layout(page);
      expect(await page.locator('.article-body .w.selected').textContent()).toBe(text);
      expect(r.wordCovered).toBe(false);
      expect(r.wordBottom).toBeLessThanOrEqual(r.toastTop);
      expect(r.toastBottom).toBeLessThanOrEqual(r.sheetTop);
      expect(r.wordTop).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a message while the popover is open on a 1280 px laptop', () => {
  it('stays in the bottom-right corner as before', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await (await openLibrary(page, base)).click();
      await page.waitForFunction(() => performance.getEntriesByName('lesa:worker-ready').length > 0, null, { timeout: 60000 });
      await page.locator('.article-body .w', { hasText: /^auðugasti$/ }).first().click();
      await page.getByRole('dialog', { name: /auðugasti/ }).waitFor();
      await page.locator('.toast', { hasText: NOTICE }).waitFor({ timeout: 60000 });
      const r = await page.evaluate(() => {
        const region = document.querySelector<HTMLElement>('.toasts')!;
        const b = region.getBoundingClientRect();
        return { bottomGap: innerHeight - b.bottom, rightGap: document.documentElement.clientWidth - b.right, sheet: !!document.querySelector('.gloss-popover.sheet'), property: region.style.getPropertyValue('--gloss-sheet-height') };
      });
      expect(r).toEqual({ bottomGap: 16, rightGap: 16, sheet: false, property: '' });
    } finally {
      await browser.close();
    }
  });
});
