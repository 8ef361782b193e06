import { inject } from 'vitest';
import { type Browser as PwBrowser, type Page } from 'playwright-core';
import { openSeedOn, type Device } from './app';
import { launchChromium } from './chromium';

const base = inject('baseUrl');

/**
 * The word popover (sheet on a phone) in real Chromium: a gloss longer than the sheet says there is
 * more below with a fade at its bottom edge, over the gloss and never over the status buttons,
 * until its end is reached; the sources of the meanings are explained on a tap or from the keyboard.
 */
describe('gloss popover in Chromium', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = (device: Device) => openSeedOn(browser, base, device);

  /** The fade's opacity and where it, the gloss body and the status buttons are. */
  function cue(page: Page) {
    return page.evaluate(() => {
      const body = document.querySelector<HTMLElement>('.gloss-popover .gloss-body')!;
      const fade = body.querySelector('.gloss-more')!;
      const r = (el: Element) => el.getBoundingClientRect();
      const f = r(fade);
      const under = document.elementFromPoint(f.left + f.width / 2, f.top + f.height / 2);
      return {
        overflows: body.scrollHeight > body.clientHeight + 1,
        atEnd: body.scrollTop + body.clientHeight >= body.scrollHeight - 1,
        opacity: Number(getComputedStyle(fade).opacity),
        fadeTop: f.top,
        fadeBottom: f.bottom,
        bodyBottom: r(body).bottom,
        buttonsTop: r(document.querySelector('.gloss-popover .status-buttons')!).top,
        // Taps go through the fade to what is under it.
        tapsThrough: !!under && under !== fade,
      };
    });
  }

  it('phone: a long gloss fades out at the bottom edge of the sheet, above the status buttons, until its end', async () => {
    const { context, page, errors } = await open('phone');
    try {
      await page.locator('.article-body .w', { hasText: /^átt$/ }).first().tap();
      const sheet = page.getByRole('dialog', { name: /átt/ });
      await sheet.getByRole('group', { name: 'Word status' }).waitFor();
      await page.waitForTimeout(300);
      const top = await cue(page);
      expect(top.overflows).toBe(true);
      expect(top.opacity).toBe(1);
      expect(Math.abs(top.fadeBottom - top.bodyBottom)).toBeLessThanOrEqual(1);
      expect(top.fadeBottom).toBeLessThanOrEqual(top.buttonsTop);
      expect(top.fadeBottom - top.fadeTop).toBeGreaterThan(20);
      expect(top.tapsThrough).toBe(true);
      // Scrolled to the end: nothing more, no fade.
      await page.evaluate(() => {
        const b = document.querySelector('.gloss-popover .gloss-body')!;
        b.scrollTop = b.scrollHeight;
      });
      await page.waitForTimeout(300);
      const end = await cue(page);
      expect(end.atEnd).toBe(true);
      expect(end.opacity).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('phone: a short gloss shows no fade', async () => {
    const { context, page, errors } = await open('phone');
    try {
      await page.locator('.article-body .w', { hasText: /^Starlink$/ }).first().tap();
      await page.getByRole('dialog', { name: /Starlink/ }).waitFor();
      await page.waitForTimeout(300);
      const c = await page.evaluate(() => {
        const body = document.querySelector<HTMLElement>('.gloss-popover .gloss-body')!;
        return { overflows: body.scrollHeight > body.clientHeight + 1, opacity: Number(getComputedStyle(body.querySelector('.gloss-more')!).opacity) };
      });
      expect(c).toEqual({ overflows: false, opacity: 0 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keyboard on a narrow screen: Tab reaches the scrolling gloss, the arrow keys scroll it, and Enter opens the sources', async () => {
    const { context, page, errors } = await open('phone-keyboard');
    try {
      const word = page.locator('.article-body .w', { hasText: /^átt$/ }).first();
      await word.focus();
      await page.keyboard.press('Enter');
      const pop = page.getByRole('dialog', { name: /átt/ });
      await pop.getByRole('group', { name: 'Word status' }).waitFor();
      await page.waitForTimeout(200);
      const active = () => page.evaluate(() => ({ cls: document.activeElement?.className ?? '', text: document.activeElement?.textContent?.trim() ?? '' }));
      await page.keyboard.press('Tab'); // Close
      await page.keyboard.press('Tab');
      expect((await active()).cls).toContain('gloss-body');
      const scrollTop = () => page.evaluate(() => document.querySelector('.gloss-popover .gloss-body')!.scrollTop);
      expect(await scrollTop()).toBe(0);
      await page.keyboard.press('ArrowDown');
      await expect.poll(scrollTop).toBeGreaterThan(0);
      // The arrow scrolled the gloss: the same word is still shown.
      expect(await pop.count()).toBe(1);
      // On through the gloss's controls to "Where the meanings come from"; Enter opens it.
      for (let i = 0; i < 15 && (await active()).text !== 'Where the meanings come from'; i++) await page.keyboard.press('Tab');
      expect((await active()).text).toBe('Where the meanings come from');
      await page.keyboard.press('Enter');
      const details = pop.locator('details.gloss-sources');
      await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await details.locator('dt').allTextContents()).toContain('Apertium');
      await page.keyboard.press('Tab');
      expect((await active()).text).toBe('Full credits on the About page');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Space');
      await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('laptop: the source names are plain (no capitals), and a click on the sources line explains them', async () => {
    const { context, page, errors } = await open('laptop');
    try {
      await page.locator('.article-body .w', { hasText: /^auðugasti$/ }).first().click();
      const pop = page.getByRole('dialog', { name: /auðugasti/ });
      await pop.getByRole('group', { name: 'Word status' }).waitFor();
      const badge = pop.locator('.senses .source').first();
      expect(await badge.evaluate((b) => getComputedStyle(b).textTransform)).toBe('none');
      // No tooltip in the gloss (the status buttons below are another feature's).
      expect(await pop.locator('.gloss-body [title]').count()).toBe(0);
      await pop.getByText('Where the meanings come from').click();
      const link = pop.getByRole('link', { name: 'Full credits on the About page' });
      await link.waitFor();
      const p = await pop.boundingBox();
      const l = (await link.boundingBox())!;
      await link.scrollIntoViewIfNeeded();
      expect(l.x + l.width).toBeLessThanOrEqual(p!.x + p!.width);
      await link.click();
      await page.getByRole('heading', { level: 1, name: 'About Lesa' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
