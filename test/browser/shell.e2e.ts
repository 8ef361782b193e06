import { inject } from 'vitest';
import { type Browser as PwBrowser, type Page } from 'playwright-core';
import { type DeviceOptions, newDeviceContext, SEED_TITLE } from './app';
import { launchChromium } from './chromium';

const base = inject('baseUrl');

const DESTINATIONS = ['#/', '#/review', '#/vocabulary', '#/progress', '#/lists', '#/settings', '#/about'];

/** A new context of this size, in British English unless `locale` says otherwise, with the page's errors collected. */
const open = (browser: PwBrowser, opts: DeviceOptions) => newDeviceContext(browser, { ...opts, locale: opts.locale ?? 'en-GB' });

/** The nav links and buttons that are shown: href (or label), box, and whether the label is cut. */
function shownNavControls(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.top-bar nav a, .top-bar nav button'))
      .filter((el) => el.getBoundingClientRect().width > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          id: el.getAttribute('href') ?? el.textContent!.trim(),
          text: el.textContent!.trim(),
          left: r.left,
          right: r.right,
          height: r.height,
          cut: el.scrollWidth > el.clientWidth + 1,
          inMenu: !!el.closest('.nav-menu'),
        };
      }),
  );
}

describe('app shell: navigation, focus, status messages', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [lng, locale, more] of [
    ['en', 'en-GB', 'More'],
    ['is', 'is-IS', 'Meira'],
  ] as const) {
    it(`phone (360 px, ${lng}): every destination is in the bar or in the More menu, nothing cut or off screen`, async () => {
      const { context, page, errors } = await open(browser, { width: 360, height: 740, phone: true, locale });
      try {
        await page.goto(base);
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30000 });
        const bar = await shownNavControls(page);
        for (const c of bar) {
          expect(c.cut, c.text).toBe(false);
          expect(c.left, c.text).toBeGreaterThanOrEqual(0);
          expect(c.right, c.text).toBeLessThanOrEqual(360);
          expect(c.height, c.text).toBeGreaterThanOrEqual(44);
        }
        const button = page.getByRole('button', { name: more });
        expect(await button.getAttribute('aria-expanded')).toBe('false');
        await button.tap();
        expect(await button.getAttribute('aria-expanded')).toBe('true');
        const all = await shownNavControls(page);
        const menu = all.filter((c) => c.inMenu);
        expect(menu.length).toBeGreaterThan(0);
        for (const c of menu) {
          expect(c.cut, c.text).toBe(false);
          expect(c.left, c.text).toBeGreaterThanOrEqual(0);
          expect(c.right, c.text).toBeLessThanOrEqual(360);
          expect(c.height, c.text).toBeGreaterThanOrEqual(44);
        }
        expect([...new Set(all.map((c) => c.id).filter((id) => id.startsWith('#')))].sort()).toEqual([...DESTINATIONS].sort());
        // A destination in the menu opens; the menu closes.
        await page.locator('.nav-menu a[href="#/settings"]').tap();
        await page.waitForFunction(() => location.hash === '#/settings');
        expect(await button.getAttribute('aria-expanded')).toBe('false');
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  for (const [label, width, height, touch] of [
    ['phone', 360, 740, true],
    ['laptop', 1280, 800, false],
  ] as const) {
    it(`${label}: the top bar stays at the top while a long page scrolls, and a control Shift+Tab reaches is not hidden under it`, async () => {
      const { context, page, errors } = await open(browser, { width, height, phone: touch });
      try {
        await page.goto(`${base}#/settings`);
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30000 });
        expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(height + 400);
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await page.waitForTimeout(100);
        const bar = await page.evaluate(() => {
          const r = document.querySelector('.top-bar')!.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom };
        });
        expect(bar.top).toBe(0);
        // Back up through the page's controls from its end: each one focused lies below the bar.
        await page.locator('main').evaluate((m) => {
          const all = m.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea');
          all[all.length - 1].focus();
        });
        for (let k = 0; k < 12; k++) {
          await page.keyboard.press('Shift+Tab');
          const f = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            const r = el.getBoundingClientRect();
            return { inMain: !!el.closest('main'), top: r.top, text: (el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 40) };
          });
          if (!f.inMain) break;
          expect(f.top, f.text).toBeGreaterThanOrEqual(bar.bottom);
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('small phones (320 and 360 px, Icelandic, with a due count on Review): the bar stays one row', async () => {
    for (const width of [320, 360]) {
      const { context, page } = await open(browser, { width, height: 640, phone: true, locale: 'is-IS' });
      try {
        await page.goto(base);
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30000 });
        const rows = await page.evaluate(() => {
          const review = document.querySelector('.top-bar a[href="#/review"]')!;
          if (!review.querySelector('.nav-badge')) {
            const badge = document.createElement('span');
            badge.className = 'nav-badge';
            badge.textContent = '128';
            review.appendChild(badge);
          }
          const tops = Array.from(document.querySelectorAll('.top-bar > a, .top-bar .nav-list > li'))
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.width > 0)
            .map((r) => Math.round(r.top));
          return { tops: [...new Set(tops)], right: Math.max(...Array.from(document.querySelectorAll('.top-bar .nav-list > li')).map((el) => el.getBoundingClientRect().right)) };
        });
        expect(rows.tops, `${width}px`).toHaveLength(1);
        expect(rows.right, `${width}px`).toBeLessThanOrEqual(width);
      } finally {
        await context.close();
      }
    }
  });

  it('laptop: all destinations in the bar, no More button; focus rings on nav links are not clipped; no ring on <main> after keyboard navigation', async () => {
    const { context, page, errors } = await open(browser, { width: 1280, height: 800 });
    try {
      await page.goto(base);
      await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30000 });
      const bar = await shownNavControls(page);
      expect(bar.map((c) => c.id)).toEqual(DESTINATIONS);
      await page.keyboard.press('Tab'); // skip link
      await page.keyboard.press('Tab'); // brand
      await page.keyboard.press('Tab'); // Library
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        const grow = parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth);
        const r = el.getBoundingClientRect();
        const box = { left: r.left - grow, right: r.right + grow, top: r.top - grow, bottom: r.bottom + grow };
        // Every ancestor that clips must contain the whole ring.
        const clippedBy: string[] = [];
        for (let p = el.parentElement; p && p !== document.documentElement; p = p.parentElement) {
          const ps = getComputedStyle(p);
          if (ps.overflowX === 'visible' && ps.overflowY === 'visible') continue;
          const pr = p.getBoundingClientRect();
          if (box.left < pr.left || box.right > pr.right || box.top < pr.top || box.bottom > pr.bottom) clippedBy.push(p.tagName);
        }
        return { href: el.getAttribute('href'), style: s.outlineStyle, width: parseFloat(s.outlineWidth), clippedBy };
      });
      expect(ring).toEqual({ href: '#/', style: 'solid', width: 3, clippedBy: [] });
      // Enter on "Settings": focus moves to <main>, which draws no ring.
      for (let i = 0; i < 20; i++) {
        if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === '#/settings') break;
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      const main = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return { tag: el.tagName, outline: s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? 'none' : s.outlineStyle };
      });
      expect(main).toEqual({ tag: 'MAIN', outline: 'none' });
      // Tab from there reaches a control, with a visible ring.
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(next).toBe('solid');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the loading status does not move the page; an unknown address offers the way back; links are big enough to tap', async () => {
    const { context, page, errors } = await open(browser, { width: 360, height: 740, phone: true });
    try {
      await page.goto(base);
      const heading = page.getByRole('heading', { level: 1 }).first();
      await heading.waitFor({ timeout: 30000 });
      const before = (await heading.boundingBox())!.y;
      const pill = await page.evaluate(() => {
        const el = document.querySelector('.worker-pill');
        return el ? getComputedStyle(el).position : 'gone';
      });
      expect(['fixed', 'gone']).toContain(pill);
      await page.waitForFunction(() => performance.getEntriesByName('lesa:worker-ready').length > 0, null, { timeout: 30000 });
      await page.waitForTimeout(100);
      expect((await heading.boundingBox())!.y).toBe(before);

      await page.goto(`${base}#/no-such-page`);
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      const back = page.getByRole('link', { name: 'Go to your library' });
      expect((await back.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await back.tap();
      await page.getByRole('link', { name: SEED_TITLE }).waitFor({ timeout: 30000 });

      // A link on its own line ("← Library" on the reader's not-found page) gets a 44 px target,
      // and tapping its padding hits it.
      await page.goto(`${base}#/read/99999`);
      const lib = page.locator('main section > a').first();
      await lib.waitFor();
      const box = (await lib.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(43.5);
      const hit = await page.evaluate(
        ({ x, y }) => !!document.elementFromPoint(x, y)?.closest('main section > a'),
        { x: box.x + box.width / 2, y: box.y + 3 },
      );
      expect(hit).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
