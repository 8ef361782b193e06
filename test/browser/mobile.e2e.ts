import { inject } from 'vitest';
import { SEED_TITLE } from './app';
import { type Browser as PwBrowser, type BrowserContext, type Page } from 'playwright-core';
import { launchChromium } from './chromium';

const base = inject('baseUrl');

/** A phone: touch, mobile viewport semantics, 2× pixels. */
async function phone(browser: PwBrowser, width: number, height: number): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  return { context, page, errors };
}

/**
 * Elements sticking out of the viewport sideways (ignoring ones clipped by a scrolling or clipping
 * ancestor, such as the navigation row, and visually hidden ones), plus the document's scroll width.
 */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
        const ox = getComputedStyle(p).overflowX;
        if (ox !== 'visible') return true;
      }
      return false;
    };
    const bad: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.closest('.visually-hidden, .skip-link, [hidden]')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if ((r.right > vw + 1 || r.left < -1) && !clipped(el)) {
        bad.push(`${el.tagName.toLowerCase()}.${(el.className || '').toString().split(' ').join('.')} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
      }
    }
    const html = document.documentElement;
    html.style.overflowX = 'visible';
    document.body.style.overflowX = 'visible';
    const scrollWidth = html.scrollWidth;
    html.style.overflowX = '';
    document.body.style.overflowX = '';
    return { vw, scrollWidth, bad: bad.slice(0, 10) };
  });
}

/**
 * Stores a word list of long words, meanings, notes and examples (written straight into the app's
 * database: the same in any UI language) and returns its id, for the list pages' overflow checks.
 */
async function seedList(page: Page): Promise<number> {
  const word = (lemma: string, pos: string, gender: string | null, gloss: string, note: string, example: string) =>
    ({ lemma, display: lemma, pos, gender, gloss, note, example, count: 1, source: 0 });
  const list = {
    name: 'Vika 3: fréttir og aðstoðarstarfsmannastjórar',
    sources: [{ title: SEED_TITLE, site: null, author: null, publishedAt: null }],
    entries: [
      word('aðstoðarstarfsmannastjóri', 'noun', 'm', 'assistant personnel manager', 'Samsett orð: aðstoðar-, starfsmanna-, stjóri.', 'Aðstoðarstarfsmannastjóri fyrirtækisins sagði að samskiptin hefðu verið regluleg og vinsamleg.'),
      word('Bandaríkin', 'noun', 'n', 'the United States', '', 'Musk hefur verið í reglulegum samskiptum við ráðamenn utan Bandaríkjanna frá árinu 2022.'),
      word('reglulegur', 'adjective', null, 'regular, periodic; (of a person) orderly', 'Beygist eins og „fallegur“.', 'Þeir hafa átt í reglulegum samskiptum.'),
      word('samskipti', 'noun', 'n', 'communication(s), contact', '', ''),
    ],
    createdAt: Date.now(),
    updatedAt: Date.now(),
  };
  return page.evaluate(
    (record) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('lesa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('lists', 'readwrite').objectStore('lists').add(record);
          req.onsuccess = () => {
            resolve(req.result as number);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    list,
  );
}

/**
 * Every page of the app (the reader at `reader`, a word list's editor and print view when `listId`
 * is given), each with what overflows it sideways; empty when none does.
 */
async function overflowingPages(page: Page, reader: string, listId?: number): Promise<Record<string, unknown>> {
  const report: Record<string, unknown> = {};
  const listPages = listId === undefined ? [] : [`#/lists/${listId}`, `#/list-print/${listId}`];
  for (const h of ['#/', reader, '#/import', '#/settings', '#/about', '#/lists', ...listPages, '#/review', '#/vocabulary', '#/progress']) {
    await page.goto(`${base}${h}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30000 });
    await page.waitForTimeout(300);
    const o = await overflow(page);
    if (o.bad.length || o.scrollWidth > o.vw) report[h] = o;
  }
  return report;
}

describe('phone layout (touch, 375×667 and 320 px)', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('tap a word: the gloss is a bottom sheet fully on screen, not covering the word; outside tap and Escape close it', async () => {
    const { context, page, errors } = await phone(browser, 375, 667);
    try {
      await page.goto(base);
      const link = page.getByRole('link', { name: SEED_TITLE });
      await link.waitFor({ timeout: 30000 });
      await link.tap();
      await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
      await page.waitForFunction(() => performance.getEntriesByName('lesa:worker-ready').length > 0, null, { timeout: 30000 });

      // A word far enough down that an unscrolled sheet would cover it.
      const words = page.locator('.article-body .w', { hasText: /^forseta$/ });
      const word = words.first();
      await word.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -window.innerHeight / 3));
      await word.tap();
      const sheet = page.getByRole('dialog', { name: /forseta/ });
      await sheet.waitFor();
      expect(await sheet.getAttribute('class')).toMatch(/\bsheet\b/);
      await page.waitForTimeout(100); // the scroll that uncovers the word
      const box = (await sheet.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375 + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(667 + 0.5);
      expect(box.width).toBeGreaterThan(370); // full width, a sheet
      const w = (await word.boundingBox())!;
      expect(w.y).toBeGreaterThanOrEqual(0);
      expect(w.y + w.height).toBeLessThanOrEqual(box.y);
      expect(await sheet.locator('.gloss-lemma').first().textContent()).toBe('forseti');
      // The status buttons (the tallest sheet content) are inside the visible sheet too.
      await sheet.getByRole('button', { name: /^Learning/ }).waitFor();
      // Messages (e.g. "ready to work offline") move to the top while the sheet is open, so they
      // never cover its buttons.
      const toastsAboveSheet = await page.evaluate(() => {
        const s = document.querySelector('.gloss-popover')!.getBoundingClientRect();
        const t = document.querySelector('.toasts')!.getBoundingClientRect();
        return t.bottom <= s.top;
      });
      expect(toastsAboveSheet).toBe(true);

      // Touch targets in the sheet are at least 44 px tall.
      const small = await sheet.locator('button').evaluateAll((bs) =>
        bs.filter((b) => b.getBoundingClientRect().height < 44 && b.getBoundingClientRect().width > 0).map((b) => b.textContent),
      );
      expect(small).toEqual([]);

      // Outside tap closes it.
      await page.getByRole('heading', { level: 1, name: SEED_TITLE }).tap({ force: true });
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

      // Escape closes it too.
      await word.tap();
      await sheet.waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('no horizontal overflow at 320 px on library, reader, import, settings and the other pages', async () => {
    const { context, page, errors } = await phone(browser, 320, 640);
    try {
      await page.goto(base);
      const link = page.getByRole('link', { name: SEED_TITLE });
      await link.waitFor({ timeout: 30000 });
      const reader = (await link.getAttribute('href'))!;
      expect(await overflowingPages(page, reader, await seedList(page))).toEqual({});
      // Top-bar controls keep 44 px touch targets on a phone.
      const navHeights = await page.locator('.top-bar a, .top-bar button').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height).filter((h) => h > 0));
      expect(Math.min(...navHeights)).toBeGreaterThanOrEqual(44);
      // The top bar fits: the entries that do not are in the "More" menu (see shell.e2e.ts).
      const bar = await page.evaluate(() => document.querySelector('.top-bar')!.getBoundingClientRect().right);
      expect(bar).toBeLessThanOrEqual(320 + 0.5);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('in Icelandic at 320 px: no page overflows sideways, and a long compound’s gloss wraps inside the sheet', async () => {
    const { context, page, errors } = await phone(browser, 320, 640);
    try {
      await context.addInitScript({ content: 'localStorage.setItem("lesa.uiLanguage", "is")' });
      await page.goto(base);
      const link = page.getByRole('link', { name: SEED_TITLE });
      await link.waitFor({ timeout: 30000 });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('is');
      const reader = (await link.getAttribute('href'))!;
      expect(await overflowingPages(page, reader, await seedList(page))).toEqual({});

      await page.goto(`${base}${reader}`);
      await page.waitForFunction(() => performance.getEntriesByName('lesa:worker-ready').length > 0, null, { timeout: 30000 });
      const word = page.locator('.article-body .w', { hasText: /^aðstoðarstarfsmannastjóra$/ }).first();
      await word.scrollIntoViewIfNeeded();
      await word.tap();
      const sheet = page.getByRole('dialog', { name: /aðstoðarstarfsmannastjóra/ });
      await sheet.waitFor();
      // The form (the sheet's heading) and the headword are 25 letters, wider than the sheet in one line.
      const cut = await sheet.evaluate((s) => {
        const box = s.getBoundingClientRect();
        return [...s.querySelectorAll('.gloss-form, .gloss-lemma')]
          .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > box.right + 0.5)
          .map((e) => `${e.className}: ${e.textContent}`);
      });
      expect(cut).toEqual([]);
      expect(await sheet.locator('.gloss-lemma').first().textContent()).toBe('aðstoðarstarfsmannastjóri');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
  it('a word list’s print preview fits a 360 px phone (one card per word, nothing scrolls sideways); printed, it is still the table', async () => {
    const { context, page, errors } = await phone(browser, 360, 740);
    try {
      await page.goto(base);
      await page.getByRole('link', { name: SEED_TITLE }).waitFor({ timeout: 30000 });
      const id = await seedList(page);
      await page.goto(`${base}#/list-print/${id}`);
      await page.locator('.print-table tbody tr').first().waitFor();
      const fit = () =>
        page.evaluate(() => {
          const html = document.documentElement;
          const box = document.querySelector<HTMLElement>('.print-scroll')!;
          const table = document.querySelector<HTMLElement>('.print-table')!;
          // Cells reaching past the table's box (cut off, or scrolled to sideways inside it).
          const cut = [...table.querySelectorAll('th, td')]
            .filter((c) => c.getBoundingClientRect().width > 0 && c.getBoundingClientRect().right > box.getBoundingClientRect().right + 0.5)
            .map((c) => c.textContent);
          return { scrollWidth: html.scrollWidth, clientWidth: html.clientWidth, inner: box.scrollWidth - box.clientWidth, cut };
        });
      const r = await fit();
      expect(r.scrollWidth).toBeLessThanOrEqual(r.clientWidth);
      expect(r.inner).toBeLessThanOrEqual(0);
      expect(r.cut).toEqual([]);
      // Each card names the columns it shows, as the table's headings do.
      const labels = await page.evaluate(() =>
        ['.print-gloss', '.print-example', '.print-blank'].map((c) => getComputedStyle(document.querySelector(`.print-table tbody tr ${c}`)!, '::before').content),
      );
      expect(labels).toEqual(['"Meaning"', '"Example"', '"Notes"']);

      // On paper it is the table, with its headings, and the screen-only card layout is gone.
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => ({
        table: getComputedStyle(document.querySelector('.print-table')!).display,
        row: getComputedStyle(document.querySelector('.print-table tbody tr')!).display,
        headings: [...document.querySelectorAll('.print-table thead th')].map((th) => (th as HTMLElement).innerText),
      }));
      expect(printed).toEqual({ table: 'table', row: 'table-row', headings: ['Word', 'Part of speech', 'Gender', 'Meaning', 'Example', 'Notes'] });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
