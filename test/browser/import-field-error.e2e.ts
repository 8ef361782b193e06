import type { Browser as PwBrowser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { newDeviceContext, openLibrary } from './app';
import { launchChromium } from './chromium';

const base = inject('baseUrl');

/**
 * Pasted text the Import page refuses: the text field shows it, not only the message above — a
 * thicker border in the theme's danger colour, a double one with forced colours (where the page's
 * colours are replaced) — and goes back to normal when the learner edits the text.
 */
const SCHEMES = [
  { name: 'light', colorScheme: 'light', forcedColors: 'none' },
  { name: 'dark', colorScheme: 'dark', forcedColors: 'none' },
  { name: 'forced colours', colorScheme: 'light', forcedColors: 'active' },
] as const;

const border = (page: Page) =>
  page.locator('#import-text').evaluate((el) => {
    const s = getComputedStyle(el);
    // The theme's danger colour, resolved the way the browser resolves the border's.
    const probe = document.createElement('span');
    probe.style.color = 'var(--danger)';
    document.body.append(probe);
    const danger = getComputedStyle(probe).color;
    probe.remove();
    const box = el.getBoundingClientRect();
    return { width: s.borderTopWidth, style: s.borderTopStyle, color: s.borderTopColor, danger, size: [box.width, box.height], invalid: el.getAttribute('aria-invalid') };
  });

describe('a refused paste on the text field, in Chromium', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(SCHEMES)('$name: marked while the error stands, normal again once edited, the text kept', async ({ colorScheme, forcedColors }) => {
    const { context, page, errors } = await newDeviceContext(browser, { width: 1280, height: 800, locale: 'en-US' });
    try {
      await page.emulateMedia({ colorScheme, forcedColors });
      await openLibrary(page, base);
      await page.goto(`${base}#/import`);
      const box = page.getByLabel('Paste an article');
      const before = await border(page);
      expect(before).toMatchObject({ width: '1px', style: 'solid', invalid: null });

      await box.fill('   ');
      await page.getByRole('button', { name: 'Clean up and preview' }).click();
      await page.getByRole('alert').filter({ hasText: 'the text is empty' }).waitFor();
      const refused = await border(page);
      expect(refused.invalid).toBe('true');
      if (forcedColors === 'active') {
        expect(refused).toMatchObject({ width: '4px', style: 'double' });
      } else {
        expect(refused).toMatchObject({ width: '2px', style: 'solid', color: refused.danger });
        expect(refused.color).not.toBe(before.color);
      }
      // The field does not grow or shrink: the padding takes back the thicker border.
      expect(refused.size).toEqual(before.size);

      await box.pressSequentially('Halló');
      expect(await border(page)).toMatchObject({ width: '1px', style: 'solid', invalid: null });
      expect(await box.inputValue()).toBe('   Halló');
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
