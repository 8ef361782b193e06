import { inject } from 'vitest';
import { type Browser as PwBrowser, type Page } from 'playwright-core';
import { openSeedOn, SEED_TITLE } from './app';
import { launchChromium } from './chromium';

const base = inject('baseUrl');

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const open = (browser: PwBrowser, device: 'phone' | 'laptop') => openSeedOn(browser, base, device);

const box = (page: Page, selector: string): Promise<Box> =>
  page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  }, selector);

/** Scrolls the page so that the first word with this text starts at `at` × the viewport's height. */
async function scrollWordTo(page: Page, text: string, at: number): Promise<void> {
  await page.evaluate(
    ([t, f]) => {
      const w = [...document.querySelectorAll('.article-body .w')].find((e) => e.textContent === t)!;
      window.scrollBy(0, w.getBoundingClientRect().top - window.innerHeight * (f as number));
    },
    [text, at] as const,
  );
  await page.waitForTimeout(100);
}

describe('reader layout in Chromium', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('phone: the gloss sheet’s status buttons are always fully visible, even for a long gloss', async () => {
    const { context, page, errors } = await open(browser, 'phone');
    try {
      await scrollWordTo(page, 'átt', 0.5);
      await page.locator('.article-body .w', { hasText: /^átt$/ }).first().tap();
      const sheet = page.getByRole('dialog', { name: /átt/ });
      await sheet.waitFor();
      await sheet.getByRole('group', { name: 'Word status' }).waitFor();
      await page.waitForTimeout(150);
      const s = await box(page, '.gloss-popover');
      const g = await box(page, '.gloss-popover .status-buttons');
      expect(s.bottom).toBeLessThanOrEqual(740 + 0.5);
      expect(g.top).toBeGreaterThanOrEqual(s.top);
      expect(g.bottom).toBeLessThanOrEqual(s.bottom);
      // The gloss is longer than the sheet: it scrolls, and the buttons stay where they are.
      const scrolls = await page.evaluate(() => {
        const b = document.querySelector('.gloss-popover .gloss-body')!;
        const before = b.scrollHeight > b.clientHeight;
        b.scrollTop = b.scrollHeight;
        return before;
      });
      expect(scrolls).toBe(true);
      expect(await box(page, '.gloss-popover .status-buttons')).toEqual(g);
      // Each status button can be tapped where it is.
      for (const name of ['New', 'Learning', 'Known', 'Ignored']) {
        const b = sheet.getByRole('button', { name: new RegExp(`^${name}`) });
        const r = (await b.boundingBox())!;
        expect(r.y).toBeGreaterThanOrEqual(s.top);
        expect(r.y + r.height).toBeLessThanOrEqual(s.bottom + 0.5);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('laptop: a popover for a word halfway down stays on screen, clear of the word and the top bar', async () => {
    const { context, page, errors } = await open(browser, 'laptop');
    try {
      for (const at of [0.45, 0.6, 0.85, 0.15]) {
        await scrollWordTo(page, 'átt', at);
        const word = page.locator('.article-body .w', { hasText: /^átt$/ }).first();
        await word.click();
        const pop = page.getByRole('dialog', { name: /átt/ });
        await pop.waitFor();
        await pop.getByRole('group', { name: 'Word status' }).waitFor();
        await page.waitForTimeout(100);
        const p = await box(page, '.gloss-popover');
        const w = await box(page, '.article-body .w.selected');
        const bar = await box(page, '.top-bar');
        expect(p.top, `word at ${at}`).toBeGreaterThanOrEqual(bar.bottom);
        expect(p.bottom, `word at ${at}`).toBeLessThanOrEqual(800);
        expect(p.top >= w.bottom || p.bottom <= w.top, `word at ${at}: popover covers the word`).toBe(true);
        const g = await box(page, '.gloss-popover .status-buttons');
        expect(g.bottom).toBeLessThanOrEqual(p.bottom);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
  it('keyboard: Enter moves focus into the popover, Tab goes through it and on, Escape returns to the word', async () => {
    const { context, page, errors } = await open(browser, 'laptop');
    try {
      const word = page.locator('.article-body .w', { hasText: /^átt$/ }).first();
      await word.focus();
      await page.keyboard.press('Enter');
      const pop = page.getByRole('dialog', { name: /átt/ });
      await pop.waitFor();
      await pop.getByRole('group', { name: 'Word status' }).waitFor();
      const focused = () => page.evaluate(() => ({ inPopover: !!document.activeElement?.closest('.gloss-popover'), text: document.activeElement?.textContent?.trim() ?? '', tag: document.activeElement?.tagName }));
      expect(await focused()).toMatchObject({ inPopover: true, text: 'átt', tag: 'H2' });
      // Tab visits the popover's controls (all of them before leaving it), ending with the status buttons.
      const seen: string[] = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (!f.inPopover) break;
        seen.push(f.text);
      }
      expect(seen[0]).toBe('×');
      expect(seen.slice(-4).map((t) => t.replace(/\d$/, ''))).toEqual(['New', 'Learning', 'Known', 'Ignored']);
      // Leaving it closes it.
      await expect.poll(() => pop.count()).toBe(0);
      // Open again, go to a status button and press Escape: the popover closes, focus is on the word.
      await word.focus();
      await page.keyboard.press('Enter');
      await pop.getByRole('group', { name: 'Word status' }).waitFor();
      await pop.getByRole('button', { name: /^Known/ }).focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => pop.count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('w') && document.activeElement.textContent)).toBe('átt');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
  it('phone: a tap beside a one-letter word or in the space between words picks the nearest word, never a neighbour whose letters were tapped', async () => {
    const { context, page, errors } = await open(browser, 'phone');
    try {
      // Tap points: around one-letter words in view (6 px to each side, 3 px above and below),
      // the middle of every word, and the middle of spaces between two words on one line.
      const plan = await page.evaluate(() => {
        const words = [...document.querySelectorAll<HTMLElement>('.article-body .w')];
        const inView = (e: Element) => {
          const b = e.getBoundingClientRect();
          return b.top > 80 && b.bottom < innerHeight - 40 && b.left > 20 && b.right < innerWidth - 20;
        };
        const taps: { x: number; y: number; want: number[]; what: string }[] = [];
        const index = (w: Element) => Number((w as HTMLElement).dataset.i);
        const inside = (e: Element, x: number, y: number) => {
          const b = e.getBoundingClientRect();
          return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
        };
        for (const w of words.filter((x) => x.textContent!.length === 1 && inView(x)).slice(0, 4)) {
          const b = w.getBoundingClientRect();
          const x = (b.left + b.right) / 2;
          const y = (b.top + b.bottom) / 2;
          const i = words.indexOf(w);
          for (const [px, py] of [[x - 6, y], [x + 6, y], [x, b.top - 3], [x, b.bottom + 3]]) {
            // On another word's letters that word must win; in a shared space either neighbour.
            const other = words.find((o) => o !== w && inside(o, px, py));
            const want = other ? [index(other)] : [index(w), ...[words[i - 1], words[i + 1]].filter((o) => o && Math.abs(o.getBoundingClientRect().top - b.top) < 2).map(index)];
            taps.push({ x: px, y: py, want, what: `near "${w.textContent}"` });
          }
        }
        for (const w of words.filter(inView).slice(0, 12)) {
          const b = w.getBoundingClientRect();
          taps.push({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2, want: [index(w)], what: `on "${w.textContent}"` });
        }
        let gaps = 0;
        for (let i = 0; i + 1 < words.length && gaps < 8; i++) {
          const a = words[i].getBoundingClientRect();
          const b = words[i + 1].getBoundingClientRect();
          const between = words[i].nextSibling;
          if (between !== words[i + 1].previousSibling || between?.textContent !== ' ') continue;
          if (!inView(words[i]) || !inView(words[i + 1]) || Math.abs(a.top - b.top) > 1) continue;
          gaps++;
          taps.push({ x: (a.right + b.left) / 2, y: (a.top + a.bottom) / 2, want: [index(words[i]), index(words[i + 1])], what: `space after "${words[i].textContent}"` });
        }
        return { taps, oneLetter: taps.filter((t) => t.what.startsWith('near')).length, gaps, scrollY: window.scrollY };
      });
      expect(plan.oneLetter).toBeGreaterThan(0);
      expect(plan.gaps).toBeGreaterThan(5);
      const wrong: string[] = [];
      const close = page.locator('.gloss-popover .icon-button').first();
      for (const t of plan.taps) {
        // Close the sheet first: it covers the lower half of a phone's screen.
        if (await close.isVisible()) await close.click();
        // (Opening the sheet may scroll the word into view: back to where the taps were planned.)
        await page.evaluate((y) => window.scrollTo(0, y), plan.scrollY);
        await page.waitForTimeout(50);
        await page.mouse.click(t.x, t.y);
        const got = await page.evaluate(() => Number((document.querySelector('.article-body .w.selected') as HTMLElement | null)?.dataset.i ?? -1));
        if (!t.want.includes(got)) wrong.push(`${t.what} (${Math.round(t.x)}, ${Math.round(t.y)}) → ${got}`);
      }
      expect(wrong).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
  it('keyboard instructions show with a mouse or trackpad, not on a touch-only phone', async () => {
    for (const device of ['phone', 'laptop'] as const) {
      const { context, page, errors } = await open(browser, device);
      try {
        const keyboard = device === 'laptop';
        // Review's empty state (no cards yet): the how-to sentence always, its key only with a keyboard.
        await page.goto(`${base}#/review`);
        const howTo = page.locator('.review-empty .hint');
        await howTo.waitFor();
        expect(await howTo.getByText(/^Cards come from your reading: tap or click a word and set it to Learning,/).isVisible(), device).toBe(true);
        expect(await howTo.getByText(/key 2/).isVisible(), device).toBe(keyboard);
        await page.goBack();
        await page.locator('.article-body .w.st-new').first().waitFor();
        expect(await page.getByText(/^With a keyboard: Tab into the text/).isVisible(), device).toBe(keyboard);
        expect(await page.getByText(/^Tap or click any word/).isVisible(), device).toBe(true);
        // (The footer with the keys hint renders once the article's word statuses are read.)
        await page.getByText(/^With a word selected, keys 1–4/).waitFor({ state: 'attached' });
        expect(await page.getByText(/^With a word selected, keys 1–4/).isVisible(), device).toBe(keyboard);
        await page.locator('.article-body .w', { hasText: /^átt$/ }).first().click();
        const pop = page.getByRole('dialog', { name: /átt/ });
        const known = pop.getByRole('button', { name: /^Known/ });
        await known.waitFor();
        expect(await known.locator('kbd').isVisible(), device).toBe(keyboard);
        // Review likewise: key badges and the "Keys: …" line only with a mouse or trackpad.
        await pop.getByRole('button', { name: /^Learning/ }).click();
        await page.locator('.article-body .w.st-learning').first().waitFor();
        await page.goto(`${base}#/review`);
        const reveal = page.locator('.review-reveal');
        await reveal.waitFor();
        expect(await reveal.locator('kbd').isVisible(), device).toBe(keyboard);
        expect(await page.getByText(/^Keys: Space shows the answer/).isVisible(), device).toBe(keyboard);
        await reveal.click();
        await page.locator('.review-answers .answer').first().waitFor();
        expect(await page.locator('.review-answers kbd').first().isVisible(), device).toBe(keyboard);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
  it('new words have one quiet cue (a dotted underline, no background), distinct from learning and known words in both themes', async () => {
    const { context, page, errors } = await open(browser, 'laptop');
    try {
      // Make one word "learning" and one "known" through the popover.
      for (const [word, status] of [['átt', 'Learning'], ['hefur', 'Known']] as const) {
        await page.locator('.article-body .w', { hasText: new RegExp(`^${word}$`) }).first().click();
        const pop = page.getByRole('dialog', { name: new RegExp(word) });
        await pop.getByRole('button', { name: new RegExp(`^${status}`) }).click();
        await expect.poll(() => pop.getByRole('button', { name: new RegExp(`^${status}`) }).getAttribute('aria-pressed')).toBe('true');
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      }
      await page.mouse.move(0, 0);
      for (const theme of ['light', 'dark']) {
        await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
        const look = await page.evaluate(() => {
          const style = (sel: string) => {
            const el = [...document.querySelectorAll<HTMLElement>(sel)].find((e) => !e.classList.contains('selected'))!;
            const s = getComputedStyle(el);
            return { bg: s.backgroundColor, line: s.textDecorationLine, style: s.textDecorationStyle };
          };
          return { fresh: style('.article-body .w.st-new'), learning: style('.article-body .w.st-learning'), known: style('.article-body .w:not(.st-new):not(.st-learning)') };
        });
        const clear = 'rgba(0, 0, 0, 0)';
        expect(look.fresh, theme).toEqual({ bg: clear, line: 'underline', style: 'dotted' });
        expect(look.learning.bg, theme).not.toBe(clear);
        expect(look.learning.style, theme).toBe('solid');
        expect(look.known, theme).toMatchObject({ bg: clear, line: 'none' });
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opening an article: the first frame with words fills the screen, and its words are already coloured', async () => {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1280, height: 800 },
      { width: 2560, height: 1440 },
    ]) {
      const context = await browser.newContext({ viewport });
      await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
      const page = await context.newPage();
      try {
        await page.goto(base);
        const link = page.getByRole('link', { name: SEED_TITLE });
        await link.waitFor({ timeout: 30000 });
        const href = await link.getAttribute('href');
        // Checked in the first animation frame in which any word is in the page.
        const first = await page.evaluate(async (h) => {
          location.hash = h!;
          await new Promise<void>((resolve) => {
            const check = () => (document.querySelector('.article-body .w') ? resolve() : requestAnimationFrame(check));
            check();
          });
          const ps = document.querySelectorAll('.article-body p');
          return {
            bottom: ps[ps.length - 1].getBoundingClientRect().bottom + scrollY,
            screen: innerHeight,
            words: document.querySelectorAll('.article-body .w').length,
            coloured: document.querySelectorAll('.article-body .w.st-new, .article-body .w.st-learning').length,
          };
        }, href);
        expect(first.bottom, `${viewport.width}×${viewport.height}`).toBeGreaterThanOrEqual(first.screen);
        expect(first.coloured, `${viewport.width}×${viewport.height}`).toBeGreaterThan(first.words / 2);
        // The rest of the article and the footer follow.
        await page.getByTestId('article-known').waitFor();
      } finally {
        await context.close();
      }
    }
  });
});
