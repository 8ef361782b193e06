import { inject } from 'vitest';
import { type Browser as PwBrowser, type Page } from 'playwright-core';
import { type DeviceOptions, newDeviceContext, SEED_TITLE } from './app';
import { launchChromium } from './chromium';

/**
 * Layout of the learner's and teacher's screens (review, vocabulary, word lists, import, progress)
 * at phone and laptop widths, in English and Icelandic: what a UI review found cramped or cut off.
 */
const base = inject('baseUrl');

/** A new context of this size, in British English unless `locale` says otherwise, with the page's errors collected. */
const open = (browser: PwBrowser, opts: DeviceOptions) => newDeviceContext(browser, { ...opts, locale: opts.locale ?? 'en-GB' });

/** First run (imports the sample), then the sample article with the analyser ready. */
async function openSeed(page: Page) {
  await page.goto(base);
  const link = page.locator('.library a', { hasText: SEED_TITLE }).first();
  await link.waitFor({ timeout: 60000 });
  await link.click();
  await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('lesa:worker-ready').length > 0, null, { timeout: 30000 });
}

/** Sets the status of the first occurrence of a word form in the sample to Learning (key 2). */
async function learn(page: Page, form: string) {
  const word = page.locator('.article-body .w', { hasText: new RegExp(`^${form}$`) }).first();
  await word.scrollIntoViewIfNeeded();
  await word.click();
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('2');
  await page.waitForFunction((f) => {
    const w = [...document.querySelectorAll('.article-body .w')].find((x) => x.textContent === f);
    return !!w && w.classList.contains('st-learning');
  }, form);
  await page.keyboard.press('Escape');
}

const box = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

