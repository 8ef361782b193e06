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
