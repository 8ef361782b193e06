import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Browser as PwBrowser, Page } from 'playwright-core';
import { newDeviceContext, SEED_TITLE } from './app';
import { launchChromium } from './chromium';

/**
 * A teacher's word list as a teacher judges it, in English and in Icelandic, at a laptop's and a
 * phone's size: the builder's column names stay in sight over a long table of words (laptop; the
 * phone has cards), and the list printed — from the print view or straight from the list's page
 * (Ctrl+P) — is one clean table: title, the article it is from, word, part of speech, gender,
 * meaning, no app chrome, the example given the room, no row cut across two pages.
 */
const base = inject('baseUrl');

type Lang = 'en' | 'is';
const strings = (lang: Lang) => JSON.parse(readFileSync(`src/i18n/locales/${lang}/lists.json`, 'utf8'));
const SIZES = [
  { name: '1280 px laptop', width: 1280, height: 800, phone: false },
  { name: '360 px phone', width: 360, height: 740, phone: true },
] as const;
const WORDS = 25;

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

/** First run (the sample is imported), a new list, the sample picked in the builder. */
async function newListFromSample(page: Page, name: string) {
  await page.goto(base);
  await page.locator('.library .article-link', { hasText: SEED_TITLE }).waitFor({ timeout: 60000 });
  await page.goto(`${base}#/lists`);
  await page.locator('.inline-form input[type=text]').first().fill(name);
  await page.locator('.inline-form button').first().click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.locator('.list-builder select').first().selectOption({ label: SEED_TITLE });
  await page.locator('.builder-table tbody input[type=checkbox]').first().waitFor();
}

/** What is seen in print, outside the handout: visible controls, navigation and toasts. */
const chromeSeen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('nav, header, button, input, select, textarea, a, .toast, .toasts > *')]
      .filter((el) => !el.closest('.print-table') && (el as HTMLElement).checkVisibility() && el.getBoundingClientRect().height > 0)
      .map((el) => `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}: ${(el.textContent ?? '').trim().slice(0, 30)}`),
  );

