import { inject } from 'vitest';
import type { Browser as PwBrowser, Page } from 'playwright-core';
import { newDeviceContext, openLibrary, SEED_TITLE } from './app';
import { launchChromium } from './chromium';

const base = inject('baseUrl');
const HEIGHT = 740;

/**
 * QA on a 360×740 phone: "Added 6 words to the list.", "Lesa is ready to work offline." and a
 * removal's Undo stacked up and covered the lower third of the page. Now two at most show, the
 * newest and an Undo among them, low on the screen; an Undo that has to wait shows once there is
 * room, and still works.
 */
describe('several messages at once on a 360×740 phone', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The messages showing (their text) and how much of the screen, from its bottom, their region takes. */
  const showing = (page: Page) =>
    page.evaluate(() => {
      const region = document.querySelector('.toasts')!;
      const toasts = [...region.querySelectorAll('.toast')];
      return { texts: toasts.map((t) => t.querySelector('span')!.textContent!), share: toasts.length ? 1 - region.getBoundingClientRect().top / innerHeight : 0 };
    });

  it('show two at most, over a fifth of the screen at most; an Undo that waited shows and undoes', async () => {
    const { context, page, errors } = await newDeviceContext(browser, { width: 360, height: HEIGHT, phone: true, consoleErrors: false });
    try {
      await openLibrary(page, base);
      await page.goto(`${base}#/lists`);
      await page.getByRole('textbox', { name: 'New list' }).fill('Vika 1');
      await page.getByRole('button', { name: 'Create list' }).click();
      await page.getByRole('heading', { level: 1, name: 'Vika 1' }).waitFor();
      await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: SEED_TITLE });
      const picks = page.getByRole('checkbox', { name: /^Pick “/ });
      await picks.first().waitFor();
      for (let i = 0; i < 6; i++) await picks.nth(i).check();
      await page.getByRole('button', { name: 'Add 6 words to the list' }).click();
      await page.getByRole('heading', { level: 2, name: '6 words' }).waitFor();

      // Three removals at once, while "Added 6 words to the list." (and, some time on the first
      // visit, the offline notice) shows.
      const removes = page.getByRole('button', { name: /^Remove “/ });
      const removed: string[] = [];
      for (let i = 0; i < 3; i++) {
        const name = (await removes.first().getAttribute('aria-label')) ?? (await removes.first().textContent())!;
        removed.push(/^Remove “(.+?)”/.exec(name)![1]);
        await removes.first().click();
        await page.getByRole('heading', { level: 2, name: `${5 - i} word${5 - i === 1 ? '' : 's'}` }).waitFor();
      }
      const message = (lemma: string) => `Removed “${lemma}” from the list.`;
      const now = await showing(page);
      expect(now.texts.length).toBeLessThanOrEqual(2);
      // The newest removal's Undo is in view (its time runs for 8 s from the removal).
      expect(now.texts).toContain(message(removed[2]));
      expect(now.share).toBeLessThanOrEqual(0.2);

      // Close what shows until the first removal's message comes: it waited, and still offers Undo.
      const first = page.locator('.toast', { hasText: message(removed[0]) });
      for (let i = 0; i < 8 && !(await first.isVisible()); i++) {
        const r = await showing(page);
        expect(r.texts.length).toBeLessThanOrEqual(2);
        expect(r.share).toBeLessThanOrEqual(0.2);
        const other = r.texts.find((t) => t !== message(removed[0]));
        if (other) await page.locator('.toast', { hasText: other }).getByRole('button', { name: 'Close' }).tap({ timeout: 2000 }).catch(() => {});
        else await first.waitFor({ timeout: 2000 }).catch(() => {});
      }
      await first.getByRole('button', { name: 'Undo' }).tap();
      await page.getByRole('heading', { level: 2, name: '4 words' }).waitFor();
      await page.getByRole('button', { name: `Remove “${removed[0]}”` }).first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
