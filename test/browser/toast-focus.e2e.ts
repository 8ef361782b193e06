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
});
