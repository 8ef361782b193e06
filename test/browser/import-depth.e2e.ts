import { inject } from 'vitest';
import { sharedBrowser } from './app';

const base = inject('baseUrl');

/**
 * Deeply nested pages in Chromium, whose parser builds no deeper than 512 levels: elements
 * deeper go beside their parent while their text stays, so the deepest paragraphs of a page
 * flattened to 512 levels (plus <html> and <body>) ran together. Every paragraph must stay one.
 */
const sentence = (i: number) => `Málsgrein ${i} fjallar um veðrið á Íslandi í vetur.`;
const pages = [
  {
    name: 'tables in tables, 300 deep',
    file: 'toflur.html',
    html: `<html><head><title>Djúpar töflur</title></head><body>${Array.from({ length: 300 }, (_, i) => `<table><tr><td><p>${sentence(i)}</p>`).join('')}</body></html>`,
    paragraphs: 300,
  },
  {
    name: 'an unclosed <b> in each of 300 paragraphs, opened again in every later block',
    file: 'feitletrun.html',
    html: `<html><head><title>Feitletrun</title></head><body>${Array.from({ length: 300 }, (_, i) => `<p><b>${sentence(i)}</p><div>${sentence(1000 + i)}`).join('')}</body></html>`,
    paragraphs: 600,
  },
];

describe('deeply nested HTML import in Chromium', () => {
  const browser = sharedBrowser();

  it.each(pages)('$name: every paragraph stays a paragraph of its own', async ({ file, html, paragraphs }) => {
    const { page } = browser();
    await page.goto(`${base}#/import`);
    // (A fresh import form, not the previous test's preview.)
    await page.reload();
    await page.locator('input[type=file]').setInputFiles({ name: file, mimeType: 'text/html', buffer: Buffer.from(html) });
    await page.getByLabel('Title', { exact: true }).waitFor({ timeout: 30000 });
    const texts = await page.locator('.preview-body p').allTextContents();
    const joined = texts.filter((t) => (t.match(/Málsgrein/gu) ?? []).length !== 1);
    expect(joined.map((t) => t.slice(0, 200))).toEqual([]);
    expect(texts).toHaveLength(paragraphs);
    expect(browser().errors).toEqual([]);
  });
});
