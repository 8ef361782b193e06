import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { SEED_TITLE, sharedBrowser } from './app';

const base = inject('baseUrl');
const SEED = readFileSync('seeds/000_997d414b72122f8f.txt', 'utf8');

describe('import in Chromium', () => {
  const browser = sharedBrowser();

  it('pasting the sample again is detected as a duplicate and offers the existing article', async () => {
    const { page } = browser();
    await page.goto(base);
    await page.getByRole('link', { name: SEED_TITLE }).waitFor({ timeout: 30000 });
    await page.goto(`${base}#/import`);
    await page.getByLabel('Paste an article').fill(SEED);
    await page.getByRole('button', { name: 'Clean up and preview' }).click();
    await page.getByRole('button', { name: 'Save to library' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('already in your library');
    await alert.getByRole('link', { name: 'Open the existing one' }).click();
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
  });

  it('delete the sample, paste it, check the preview, restore a block, save and read it', async () => {
    const { page } = browser();
    await page.goto(base);
    await page.getByRole('button', { name: `Delete “${SEED_TITLE}”` }).click();
    await expect.poll(() => page.getByRole('link', { name: SEED_TITLE }).count()).toBe(0);

    await page.goto(`${base}#/import`);
    await page.getByLabel('Paste an article').fill(SEED);
    await page.getByRole('button', { name: 'Clean up and preview' }).click();

    const title = page.getByLabel('Title', { exact: true });
    expect(await title.inputValue()).toBe(SEED_TITLE);
    const body = (await page.locator('.preview-body').textContent()) ?? '';
    expect(body).not.toContain('Mest lesið');
    expect(body).not.toContain('Sjá meira');
    expect(body).not.toMatch(/Sjá einnig/);
    expect(body).toContain('Elon Musk');
    const removed = page.locator('.removed-list > li');
    const removedBefore = await removed.count();
    expect(removedBefore).toBeGreaterThan(2);

    // Restoring a block moves it back into the body.
    const paragraphsBefore = await page.locator('.preview-body p').count();
    await removed.first().getByRole('button', { name: 'Restore' }).click();
    expect(await removed.count()).toBe(removedBefore - 1);
    expect(await page.locator('.preview-body p').count()).toBe(paragraphsBefore + 1);

    await title.fill(`${SEED_TITLE} (mín útgáfa)`);
    await page.getByRole('button', { name: 'Save to library' }).click();
    await page.getByRole('heading', { level: 1, name: `${SEED_TITLE} (mín útgáfa)` }).waitFor({ timeout: 30000 });
    expect(await page.locator('.byline').textContent()).toContain('Samúel Karl Ólason');

    // The saved article reads like any other: tap a word.
    await page.locator('.article-body .w', { hasText: /^Bandaríkjanna$/ }).first().click();
    const pop = page.getByRole('dialog', { name: /Bandaríkjanna/ });
    await pop.waitFor();
    expect(await pop.getByTestId('gloss-lemma').textContent()).toBe('Bandaríkin');
    expect(browser().errors).toEqual([]);
  });

  it('opens an HTML file: only its readable text is kept, scripts never run', async () => {
    const { page } = browser();
    await page.goto(`${base}#/import`);
    const html = `<!doctype html><html><head><title>Frétt</title>
      <meta property="og:title" content="Veðrið kólnar um helgina">
      <meta property="og:site_name" content="Fréttavefurinn">
      <script>window.__pwned = 1</script></head>
      <body><nav>Forsíða Innlent Erlent Íþróttir</nav>
      <article><h1>Veðrið kólnar um helgina</h1>
      <p>Búist er við kólnandi veðri um allt land um helgina. Veðurstofan spáir norðanátt og éljum fyrir norðan.</p>
      <p onclick="window.__pwned = 2">Á sunnudag hlýnar aftur sunnan til. Vegfarendur eru beðnir að fylgjast með færð.</p>
      <img src="x" onerror="window.__pwned = 3"><a href="javascript:window.__pwned=4">Smelltu hér</a>
      <p>Spáin gerir ráð fyrir að frost verði allt að tíu stig inn til landsins á laugardagskvöld.</p>
      </article></body></html>`;
    await page.locator('input[type=file]').setInputFiles({ name: 'vedur.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    const title = page.getByLabel('Title', { exact: true });
    await title.waitFor();
    expect(await title.inputValue()).toBe('Veðrið kólnar um helgina');
    const body = (await page.locator('.preview-body').textContent()) ?? '';
    expect(body).toContain('Búist er við kólnandi veðri');
    expect(body).toContain('frost verði allt að tíu stig');
    expect(body).not.toContain('__pwned');
    expect(await page.locator('.preview-body script, .preview-body img, .preview-body a').count()).toBe(0);
    await page.getByRole('button', { name: 'Save to library' }).click();
    await page.getByRole('heading', { level: 1, name: 'Veðrið kólnar um helgina' }).waitFor({ timeout: 30000 });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('says clearly what is wrong with empty text and binary files, and keeps the text', async () => {
    const { page } = browser();
    await page.goto(`${base}#/import`);
    await page.getByLabel('Paste an article').fill('   \n  ');
    await page.getByRole('button', { name: 'Clean up and preview' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('the text is empty');

    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    await page.getByLabel('Paste an article').fill('Texti sem ég vil ekki missa.');
    await page.locator('input[type=file]').setInputFiles({ name: 'mynd.png', mimeType: 'image/png', buffer: png });
    await expect.poll(async () => (await page.getByRole('alert').textContent()) ?? '').toContain('mynd.png');
    expect(await page.getByRole('alert').textContent()).toContain('not text or HTML');
    expect(await page.getByLabel('Paste an article').inputValue()).toBe('Texti sem ég vil ekki missa.');
  });

  it('shows the busy state in a painted frame before cleaning, and keeps focus on the button after an error', async () => {
    const { page } = browser();
    await page.goto(`${base}#/import`);
    const clean = page.getByRole('button', { name: 'Clean up and preview' });
    await clean.waitFor();
    // Records, frame by frame, what the button and the status said.
    await page.evaluate(() => {
      const w = window as unknown as { __frames: string[] };
      w.__frames = [];
      const tick = () => {
        const button = document.querySelector('.import-input .actions button');
        const status = document.querySelector('.import-input [role=status]');
        if (button) w.__frames.push(`${button.textContent}|${(button as HTMLButtonElement).disabled}|${status?.textContent ?? ''}`);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.getByLabel('Paste an article').fill(SEED);
    await clean.click();
    await page.getByLabel('Title', { exact: true }).waitFor();
    const frames = await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);
    expect(frames).toContain('Cleaning…|true|Cleaning the article… A long page can take a few seconds.');

    // Back to the paste box (it still holds the pasted text), then an empty paste pressed from the keyboard.
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByLabel('Paste an article').inputValue()).toBe(SEED);
    await page.getByLabel('Paste an article').fill('  \n ');
    await clean.focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('alert').textContent()).toContain('the text is empty');
    expect(await clean.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByLabel('Paste an article').inputValue()).toBe('  \n ');
  });
});