describe('learner screens: layout at 360 px and 1280 px', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of ['en-GB', 'is-IS']) {
    it(`review at 360 px (${locale}): the phrase meaning comes first, the four answers fit the card, the counters are labelled`, async () => {
      const { context, page, errors } = await open(browser, { width: 360, height: 740, locale, phone: true });
      try {
        await openSeed(page);
        await learn(page, 'átt');
        await page.goto(`${base}#/review`);
        await page.getByTestId('review-sentence').waitFor();
        const counts = page.locator('.review-counts');
        expect(await counts.textContent()).toMatch(locale === 'en-GB' ? /learning.*due.*new/ : /í námi.*á tíma.*ný/);
        // Labelled by words a screen reader reads (visually hidden), not an aria-label on a paragraph.
        expect(await counts.getAttribute('aria-label')).toBeNull();
        expect(await counts.locator('.visually-hidden').first().textContent()).toMatch(locale === 'en-GB' ? /^Left in this session:/ : /^Eftir í lotunni:/);
        await page.locator('.review-reveal').click();
        const back = page.getByTestId('review-back');
        await back.waitFor();
        // The phrase the reader glossed ("átt í" → eiga í) and its meaning, before the word's own senses.
        const phrase = page.getByTestId('review-phrase');
        expect(await phrase.textContent()).toContain('eiga í');
        const text = (await back.textContent()) ?? '';
        expect(text.indexOf('eiga í')).toBeLessThan(text.lastIndexOf('eiga'));

        const card = await box(page, '.review-card');
        const buttons = await page.locator('.review-answers .answer').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
        expect(buttons).toHaveLength(4);
        for (const b of buttons) {
          expect(b.left).toBeGreaterThanOrEqual(card.left);
          expect(b.right).toBeLessThanOrEqual(card.right);
          expect(b.height).toBeGreaterThanOrEqual(44);
        }
        // Equal buttons: the same width and height (a 2×2 grid on a phone).
        expect(new Set(buttons.map((b) => Math.round(b.width))).size).toBe(1);
        expect(new Set(buttons.map((b) => Math.round(b.height))).size).toBe(1);
        // Intervals on one line each.
        const lines = await page.locator('.answer-interval').evaluateAll((xs) => xs.map((x) => x.getClientRects().length));
        expect(lines.every((n) => n === 1)).toBe(true);
        // The settings' checkbox keeps its square size beside a label that wraps to two lines.
        await page.locator('.review-settings summary').click();
        const check = await box(page, '.review-settings .check input[type=checkbox]');
        expect(Math.round(check.width)).toBe(Math.round(check.height));
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('library: the card’s Delete starts where its title and details start, at 375 px and 1280 px', async () => {
    for (const size of [
      { width: 375, height: 740, phone: true },
      { width: 1280, height: 800 },
    ]) {
      const { context, page, errors } = await open(browser, size);
      try {
        await page.goto(base);
        await page.locator('.article-card', { hasText: SEED_TITLE }).waitFor({ timeout: 60000 });
        // The left edge of the text itself (a padded button box starts where the title does, its text not).
        const textLeft = (selector: string) =>
          page.locator(selector).first().evaluate((el) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            return range.getBoundingClientRect().left;
          });
        const title = await textLeft('.article-card .article-title');
        expect(Math.abs((await textLeft('.article-card .article-meta > :first-child')) - title), `${size.width} px details`).toBeLessThanOrEqual(1);
        expect(Math.abs((await textLeft('.article-card .link-button.danger')) - title), `${size.width} px Delete`).toBeLessThanOrEqual(1);
        const del = await box(page, '.article-card .link-button.danger');
        expect(del.height).toBeGreaterThanOrEqual(44);
        expect(del.width).toBeGreaterThanOrEqual(44);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('settings: the storage bar is a labelled meter as wide as the column, at 375 px and 1280 px', async () => {
    for (const size of [
      { width: 375, height: 740, phone: true },
      { width: 1280, height: 800 },
    ]) {
      const { context, page, errors } = await open(browser, size);
      try {
        await page.goto(`${base}#/settings`);
        const meter = page.getByRole('meter', { name: 'Storage used' });
        await meter.waitFor();
        expect(await meter.evaluate((el) => el.tagName)).toBe('METER');
        const bar = await meter.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
        const usage = await box(page, '[data-testid=storage-usage]');
        expect(Math.abs(bar.left - usage.left), `${size.width} px`).toBeLessThanOrEqual(1);
        expect(Math.abs(bar.width - usage.width), `${size.width} px`).toBeLessThanOrEqual(1);
        expect(bar.width).toBeGreaterThan(size.width === 1280 ? 600 : 300);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('vocabulary: meanings in the rows, lemmas left-aligned, the pill not underlined; filters stack at 360 px (Icelandic) and line up at 1280 px', async () => {
    const { context, page, errors } = await open(browser, { width: 360, height: 740, locale: 'is-IS', phone: true });
    try {
      await openSeed(page);
      await learn(page, 'forseta');
      await learn(page, 'átt');
      await page.goto(`${base}#/vocabulary`);
      const rows = page.locator('.vocab-row');
      await rows.first().waitFor();
      await expect.poll(() => page.locator('.vocab-row', { hasText: 'forseti' }).locator('.vocab-gloss').textContent()).toMatch(/president/);
      const lefts = await page.locator('.vocab-row .vocab-lemma').evaluateAll((xs) => xs.map((x) => Math.round(x.getBoundingClientRect().left)));
      expect(new Set(lefts).size).toBe(1);
      const textStart = await page.locator('.vocab-row .vocab-lemma').evaluateAll((xs) => xs.map((x) => getComputedStyle(x.parentElement!).textAlign));
      expect(textStart.every((a) => a === 'start' || a === 'left')).toBe(true);
      expect(await page.locator('.vocab-row .status-pill').first().evaluate((x) => getComputedStyle(x).textDecorationLine)).toBe('none');

      // 360 px, Icelandic: the search box takes the whole row, its placeholder uncut.
      const search = await box(page, '.vocab-filters input[type=search]');
      const filters = await box(page, '.vocab-filters');
      expect(search.width).toBeGreaterThan(filters.width - 2);
      const fits = await page.locator('.vocab-filters input[type=search]').evaluate((el: HTMLInputElement) => {
        const c = document.createElement('canvas').getContext('2d')!;
        c.font = getComputedStyle(el).font;
        const s = getComputedStyle(el);
        return c.measureText(el.placeholder).width <= el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      });
      expect(fits).toBe(true);
      // The two selects side by side: every option's text fits beside the drop-down arrow, in
      // Icelandic and in English ("Recently changed" was cut to "Recently changec").
      const optionsFit = () =>
        page.locator('.vocab-filters select').evaluateAll((els) =>
          (els as HTMLSelectElement[]).flatMap((el) => {
            const c = document.createElement('canvas').getContext('2d')!;
            const s = getComputedStyle(el);
            c.font = s.font;
            const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - 16;
            return [...el.options].filter((o) => c.measureText(o.text).width > room).map((o) => o.text);
          }),
        );
      expect(await optionsFit()).toEqual([]);
      await page.goto(`${base}#/settings`);
      await page.locator('#ui-language').selectOption('en');
      await page.goto(`${base}#/vocabulary`);
      await page.getByRole('heading', { level: 1, name: 'Vocabulary' }).waitFor();
      await rows.first().waitFor();
      expect(await optionsFit()).toEqual([]);

      // 1280 px: the search box and the two selects share one baseline.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.waitForTimeout(100);
      const tops = await page.locator('.vocab-filters input, .vocab-filters select').evaluateAll((xs) => xs.map((x) => x.getBoundingClientRect().bottom));
      expect(tops).toHaveLength(3);
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('word lists: wide meaning fields at 1280 px, one card per word at 360 px, 24 px labelled picks, "Export as" heading', async () => {
    const { context, page, errors } = await open(browser, { width: 1280, height: 800 });
    try {
      await page.goto(base);
      await page.locator('.library a', { hasText: SEED_TITLE }).first().waitFor({ timeout: 60000 });
      await page.goto(`${base}#/lists`);
      await page.getByRole('textbox', { name: 'New list' }).fill('Vika 3');
      await page.getByRole('button', { name: 'Create list' }).click();
      await page.getByRole('heading', { level: 1, name: 'Vika 3' }).waitFor();
      await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: SEED_TITLE });
      const picks = page.getByRole('checkbox', { name: /^Pick “/ });
      await picks.first().waitFor();
      expect(await page.getByRole('button', { name: 'Pick words to add to the list' }).isDisabled()).toBe(true);
      const pick = await picks.first().evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      expect(pick.width).toBeGreaterThanOrEqual(24);
      expect(pick.height).toBeGreaterThanOrEqual(24);
      // A click on the word itself picks it.
      await page.locator('.builder-table .pick-label .list-lemma').first().click();
      expect(await picks.first().isChecked()).toBe(true);
      for (let i = 1; i < 5; i++) await picks.nth(i).check();
      await page.getByRole('button', { name: 'Add 5 words to the list' }).click();
      await page.getByRole('heading', { level: 2, name: '5 words' }).waitFor();
      expect(await page.getByRole('group', { name: 'Export as' }).getByRole('button').count()).toBe(4);

      const meaning = await box(page, '.editor-table .gloss-cell input');
      expect(meaning.width).toBeGreaterThanOrEqual(250);
      // The word column is as wide as its heading (about a third of the table), so the example
      // sentence is not squeezed into a narrow strip with a gap beside it.
      const wordHead = await box(page, '.editor-table thead th');
      const wordCell = await box(page, '.editor-table tbody th.lemma-cell');
      expect(wordCell.width).toBeGreaterThanOrEqual(wordHead.width - 1);
      expect(wordCell.width).toBeGreaterThanOrEqual(250);

      // Phone: nothing of the editor or the builder is off screen; each word is a card.
      await page.setViewportSize({ width: 360, height: 740 });
      await page.waitForTimeout(150);
      const off = await page.evaluate(() => {
        const vw = document.documentElement.clientWidth;
        return [...document.querySelectorAll('.list-editor *')]
          .filter((el) => !el.closest('.visually-hidden, thead'))
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.right > vw + 1 || r.left < -1))
          .map(({ el }) => `${el.tagName.toLowerCase()}.${el.className}`)
          .slice(0, 5);
      });
      expect(off).toEqual([]);
      const row = await box(page, '.editor-table tbody tr');
      const remove = await box(page, '.editor-table tbody tr .icon-button.danger');
      const note = await box(page, '.editor-table tbody tr .note-cell textarea');
      expect(remove.right).toBeLessThanOrEqual(row.right + 1);
      expect(note.width).toBeGreaterThan(row.width * 0.8);

      // The print view on a phone: the handout's six columns are wider than the screen, and the
      // page does not scroll sideways — every cell is on screen or in a box that scrolls sideways
      // (they were cut off at the edge, out of reach). On paper that box clips nothing.
      await page.getByRole('link', { name: 'Print view' }).click();
      await page.locator('.print-table').waitFor();
      const outOfReach = () =>
        page.evaluate(() => {
          const vw = document.documentElement.clientWidth;
          const inScroller = (el: Element) => {
            for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
              if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX) && p.scrollWidth > p.clientWidth) return true;
            }
            return false;
          };
          return [...document.querySelectorAll('.print-table thead th')]
            .filter((el) => el.getBoundingClientRect().right > vw + 1 && !inScroller(el))
            .map((el) => el.textContent);
        });
      // One card per word on a phone screen (mobile.e2e.ts checks the cards): the table fits, nothing to scroll to sideways.
      expect(await page.locator('.print-table').evaluate((t) => t.getBoundingClientRect().right)).toBeLessThanOrEqual(360);
      expect(await page.locator('.print-table').evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
      expect(await outOfReach()).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.print-table').evaluate((t) => getComputedStyle(t.parentElement!).overflowX)).toBe('visible');
      await page.emulateMedia({ media: 'screen' });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('progress at 360 px: chart labels at least 11 px on screen; y ticks whole and evenly spaced', async () => {
    const { context, page, errors } = await open(browser, { width: 360, height: 740, phone: true });
    try {
      await openSeed(page);
      await learn(page, 'forseta');
      await learn(page, 'átt');
      await learn(page, 'málefni');
      await page.goto(`${base}#/progress`);
      const chart = page.getByRole('img', { name: /Cards falling due/ });
      await chart.waitFor();
      const sizes = await page.locator('.chart-tick').evaluateAll((xs) =>
        xs.map((x) => {
          const svg = x.closest('svg')!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return parseFloat(getComputedStyle(x).fontSize) * scale;
        }),
      );
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
      const ticks = (await chart.locator('g > text').allTextContents()).map(Number);
      expect(ticks[0]).toBe(0);
      const step = ticks[1] - ticks[0];
      expect(ticks.every((v, i) => Number.isInteger(v) && v === i * step)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('import: a one-sentence paste gets a proposed title and can be saved; "none found" is muted', async () => {
    const { context, page, errors } = await open(browser, { width: 360, height: 740, phone: true });
    try {
      await page.goto(`${base}#/import`);
      await page.getByLabel('Paste an article').fill('Veðurstofan spáir norðanátt og éljum fyrir norðan um helgina.');
      await page.getByRole('button', { name: 'Clean up and preview' }).click();
      const title = page.getByLabel('Title', { exact: true });
      await title.waitFor();
      expect(await title.inputValue()).toMatch(/^Veðurstofan spáir norðanátt/);
      expect(await page.getByRole('button', { name: 'Save to library' }).isEnabled()).toBe(true);
      const none = page.locator('.meta-none').first();
      expect(await none.textContent()).toBe('none found');
      await title.fill('');
      expect(await page.getByRole('button', { name: 'Save to library' }).isDisabled()).toBe(true);
      expect(await page.getByText('Add a title above to save the article.').isVisible()).toBe(true);

      // The error box keeps its distance from the label below it.
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByLabel('Paste an article').fill('');
      await page.getByRole('button', { name: 'Clean up and preview' }).click();
      const alert = await box(page, '[role=alert]');
      const label = await box(page, 'label[for=import-text]');
      expect(label.top - alert.bottom).toBeGreaterThanOrEqual(12);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
