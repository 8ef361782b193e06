import { inject } from 'vitest';
import { sharedBrowser } from './app';

const base = inject('baseUrl');

const para = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Þetta er málsgrein númer ${i + 1} í greininni og hún fjallar um veðrið á Íslandi í vetur. Veðurfræðingar spá hlýindum næstu daga.</p>`).join('');

/**
 * A page wrapped in one form (old ASP.NET sites) whose controls are named like properties of a
 * form. In Chromium such a name hides the property (DOM clobbering: jsdom has no such named
 * properties), and DOMPurify then removed the form with the whole article in it.
 */
describe('HTML import of a page wrapped in a form, in Chromium', () => {
  const browser = sharedBrowser();

  it.each([
    { control: '<input type="hidden" name="attributes" value="CONTROL-LEAK">' },
    { control: '<input name="nodeName" value="CONTROL-LEAK">' },
    { control: '<img src="x" name="attributes" onerror="window.__pwned = 1">' },
    { control: '<button name="textContent" formaction="javascript:window.__pwned = 2">CONTROL-LEAK</button>' },
  ])('keeps the article with $control, and runs and keeps no code', async ({ control }) => {
    const { page } = browser();
    await page.goto(`${base}#/import`);
    await page.reload();
    const html = `<!doctype html><html><head><title>Ný brú opnuð</title></head><body><form id="aspnetForm" method="post" action="javascript:window.__pwned = 3">${control}<div id="content"><article><h1>Ný brú opnuð</h1>${para(4)}<p onclick="window.__pwned = 4">Lesið meira <a href="javascript:window.__pwned = 5">hér</a>.</p><script>window.__pwned = 6</script></article></div></form></body></html>`;
    await page.locator('input[type=file]').setInputFiles({ name: 'frett.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    const title = page.getByLabel('Title', { exact: true });
    await title.waitFor({ timeout: 30000 });
    const body = (await page.locator('.preview-body').textContent()) ?? '';
    for (let i = 1; i <= 4; i++) expect(body).toContain(`Þetta er málsgrein númer ${i} `);
    expect(body).toContain('Lesið meira hér.');
    expect(body).not.toMatch(/LEAK|pwned|javascript/u);
    expect(await page.locator('.preview-body script, .preview-body img, .preview-body a, .preview-body input').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
