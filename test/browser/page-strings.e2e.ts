import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { openLibrary, SEED_TITLE, sharedBrowser, waitForOfflineReady } from './app';

const base = inject('baseUrl');

/** A namespaced key (`lists:title`) anywhere in the page's text: strings shown before they were loaded. */
const NAMESPACED_KEY = /\b(?:about|appearance|backup|common|export|gloss|import|library|lists|parameters|progress|pwa|reader|review|safety|settings|vocabulary):[\w.]+/;
/** What i18next shows for a key it lacks: the key itself (`title`, `empty.body`, `footerTitle`). */
const RAW_KEY = /^[a-z][a-zA-Z0-9_]*(\.[a-zA-Z0-9_]+)*$/;

/** The page's h1 once it shows `name`; no heading, navigation link or button shows a raw key. */
async function expectPage(page: Page, name: string) {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor({ timeout: 30000 });
  const texts = await page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, header a, main button, main label')].map((e) => (e.textContent ?? '').trim()).filter(Boolean),
  );
  expect(texts.filter((t) => RAW_KEY.test(t)), name).toEqual([]);
  expect(await page.locator('body').innerText()).not.toMatch(NAMESPACED_KEY);
}

async function go(page: Page, hash: string, heading: string) {
  await page.goto(`${base}${hash}`);
  await expectPage(page, heading);
}

describe('each page’s UI strings arrive with the page (Chromium)', () => {
  const browser = sharedBrowser({ viewport: { width: 1100, height: 800 } });

  it('every page shows its own strings, in English and after a switch to Icelandic, also offline', async () => {
    const { page, context } = browser();
    await openLibrary(page, base);
    await expectPage(page, 'Library');
    // Only the shell's strings were loaded so far: the first page fetched no other namespace.
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.replace(/^.*\/assets\//, '')).filter((n) => n.startsWith('strings-')));
    expect((await fetched()).filter((n) => !/^strings-en-(shell|reader|vocabulary|gloss|lists)-/.test(n))).toEqual([]); // the reader's are fetched when idle

    await page.getByRole('link', { name: SEED_TITLE }).click();
    await expectPage(page, SEED_TITLE);
    await page.getByText('Your words in this article').waitFor(); // vocabulary namespace, in the reader
    await page.getByRole('button', { name: 'Make a word list' }).waitFor(); // reader namespace

    await go(page, '#/review', 'Review');
    await go(page, '#/vocabulary', 'Vocabulary');
    await go(page, '#/lists', 'Word lists');
    await go(page, '#/about', 'About Lesa');
    expect(await fetched()).toEqual(expect.arrayContaining([expect.stringMatching(/^strings-en-about-/), expect.stringMatching(/^strings-en-review-/)]));

    // Switch to Icelandic: the settings page shows it at once, and the pages already opened are in Icelandic too.
    await go(page, '#/settings', 'Settings');
    await page.getByLabel('Interface language').selectOption('is');
    await expectPage(page, 'Stillingar');
    await page.goBack(); // about, drawn from its loaded strings
    await expectPage(page, 'Um Lesa');
    await page.getByRole('navigation').getByRole('link', { name: 'Upprifjun' }).click();
    await expectPage(page, 'Upprifjun');
    await go(page, '#/progress', 'Framfarir'); // opened for the first time, in Icelandic

    // Offline: a reload, then pages whose strings have not been loaded in this document.
    await waitForOfflineReady(page);
    await context.setOffline(true);
    try {
      await page.goto(`${base}#/`);
      await page.reload();
      await context.setOffline(false); // see offline.e2e.ts: Debian's Chromium forgets the emulation on reload
      await context.setOffline(true);
      await page.getByTestId('offline-badge').waitFor();
      await expectPage(page, 'Safn');
      await page.getByRole('navigation').getByRole('link', { name: 'Orðaforði' }).click();
      await expectPage(page, 'Orðaforði');
      await go(page, '#/about', 'Um Lesa');
      await go(page, '#/import', 'Flytja inn grein');
    } finally {
      await context.setOffline(false);
    }
  });
});
