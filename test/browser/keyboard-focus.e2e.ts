import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { SEED_TITLE } from './app';
import { launch, type Browser } from './chromium';

const base = inject('baseUrl');

/** What has focus: a button's or field's accessible label, or BODY when focus fell onto the page. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'BODY';
    return el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
  });

/**
 * Chromium takes focus off a button that becomes disabled, and off an element that leaves the page:
 * jsdom does neither, so these keyboard paths are checked here, in the browser, with the keyboard.
 */
describe('keyboard focus through a word list in Chromium (never dropped onto the page)', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await b?.close();
  });

  it('add words from the article, export, remove a word: focus stays on a control each time', async () => {
    const { page } = b;
    await page.goto(`${base}#/lists`);
    await page.getByRole('textbox', { name: 'New list' }).waitFor({ timeout: 60000 });
    await page.getByRole('textbox', { name: 'New list' }).focus();
    await page.keyboard.insertText('Vika 1');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Vika 1' }).waitFor();

    await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: SEED_TITLE });
    const picks = page.getByRole('checkbox', { name: /^Pick “/ });
    await picks.first().waitFor();
    for (let i = 0; i < 3; i++) {
      await picks.nth(i).focus();
      await page.keyboard.press('Space');
    }
    await page.getByRole('button', { name: 'Add 3 words to the list' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: '3 words' }).waitFor();
    expect(await focused(page)).toBe('Pick words to add to the list');

    await page.getByRole('button', { name: 'CSV (Excel)' }).focus();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    await download;
    await page.getByText('Saved “Vika 1.csv”.').waitFor();
    expect(await focused(page)).toBe('CSV (Excel)');

    const removes = page.locator('.editor-table tbody button[data-remove]');
    const second = await removes.nth(1).getAttribute('aria-label');
    const third = await removes.nth(2).getAttribute('aria-label');
    await removes.nth(1).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: '2 words' }).waitFor();
    await expect.poll(() => focused(page)).toBe(third);
    expect(second).not.toBe(third);
    expect(b.errors).toEqual([]);
  });
});
