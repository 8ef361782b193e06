import type { Browser as PwBrowser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { newDeviceContext, openLibrary } from './app';
import { launchChromium } from './chromium';

const base = inject('baseUrl');

/**
 * Pasted text the Import page refuses, or a file the list import refuses: the text field shows it, not only the message above — a
 * thicker border in the theme's danger colour, a double one with forced colours (where the page's
 * colours are replaced) — and goes back to normal when the learner edits the text.
 */
const SCHEMES = [
  { name: 'light', colorScheme: 'light', forcedColors: 'none' },
  { name: 'dark', colorScheme: 'dark', forcedColors: 'none' },
  { name: 'forced colours', colorScheme: 'light', forcedColors: 'active' },
] as const;

const border = (page: Page, selector = '#import-text') =>
  page.locator(selector).evaluate((el) => {
    const s = getComputedStyle(el);
    // The theme's danger colour, resolved the way the browser resolves the border's.
    const probe = document.createElement('span');
    probe.style.color = 'var(--danger)';
    document.body.append(probe);
    const danger = getComputedStyle(probe).color;
    probe.remove();
    const box = el.getBoundingClientRect();
    const invalid = (el.matches('label') ? el.querySelector('input')! : el).getAttribute('aria-invalid');
    return { width: s.borderTopWidth, style: s.borderTopStyle, color: s.borderTopColor, danger, size: [box.width, box.height], invalid };
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

  it.each(SCHEMES)('$name: a refused word-list file marks the file button, which stays for the next file', async ({ colorScheme, forcedColors }) => {
    const { context, page, errors } = await newDeviceContext(browser, { width: 1280, height: 800, locale: 'en-US' });
    try {
      await page.emulateMedia({ colorScheme, forcedColors });
      await openLibrary(page, base);
      await page.goto(`${base}#/lists`);
      const choose = page.getByLabel('Choose a file…');
      await choose.waitFor({ state: 'attached' });
      const before = await border(page, '.list-import .file-button');
      expect(before).toMatchObject({ width: '1px', invalid: null });

      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
      await choose.setInputFiles({ name: 'orð.csv', mimeType: 'text/csv', buffer: png });
      await page.getByRole('alert').filter({ hasText: 'This is not a text file.' }).waitFor();
      const refused = await border(page, '.list-import .file-button');
      expect(refused.invalid).toBe('true');
      if (forcedColors === 'active') expect(refused).toMatchObject({ width: '4px', style: 'double' });
      else expect(refused).toMatchObject({ width: '2px', style: 'solid', color: refused.danger });
      expect(refused.size).toEqual(before.size);

      // A BOM-less UTF-16 CSV chosen next is read, Icelandic letters intact.
      const csv = 'Lemma,Gloss\nþyrping,cluster\næður,eider\n';
      await choose.setInputFiles({ name: 'orð.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf16le') });
      const preview = page.getByRole('table', { name: 'The first rows of the file' });
      await preview.waitFor();
      expect(await preview.textContent()).toContain('þyrping');
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
