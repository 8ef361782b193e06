import { inject } from 'vitest';
import { type Browser as PwBrowser, type Page } from 'playwright-core';
import { newDeviceContext, SEED_TITLE } from './app';
import { launchChromium } from './chromium';

/**
 * A teacher's word list at a phone's and a laptop's width, with the top bar stuck at the top:
 * the editor's word cards are met by the keyboard in the order they are seen, the builder's
 * cards say how often the article has each word in words, the sticky "Add N words" button stays
 * under the bar, and the cards of the lists index and the library have the same gap under a title
 * of one line as of two.
 */
const base = inject('baseUrl');

const SIZES = [
  { name: '360 px phone', width: 360, height: 740, phone: true },
  { name: '1280 px laptop', width: 1280, height: 800, phone: false },
] as const;

/** A new context of `size`, in British English, with the page's errors collected. */
const open = (browser: PwBrowser, size: (typeof SIZES)[number]) => newDeviceContext(browser, { ...size, locale: 'en-GB' });

/** First run (the sample article is imported), then a new list named `name` opened in the editor. */
async function newList(page: Page, name: string) {
  await page.goto(base);
  await page.locator('.library .article-link', { hasText: SEED_TITLE }).waitFor({ timeout: 60000 });
  await page.goto(`${base}#/lists`);
  await page.getByRole('textbox', { name: 'New list' }).fill(name);
  await page.getByRole('button', { name: 'Create list' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Picks the sample article in the builder and waits for its words. */
async function pickSample(page: Page) {
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: SEED_TITLE });
  await page.getByRole('checkbox', { name: /^Pick “/ }).first().waitFor();
}

/** The focused element: its name and box. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const r = el.getBoundingClientRect();
    return { name: el.getAttribute('aria-label') ?? el.textContent ?? '', top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });

describe('a teacher’s word list at 360 and 1280 px', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const size of SIZES) {
    it(`${size.name}: the editor's word card is met by Tab in the order it is seen (meaning, note, then Move and Remove)`, async () => {
      const { context, page, errors } = await open(browser, size);
      try {
        await newList(page, 'Vika 3');
        await pickSample(page);
        const picks = page.getByRole('checkbox', { name: /^Pick “/ });
        for (let i = 0; i < 3; i++) await picks.nth(i).check();
        await page.getByRole('button', { name: 'Add 3 words to the list' }).click();
        await page.getByRole('heading', { level: 2, name: '3 words' }).waitFor();

        // The second word: all its buttons are enabled (the first cannot move up).
        const row = page.locator('.editor-table tbody tr').nth(1);
        const lemma = (await row.locator('.list-lemma').textContent())!;
        await row.getByRole('textbox', { name: `Meaning of “${lemma}”` }).focus();
        const seen = [await focused(page)];
        for (let i = 0; i < 4; i++) {
          await page.keyboard.press('Tab');
          seen.push(await focused(page));
        }
        expect(seen.map((s) => s.name)).toEqual([
          `Meaning of “${lemma}”`,
          `Note on “${lemma}”`,
          `Move “${lemma}” up`,
          `Move “${lemma}” down`,
          `Remove “${lemma}”`,
        ]);
        // Each control the next Tab reaches is after the one before it as the card is read: on a
        // line below, or on the same line further right.
        for (let i = 1; i < seen.length; i++) {
          const [a, b] = [seen[i - 1], seen[i]];
          const below = b.top >= a.bottom - 1;
          const sameLineRight = b.top < a.bottom && a.top < b.bottom && b.left >= a.right - 1;
          expect(below || sameLineRight, `${a.name} (${Math.round(a.left)}, ${Math.round(a.top)}) → ${b.name} (${Math.round(b.left)}, ${Math.round(b.top)})`).toBe(true);
        }
        // And the word itself comes first, above its fields and buttons.
        const word = await row.locator('.list-lemma').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
        for (const s of seen) expect(s.top, s.name).toBeGreaterThanOrEqual(word.top);
        // Nothing off screen; the buttons keep their 44 px.
        for (const s of seen) expect(s.right, s.name).toBeLessThanOrEqual(size.width);
        for (const b of await row.locator('.row-buttons button').evaluateAll((bs) => bs.map((x) => x.getBoundingClientRect().height))) {
          expect(b).toBeGreaterThanOrEqual(44);
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it(`${size.name}: the builder says how often the article has a word ("11 times in the article" on a phone's card), and its Add button stays under the top bar`, async () => {
      const { context, page, errors } = await open(browser, size);
      try {
        await newList(page, 'Vika 4');
        await pickSample(page);
        // What is seen in the count cell of each word (innerText: only what is displayed).
        const counts = await page.locator('.builder-table tbody .count-cell').evaluateAll((cs) => cs.map((c) => (c as HTMLElement).innerText.trim()));
        expect(counts.length).toBeGreaterThan(20);
        if (size.phone) {
          for (const c of counts) expect(c).toMatch(/^(once|\d+ times) in the article$/);
          expect(counts).toContain('once in the article');
          expect(counts.some((c) => /^([2-9]|\d\d+) times in the article$/.test(c))).toBe(true);
          // The phrase is on its own line under the word, not squeezed beside it.
          const card = page.locator('.builder-table tbody tr').first();
          const [word, count] = await Promise.all(
            ['.pick-cell', '.count-cell'].map((s) => card.locator(s).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect)),
          );
          expect(count.top).toBeGreaterThanOrEqual(word.bottom - 1);
        } else {
          // The table: the bare number under the column's name.
          for (const c of counts) expect(c).toMatch(/^\d+$/);
          expect(await page.locator('.builder-table thead th').nth(1).textContent()).toBe('Times');
        }

        // Words picked far down the list: the Add button is in sight, under the stuck top bar,
        // and the word focused is not hidden under either.
        const picks = page.getByRole('checkbox', { name: /^Pick “/ });
        await picks.nth(20).focus();
        await page.keyboard.press('Space');
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Space');
        await page.waitForTimeout(150);
        const boxes = await page.evaluate(() => {
          const r = (el: Element | null) => el!.getBoundingClientRect().toJSON() as DOMRect;
          return {
            scrollY: window.scrollY,
            bar: r(document.querySelector('.top-bar')),
            add: r(document.querySelector('.builder-add button')),
            focus: r(document.activeElement),
          };
        });
        expect(boxes.scrollY).toBeGreaterThan(500);
        expect(boxes.bar.top).toBe(0);
        expect(boxes.add.top).toBeGreaterThanOrEqual(boxes.bar.bottom);
        expect(boxes.add.bottom).toBeLessThan(size.height / 3);
        expect(boxes.focus.top).toBeGreaterThanOrEqual(boxes.add.bottom);
        expect(await page.getByRole('button', { name: 'Add 2 words to the list' }).isVisible()).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it(`${size.name}: the lists index and the library: the same gap under a title of one line as of two, and a 44 px tap target`, async () => {
      const { context, page, errors } = await open(browser, size);
      try {
        const long = 'Vika 5: orðaforði úr fréttum um samskipti Musks við Pútín og stjórnmál í Rússlandi';
        await newList(page, 'Vika 1');
        await page.goto(`${base}#/lists`);
        await page.getByRole('textbox', { name: 'New list' }).fill(long);
        await page.getByRole('button', { name: 'Create list' }).click();
        await page.getByRole('heading', { level: 1, name: long }).waitFor();
        await page.goto(`${base}#/lists`);
        await page.getByRole('link', { name: long }).waitFor();
        const lists = await cards(page);
        await page.goto(base);
        await page.locator('.library .article-link', { hasText: SEED_TITLE }).waitFor();
        const library = await cards(page);
        const all = [...lists, ...library];
        // Titles of one line and of more among them.
        expect(new Set(lists.map((c) => c.lines > 1)).size).toBe(2);
        for (const c of all) {
          expect(c.gap, `${c.title}: gap under the title`).toBeGreaterThanOrEqual(0);
          expect(c.gap, `${c.title}: gap under the title`).toBeLessThanOrEqual(10);
          expect(c.target, `${c.title}: tap target height`).toBeGreaterThanOrEqual(43);
        }
        expect(Math.max(...all.map((c) => c.gap)) - Math.min(...all.map((c) => c.gap))).toBeLessThanOrEqual(1);
        // A title of one long compound breaks inside its card: the card, its details and its
        // Delete stay on the screen (the card grew past its edge, cut off there).
        const long1 = await page.locator('.library .article-card').first().evaluate((card) => {
          card.querySelector('.article-title')!.textContent = 'Aðstoðarstarfsmannastjórafundargerðarritarafélagsins';
          return [card, ...card.querySelectorAll('*')].map((el) => el.getBoundingClientRect().right);
        });
        expect(Math.max(...long1)).toBeLessThanOrEqual(size.width);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

/** Each card's title: its lines, the gap from the title's text to its details, its tap target's height. */
function cards(page: Page) {
  return page.locator('.article-card').evaluateAll((cs) =>
    cs.map((card) => {
      // On screen, where a tap can land.
      card.scrollIntoView({ block: 'center' });
      const link = card.querySelector('.article-link') as HTMLElement;
      const title = link.querySelector('.article-title')!;
      const range = document.createRange();
      range.selectNodeContents(title);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      const text = range.getBoundingClientRect();
      const meta = card.querySelector('.article-meta')!.getBoundingClientRect();
      // How tall the title's tap target is: the points, one per pixel down its first letters,
      // from 30 px above the text to 30 px below it, at which a tap lands on the link.
      const first = range.getClientRects()[0];
      const x = first.left + Math.min(10, first.width / 2);
      let target = 0;
      for (let y = Math.floor(text.top) - 30; y <= text.bottom + 30; y++) if (link.contains(document.elementFromPoint(x, y))) target++;
      return {
        title: title.textContent ?? '',
        lines,
        gap: Math.round(meta.top - text.bottom),
        target,
      };
    }),
  );
}
