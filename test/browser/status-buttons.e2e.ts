import { inject } from 'vitest';
import type { Browser as PwBrowser } from 'playwright-core';
import { SEED_TITLE } from './app';
import { launchChromium } from './chromium';

const base = inject('baseUrl');

describe('the word popover’s status buttons on a 360 px phone', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keep each name whole, the pressed (bold) one too: “Learning”, not “Learnin / g”', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    try {
      const page = await context.newPage();
      await page.goto(base);
      await page.getByRole('link', { name: SEED_TITLE }).waitFor({ timeout: 60000 });
      await page.getByRole('link', { name: SEED_TITLE }).tap();
      await page.locator('.article-body .w', { hasText: /^auðugasti$/ }).first().tap();
      const pop = page.getByRole('dialog', { name: /auðugasti/ });
      await pop.getByRole('button', { name: /^Learning/ }).tap();
      await expect.poll(() => pop.getByRole('button', { name: /^Learning/ }).getAttribute('aria-pressed')).toBe('true');
      // Every name is one word: its text takes one line, and the button is as wide as the text needs.
      const labels = await pop.getByRole('group', { name: 'Word status' }).locator('button > span').evaluateAll((spans) =>
        spans.map((s) => {
          const range = document.createRange();
          range.selectNodeContents(s);
          const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
          const button = s.parentElement!;
          return { name: s.textContent, lines: tops.size, fits: button.scrollWidth <= button.clientWidth };
        }),
      );
      expect(labels).toEqual(['New', 'Learning', 'Known', 'Ignored'].map((name) => ({ name, lines: 1, fits: true })));
      // And the four still fit the phone's width.
      const right = await pop.getByRole('group', { name: 'Word status' }).evaluate((g) => g.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(360);
    } finally {
      await context.close();
    }
  });
});
