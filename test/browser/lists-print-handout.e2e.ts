import { inject } from 'vitest';
import type { Browser as PwBrowser, Page } from 'playwright-core';
import { newDeviceContext, SEED_TITLE } from './app';
import { launchChromium } from './chromium';

/**
 * A teacher's handout of 25 words from the sample article, printed on A4 from the print view and
 * from the list's page (Ctrl+P): at most two pages (it was three, each word's whole sentence
 * printed, one long sentence for word after word), and nothing a student needs lost: every word,
 * its meaning, and its example as a window of its sentence with the word in bold.
 */
const base = inject('baseUrl');
const WORDS = 25;

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

async function listOf25(page: Page) {
  await page.goto(base);
  await page.locator('.library .article-link', { hasText: SEED_TITLE }).waitFor({ timeout: 60000 });
  await page.goto(`${base}#/lists`);
  await page.locator('.inline-form input[type=text]').first().fill('Vika 3: fréttir');
  await page.locator('.inline-form button').first().click();
  await page.getByRole('heading', { level: 1, name: 'Vika 3: fréttir' }).waitFor();
  await page.locator('.list-builder select').first().selectOption({ label: SEED_TITLE });
  const picks = page.locator('.builder-table tbody input[type=checkbox]');
  await picks.first().waitFor();
  for (let i = 0; i < WORDS; i++) await picks.nth(i).check();
  await page.locator('.builder-add button').click();
  await page.locator('.editor-table tbody tr').nth(WORDS - 1).waitFor();
}

/** What is printed: the page's text (print media), and each row's word, meaning, example and the example's bold word. */
const printed = (page: Page, scope: string) =>
  page.evaluate((scope) => {
    const rows = [...document.querySelectorAll(`${scope} .print-table tbody tr`)];
    return {
      text: document.body.innerText,
      rows: rows.map((r) => ({
        word: r.querySelector('th')!.textContent!,
        gloss: r.querySelector('.print-gloss')!.textContent!,
        example: r.querySelector('.print-example')!.textContent!,
        marked: [...r.querySelectorAll('.print-example b')].map((b) => b.textContent),
        fontPt: parseFloat(getComputedStyle(r.querySelector('.print-gloss')!).fontSize) * 0.75,
      })),
    };
  }, scope);

describe('a 25-word handout printed on A4', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of ['en', 'is'] as const) {
    it(`${lang}: two pages at most, every word, meaning and example with its word`, async () => {
      const { context, page, errors } = await newDeviceContext(browser, { width: 1280, height: 800, locale: lang === 'is' ? 'is-IS' : 'en-GB' });
      try {
        await listOf25(page);
        const stored = await page.evaluate(() => document.querySelectorAll('.editor-table tbody .list-example').length);
        expect(stored).toBe(WORDS);
        const sentences = await page.locator('.editor-table tbody .list-example').allTextContents();

        for (const where of ['list', 'print view'] as const) {
          if (where === 'print view') {
            await page.locator('a[href^="#/list-print/"]').click();
            await page.locator('.print-sheet .print-table').waitFor();
          }
          const scope = where === 'list' ? '.editor-handout' : '.print-sheet';
          // The analysis of the examples places each word (the worker answers once it is ready):
          // "eru" is bold for vera, which no spelling guess finds.
          const vera = page.locator(`${scope} .print-table tbody tr`, { has: page.locator('th', { hasText: /^vera$/ }) });
          await expect.poll(() => vera.locator('.print-example b').allTextContents(), { timeout: 30000 }).toEqual(['eru']);

          const pdf = await page.pdf({ format: 'A4' });
          expect(pdfPages(pdf), `${where}: pages`).toBeLessThanOrEqual(2);

          await page.emulateMedia({ media: 'print' });
          try {
            await page.setViewportSize({ width: 703, height: 1017 });
            const p = await printed(page, scope);
            expect(p.rows).toHaveLength(WORDS);
            for (const [i, r] of p.rows.entries()) {
              expect(p.text, 'word printed').toContain(r.word);
              if (r.gloss) expect(p.text, 'meaning printed').toContain(r.gloss);
              // A window of the row's sentence, cut (if at all) between words, the word in it in bold.
              const window = r.example.replace(/^…\u00a0|\u00a0…$/g, '');
              expect(sentences[i], `${r.word}: a piece of its sentence`).toContain(window);
              expect(r.marked, `${r.word}: marked`).toHaveLength(1);
              expect(r.fontPt, `${r.word}: 10 pt type`).toBeGreaterThan(9.99);
              if (sentences[i].split(' ').length > 12) expect(r.example.length).toBeLessThan(sentences[i].length);
              // The same text is never printed twice in a row.
              if (i > 0) expect(r.example, `${r.word}: not the row above's example again`).not.toBe(p.rows[i - 1].example);
            }
            // The column names are not cut off, nor do they overflow their cells ("Minnispunktar").
            const overflow = await page.evaluate(
              (scope) => [...document.querySelectorAll(`${scope} .print-table thead th`)].filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent),
              scope,
            );
            expect(overflow).toEqual([]);
          } finally {
            // Back to no emulation (`page.pdf` prints with screen rules once 'screen' is emulated).
            await page.emulateMedia({ media: null });
            await page.setViewportSize({ width: 1280, height: 800 });
          }
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