/** The printed table (print media on): headers, rows' words, column widths and the rows' break rule. */
const printedTable = (page: Page, scope: string) =>
  page.evaluate((scope) => {
    const table = document.querySelector(`${scope} .print-table`) as HTMLTableElement;
    const w = table.getBoundingClientRect().width;
    const cols = [...table.querySelectorAll('thead th')].map((th) => ({ name: th.textContent, share: th.getBoundingClientRect().width / w }));
    const rows = [...table.querySelectorAll('tbody tr')];
    return {
      visible: table.checkVisibility(),
      cols,
      words: rows.map((r) => r.querySelector('th')!.textContent),
      glosses: rows.map((r) => r.querySelector('.print-gloss')!.textContent),
      // A cell whose text is cut off at its edge.
      clipped: [...table.querySelectorAll('td, th')].filter((c) => c.scrollWidth > c.clientWidth + 1).length,
      breakInside: [...new Set(rows.map((r) => getComputedStyle(r).breakInside))],
      headerRepeats: getComputedStyle(table.tHead!).display === 'table-header-group',
      // Lines of each example sentence as laid out.
      exampleLines: [...table.querySelectorAll('.print-example')].map((c) => {
        const range = document.createRange();
        range.selectNodeContents(c);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
      ink: [...new Set([...table.querySelectorAll('td, th')].map((c) => getComputedStyle(c).color))],
    };
  }, scope);

describe('a teacher’s list, judged as a teacher would, in English and Icelandic at 1280 and 360 px', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of ['en', 'is'] as const) {
    for (const size of SIZES) {
      it(`${lang}, ${size.name}: builder headings stay in sight; the list prints as one clean table, from the print view and from the list`, async () => {
        const s = strings(lang);
        const { context, page, errors } = await newDeviceContext(browser, { ...size, locale: lang === 'is' ? 'is-IS' : 'en-GB' });
        try {
          await newListFromSample(page, 'Vika 3: fréttir');
          const picks = page.locator('.builder-table tbody input[type=checkbox]');
          expect(await picks.count()).toBeGreaterThan(60);

          if (!size.phone) {
            // Far down the table the column names are still there, under the Add bar, not under a word.
            await picks.nth(60).scrollIntoViewIfNeeded();
            await page.mouse.wheel(0, 400);
            await page.waitForTimeout(150);
            const seen = await page.evaluate(() => {
              const r = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
              const ths = [...document.querySelectorAll('.builder-table thead th')];
              return {
                scrollY: window.scrollY,
                bar: r(document.querySelector('.top-bar')!),
                add: r(document.querySelector('.builder-add')!),
                heads: ths.map((th) => {
                  const b = r(th);
                  // What a look at the heading's middle finds there: the heading itself, not a row.
                  const hit = document.elementFromPoint(b.left + 8, b.top + b.height / 2);
                  return { text: th.textContent, top: b.top, bottom: b.bottom, onTop: !!hit && th.contains(hit) };
                }),
              };
            });
            expect(seen.scrollY).toBeGreaterThan(2000);
            expect(seen.bar.top).toBe(0);
            expect(seen.heads.map((h) => h.text)).toEqual([s.col.lemma, s.col.count, s.col.gloss, s.col.example]);
            for (const h of seen.heads) {
              expect(h.onTop, `${h.text} is seen`).toBe(true);
              expect(Math.abs(h.top - seen.add.bottom), `${h.text} sits under the Add bar`).toBeLessThanOrEqual(1);
            }
            // Shift+Tab back up the words: the word focused is never under the headings.
            await picks.nth(40).focus();
            for (let i = 0; i < 6; i++) {
              await page.keyboard.press('Shift+Tab');
              const f = await page.evaluate(() => document.activeElement!.getBoundingClientRect().top);
              expect(f).toBeGreaterThanOrEqual(seen.heads[0].bottom);
            }
            // Back at the top the headings are where the table begins (not stuck over the filters).
            await page.evaluate(() => window.scrollTo(0, 0));
            const atTop = await page.evaluate(() => {
              const th = document.querySelector('.builder-table thead th')!.getBoundingClientRect();
              const row = document.querySelector('.builder-table tbody tr')!.getBoundingClientRect();
              return { th: th.bottom, row: row.top };
            });
            expect(Math.abs(atTop.th - atTop.row)).toBeLessThanOrEqual(1);
          }

          for (let i = 0; i < WORDS; i++) await picks.nth(i).check();
          await page.locator('.builder-add button').click();
          await page.locator('.editor-table tbody tr').nth(WORDS - 1).waitFor();
          const lemmas = await page.locator('.editor-table tbody .list-lemma').allTextContents();
          // A long meaning the teacher typed: on paper it is shown whole (a field would cut it off).
          const long = 'own; have; to be supposed to, should; (eiga eftir að) still have to do';
          const meaning = page.locator('.editor-table tbody tr').nth(1).locator('.gloss-cell input');
          await meaning.fill(long);
          await meaning.press('Tab');
          await expect.poll(() => page.locator('.editor-handout .print-gloss').nth(1).textContent()).toBe(long);

          // Printed straight from the list's page: the handout, not the fields and buttons.
          await page.emulateMedia({ media: 'print' });
          expect(await page.locator('.editor-table').isVisible()).toBe(false);
          const fromEditor = await printedTable(page, '.editor-handout');
          expect(fromEditor.visible).toBe(true);
          expect(fromEditor.words).toEqual(lemmas);
          expect(fromEditor.glosses[1]).toBe(long);
          expect(await chromeSeen(page)).toEqual([]);
          await page.emulateMedia({ media: 'screen' });

          await page.locator('a[href^="#/list-print/"]').click();
          await page.locator('.print-table').waitFor();
          await page.emulateMedia({ media: 'print' });
          try {
            // Title and source under it, said to be the source.
            expect(await page.locator('.print-sheet h1').textContent()).toBe('Vika 3: fréttir');
            expect(await page.locator('.print-sources').textContent()).toBe(`${s.fromArticles} ${SEED_TITLE}`);
            expect(await chromeSeen(page)).toEqual([]);

            // On paper's width (A4 less the margins, at 96 px an inch) whatever screen it is printed from.
            await page.setViewportSize({ width: 703, height: 1017 });
            const t = await printedTable(page, '.print-sheet');
            expect(t.cols.map((c) => c.name)).toEqual([s.col.lemma, s.col.pos, s.col.gender, s.col.gloss, s.col.example, s.col.studentNotes]);
            expect(t.words).toEqual(lemmas);
            expect(t.glosses[1]).toBe(long);
            expect(t.clipped).toBe(0);
            expect(t.breakInside).toEqual(['avoid']);
            expect(t.headerRepeats).toBe(true);
            // Black ink only (readable on a black-and-white printer).
            for (const c of t.ink) expect(c, 'ink').toMatch(/^rgb\((\d+), \1, \1\)$/);
            // The example, the longest text, has the widest column (it had a quarter of the page, no
            // more than the meaning's, and ran to eight short lines a word).
            const share = Object.fromEntries(t.cols.map((c, i) => [['word', 'pos', 'gender', 'gloss', 'example', 'notes'][i], c.share]));
            expect(Math.max(...Object.values(share))).toBe(share.example);
            // (A window of its sentence now, not the whole: a quarter of the page is room for it.)
            expect(share.example).toBeGreaterThan(0.25);

            // An example is a window of its sentence around the word, three lines at most (whole
            // sentences took five to eight), so that 25 words with examples and a notes column are
            // two A4 pages (they were three).
            expect(Math.max(...t.exampleLines)).toBeLessThanOrEqual(3);
            const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
            expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
          } finally {
            await page.emulateMedia({ media: 'screen' });
          }
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});
