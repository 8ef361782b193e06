import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Browser as PwBrowser, BrowserContextOptions, Page } from 'playwright-core';
import { SEED_TITLE } from './app';
import { launchChromium } from './chromium';

const base = inject('baseUrl');

/** The undo-key hint (common:undoKeyHelp) on each page that has one, with at least one item shown. */
const HINT: string = JSON.parse(readFileSync('src/i18n/locales/en/common.json', 'utf8')).undoKeyHelp;

/** Makes a word list with one word (typed), so the lists index and the list editor show their hints. */
async function makeList(page: Page): Promise<void> {
  await page.goto(`${base}#/lists`);
  await page.getByRole('textbox', { name: 'New list' }).fill('Vika 1');
  await page.getByRole('button', { name: 'Create list' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vika 1' }).waitFor();
  await page.getByRole('textbox', { name: /^Add a word/ }).fill('hesti');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: '1 word' }).waitFor();
}

/** Whether the hint is visible on the library, the lists index and a list's words, in that order. */
async function hintShown(page: Page): Promise<boolean[]> {
  const seen: boolean[] = [];
  await page.goto(base);
  await page.getByRole('link', { name: SEED_TITLE }).waitFor({ timeout: 60000 });
  // The library's undo keys are loaded lazily: wait for the hint to be in the page before asking.
  await page.getByText(HINT).waitFor({ state: 'attached' });
  seen.push(await page.getByText(HINT).isVisible());
  await makeList(page);
  await page.getByText(HINT).waitFor({ state: 'attached' });
  seen.push(await page.getByText(HINT).isVisible());
  await page.goto(`${base}#/lists`);
  await page.getByRole('link', { name: 'Vika 1' }).waitFor();
  await page.getByText(HINT).waitFor({ state: 'attached' });
  seen.push(await page.getByText(HINT).isVisible());
  return seen;
}

describe('the undo-key hint (library, word lists, a list’s words)', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const run = async (opts: BrowserContextOptions) => {
    const context = await browser.newContext(opts);
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const shown = await hintShown(page);
      expect(errors).toEqual([]);
      return shown;
    } finally {
      await context.close();
    }
  };

  it('is shown where there is a keyboard', async () => {
    expect(await run({ viewport: { width: 1280, height: 900 } })).toEqual([true, true, true]);
  });

  it('is not shown on a touch-only phone (no keys to press), as the reader and review hide theirs', async () => {
    expect(await run({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 })).toEqual([false, false, false]);
  });
});
