import type { Browser as PwBrowser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { newDeviceContext, type Opened, openLibrary } from './app';
import { launchChromium } from './chromium';

const base = inject('baseUrl');

/**
 * Bad input on the Import page and in Settings → Backup, as a learner meets it on a phone and on a
 * desktop, in English and Icelandic: a clear message, nothing typed is lost, focus stays usable.
 */
const SIZES = [
  { width: 360, height: 740, lng: 'is' },
  { width: 1280, height: 800, lng: 'en' },
] as const;

const T = {
  en: {
    paste: 'Paste an article',
    clean: 'Clean up and preview',
    nothingLeft: 'Cleaning took out all of this text',
    saveNeedsText: 'Restore some text below to save the article.',
    restore: 'Restore',
    save: 'Save to library',
    noWords: 'There are no words in this text',
  },
  is: {
    paste: 'Límdu inn grein',
    clean: 'Hreinsa og forskoða',
    nothingLeft: 'Hreinsunin tók allan þennan texta út',
    saveNeedsText: 'Settu aftur inn texta hér fyrir neðan til að vista greinina.',
    restore: 'Setja aftur inn',
    save: 'Vista í safnið',
    noWords: 'Í þessum texta eru engin orð',
  },
};

const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('bad input in Chromium', () => {
  let browser: PwBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(size: (typeof SIZES)[number]): Promise<Opened> {
    const opened = await newDeviceContext(browser, { width: size.width, height: size.height, locale: size.lng === 'is' ? 'is-IS' : 'en-US' });
    await openLibrary(opened.page, base);
    return opened;
  }

  it.each(SIZES)('one line with no full stop ($lng, $width px): not refused; restored from Removed, saved and read', async (size) => {
    const t = T[size.lng];
    const { context, page, errors } = await open(size);
    try {
      await page.goto(`${base}#/import`);
      await page.getByLabel(t.paste).fill('Halló heimur');
      await page.getByRole('button', { name: t.clean }).click();
      await page.getByRole('alert').filter({ hasText: t.nothingLeft }).waitFor();
      const save = page.getByRole('button', { name: t.save });
      expect(await save.isDisabled()).toBe(true);
      expect(await page.getByText(t.saveNeedsText).isVisible()).toBe(true);
      expect(await overflows(page)).toBe(false);

      await page.getByRole('button', { name: t.restore }).click();
      expect(await page.locator('.preview-body').textContent()).toBe('Halló heimur');
      expect(await page.getByRole('alert').count()).toBe(0);
      await save.click();
      await page.getByRole('heading', { level: 1, name: 'Halló heimur' }).waitFor({ timeout: 30000 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(SIZES)('punctuation only ($lng, $width px): "no words", the text is kept', async (size) => {
    const t = T[size.lng];
    const { context, page } = await open(size);
    try {
      await page.goto(`${base}#/import`);
      const text = '... !!! ??? — «» 12 345 %';
      await page.getByLabel(t.paste).fill(text);
      await page.getByRole('button', { name: t.clean }).click();
      await page.getByRole('alert').filter({ hasText: t.noWords }).waitFor();
      expect(await page.getByLabel(t.paste).inputValue()).toBe(text);
    } finally {
      await context.close();
    }
  });

  it('files dropped beside the paste box (heading, menu) are taken, not opened by the browser in place of the app', async () => {
    const { context, page, errors } = await open(SIZES[1]);
    try {
      await page.goto(`${base}#/import`);
      await page.getByLabel(T.en.paste).fill('Texti sem ég vil ekki missa.');
      /** Drops a file made in the page on `selector`; whether the browser's own handling (opening it) was stopped. */
      const drop = (selector: string, name: string, bytes: number[] | string) =>
        page.evaluate(
          ({ selector, name, bytes }) => {
            const dt = new DataTransfer();
            const data = typeof bytes === 'string' ? bytes : new Uint8Array(bytes);
            dt.items.add(new File([data], name));
            const target = document.querySelector(selector)!;
            const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt });
            const dropped = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt });
            target.dispatchEvent(over);
            target.dispatchEvent(dropped);
            return over.defaultPrevented && dropped.defaultPrevented;
          },
          { selector, name, bytes },
        );
      expect(await drop('h1', 'mynd.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])).toBe(true);
      await page.getByRole('alert').filter({ hasText: 'mynd.png: This file is not text or HTML' }).waitFor();
      expect(await page.getByLabel(T.en.paste).inputValue()).toBe('Texti sem ég vil ekki missa.');
      expect(await drop('nav', 'vedur.txt', 'Veðrið kólnar um helgina\n\nBúist er við kólnandi veðri um allt land um helgina. Veðurstofan spáir norðanátt.')).toBe(true);
      expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Veðrið kólnar um helgina');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a refused backup file: the message is shown and keyboard focus is back on the file button, not lost to the page', async () => {
    const { context, page } = await open(SIZES[1]);
    try {
      await page.goto(`${base}#/settings`);
      const choose = page.getByLabel('Restore from a backup file…');
      for (const file of [
        { name: 'other-app.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"anki","decks":[]}') },
        { name: 'cut.lesa-backup.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"lesa-backup","version":1,"tables":{"articles":[{"id":1,"ti') },
      ]) {
        await choose.focus();
        await choose.setInputFiles(file);
        await page.getByRole('alert').waitFor();
        await expect.poll(() => choose.evaluate((el) => el === document.activeElement)).toBe(true);
      }
    } finally {
      await context.close();
    }
  });
});
