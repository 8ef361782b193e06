import { readFileSync } from 'node:fs';
import { launchChromium } from './chromium';

/** At 375 px the fixed toast spans the bottom of the screen: a control focused below it is scrolled clear. */
describe('toast and keyboard focus on a phone (app stylesheet, Chromium)', () => {
  it('Tab to a control where the toast is scrolls it above the toast', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 375, height: 640 } });
      await page.setContent(
        `<div class="app"><main id="main"><div style="height:580px"></div><button id="target">x</button><div style="height:1500px"></div></main>` +
          `<div class="toasts" role="status"><div class="toast toast-info"><span>Deleted “Grein” from the library.</span><button>Undo</button><button class="icon-button">×</button></div></div></div>`,
      );
      await page.addStyleTag({ content: readFileSync('src/app/styles.css', 'utf8') });
      await page.focus('body');
      await page.keyboard.press('Tab');
      const r = await page.evaluate(() => ({
        focused: document.activeElement?.id,
        bottom: document.getElementById('target')!.getBoundingClientRect().bottom,
        toastTop: document.querySelector('.toasts')!.getBoundingClientRect().top,
      }));
      expect(r.focused).toBe('target');
      expect(r.bottom).toBeLessThanOrEqual(r.toastTop);
    } finally {
      await browser.close();
    }
  }, 60_000);

  /** The page as Toasts.tsx leaves it: the toast region's measured height on the root (`--toasts-height`). */
  async function withToast(message: string, targetTop = 560) {
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 375, height: 640 } });
    await page.setContent(
      `<div class="app"><main id="main"><div style="height:${targetTop}px"></div><button id="target">x</button><div style="height:1500px"></div></main>` +
        `<div class="toasts" role="status"><div class="toast toast-info"><span>${message}</span><button>Undo</button><button class="icon-button">×</button></div></div></div>`,
    );
    await page.addStyleTag({ content: readFileSync('src/app/styles.css', 'utf8') });
    await page.evaluate(() => {
      const h = Math.ceil(document.querySelector('.toasts')!.getBoundingClientRect().height);
      document.documentElement.style.setProperty('--toasts-height', `${h}px`);
    });
    return { browser, page };
  }

  it('a tall toast (a long title wrapping to many lines) keeps the focused control above it too', async () => {
    // The control sits where a two-line toast would leave it clear, but this one reaches over it.
    const { browser, page } = await withToast(`Deleted “${'Langur titill á frétt um kjaramál '.repeat(4)}” from the library.`, 440);
    try {
      await page.focus('body');
      await page.keyboard.press('Tab');
      const r = await page.evaluate(() => ({
        focused: document.activeElement?.id,
        bottom: document.getElementById('target')!.getBoundingClientRect().bottom,
        toastTop: document.querySelector('.toasts')!.getBoundingClientRect().top,
      }));
      expect(r.toastTop).toBeLessThan(640 - 7 * 16); // taller than the room the page used to keep
      expect(r.focused).toBe('target');
      expect(r.bottom).toBeLessThanOrEqual(r.toastTop);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('a one-line toast takes no more room than it needs', async () => {
    const { browser, page } = await withToast('Saved.');
    try {
      const r = await page.evaluate(() => ({
        padding: parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom),
        room: innerHeight - document.querySelector('.toasts')!.getBoundingClientRect().top,
      }));
      expect(r.padding).toBeGreaterThanOrEqual(r.room);
      expect(r.padding).toBeLessThanOrEqual(r.room + 16);
      expect(r.padding).toBeLessThan(7 * 16);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

/**
 * Tablets and small laptops: the toast sits at the bottom right, 24rem wide, over the right part of
 * the page's 46rem column (a row's Delete button, a list's ×) until the window is wide enough (78rem)
 * for it to sit in the margin beside the column.
 */
describe('toast and keyboard focus at medium widths (app stylesheet, Chromium)', () => {
  const LONG = `Deleted “${'Langur titill á frétt um kjaramál '.repeat(3)}” from the library.`;

  /** A page whose control (`#target`, at the right of the column like a row's Delete) is `above` px of content down, with `after` px below it; the toast as Toasts.tsx leaves it. */
  async function page(width: number, height: number, message: string, above: number, after: number, listEditor = false) {
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width, height } });
    await page.setContent(
      `<div class="app"><main id="main"><div${listEditor ? ' class="list-editor"' : ''}><div style="height:${above}px"></div>` +
        `<div class="row-actions" style="justify-content:flex-end"><button id="target" class="link-button danger">Delete</button></div>` +
        `<div style="height:${after}px"></div></div></main>` +
        `<div class="toasts" role="status"><div class="toast toast-info"><span>${message}</span><button>Undo</button><button class="icon-button">×</button></div></div></div>`,
    );
    await page.addStyleTag({ content: readFileSync('src/app/styles.css', 'utf8') });
    if (listEditor) await page.addStyleTag({ content: readFileSync('src/features/lists/lists.css', 'utf8') });
    await page.evaluate(() => {
      document.body.style.margin = '0';
      const h = Math.ceil(document.querySelector('.toasts')!.getBoundingClientRect().height);
      document.documentElement.style.setProperty('--toasts-height', `${h}px`);
    });
    return { browser, page };
  }

  const tabToTarget = async (p: import('playwright-core').Page) => {
    await p.focus('body');
    await p.keyboard.press('Tab');
    return p.evaluate(() => {
      const t = document.getElementById('target')!.getBoundingClientRect();
      const toast = document.querySelector('.toasts')!.getBoundingClientRect();
      return {
        focused: document.activeElement?.id,
        bottom: t.bottom,
        toastTop: toast.top,
        // The toast reaches over the control's column (so it could cover it).
        overlapsColumn: toast.left < t.right && toast.right > t.left,
      };
    });
  };

  for (const width of [800, 1024]) {
    it(`at ${width} px, Tab to a control at the right of the column where the toast is scrolls it above the toast`, async () => {
      // The control sits just above the bottom of the window: in view, but behind the toast.
      const { browser, page: p } = await page(width, 700, 'Deleted “Grein” from the library.', 630, 1500);
      try {
        const r = await tabToTarget(p);
        expect(r.overlapsColumn).toBe(true);
        expect(r.focused).toBe('target');
        expect(r.bottom).toBeLessThanOrEqual(r.toastTop);
      } finally {
        await browser.close();
      }
    }, 60_000);
  }

  it('at 900 px, the last control of a short page clears a tall toast: the page ends that far above the bottom', async () => {
    // Nothing after the control but main's own padding: the page cannot scroll it any higher than that.
    const { browser, page: p } = await page(900, 700, LONG, 560, 0);
    try {
      const tall = await p.evaluate(() => document.querySelector('.toasts')!.getBoundingClientRect().height);
      expect(tall).toBeGreaterThan(6 * 16 - 16); // taller than main's usual bottom padding leaves room for
      const r = await tabToTarget(p);
      expect(r.overlapsColumn).toBe(true);
      expect(r.focused).toBe('target');
      expect(r.bottom).toBeLessThanOrEqual(r.toastTop);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('at 1280 px the toast is beside the column, not over it: no room is kept for it', async () => {
    const { browser, page: p } = await page(1280, 700, LONG, 630, 1500);
    try {
      const r = await p.evaluate(() => {
        const main = document.querySelector('main')!;
        const cs = getComputedStyle(main);
        const m = main.getBoundingClientRect();
        return {
          contentRight: m.right - parseFloat(cs.paddingRight),
          toastLeft: document.querySelector('.toasts')!.getBoundingClientRect().left,
          scrollPadding: getComputedStyle(document.documentElement).scrollPaddingBottom,
          mainPadding: parseFloat(cs.paddingBottom),
        };
      });
      expect(r.toastLeft).toBeGreaterThanOrEqual(r.contentRight);
      expect(r.scrollPadding).toBe('auto');
      expect(r.mainPadding).toBe(6 * 16);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('at 1440 px the wider list editor still reaches under the toast: a control there is scrolled clear', async () => {
    const { browser, page: p } = await page(1440, 700, 'Removed “hestur” from the list.', 630, 1500, true);
    try {
      const r = await tabToTarget(p);
      expect(r.overlapsColumn).toBe(true);
      expect(r.focused).toBe('target');
      expect(r.bottom).toBeLessThanOrEqual(r.toastTop);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
