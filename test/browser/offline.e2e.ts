import { inject } from 'vitest';
import { waitForOfflineReady, sharedBrowser, SEED_TITLE } from './app';

const base = inject('baseUrl');

describe('offline after one visit (service worker, Chromium)', () => {
  const browser = sharedBrowser({ viewport: { width: 1000, height: 800 } });

  it('first visit precaches the app, the worker, the lemmatizer binary and the dictionary; says so', async () => {
    const { page, context } = browser();
    const workerScripts: string[] = [];
    context.on('request', (r) => {
      if (!r.serviceWorker() && /analysis\.worker-[\w-]+\.js$/.test(r.url())) workerScripts.push(r.url());
    });
    await page.goto(base);
    await page.getByRole('link', { name: SEED_TITLE }).waitFor({ timeout: 30000 });
    await page.waitForFunction(() => performance.getEntriesByName('lesa:worker-ready').length > 0, null, { timeout: 30000 });
    const urls = await waitForOfflineReady(page);
    // The page starts one analysis worker (the early-start script and main.tsx share its client).
    expect(workerScripts).toHaveLength(1);
    // Every script and module preload of index.html, the early-start script first, is precached.
    const html = await (await fetch(base)).text();
    const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts[0]).toMatch(/\/assets\/start-worker-[\w-]+\.js$/);
    expect(scripts.length).toBeGreaterThan(2);
    for (const s of scripts) expect(urls).toContain(s);
    // The import's cleaning worker is a chunk of its own: precached too.
    expect(urls.some((u) => /\/assets\/clean\.worker-[\w-]+\.js$/.test(u))).toBe(true);
    expect(urls.some((u) => u.endsWith('manifest.webmanifest'))).toBe(true);
    expect(urls.some((u) => u.endsWith('icon-512.png'))).toBe(true);
    // The "ready to work offline" toast from the first install.
    await page.getByText('Lesa is ready to work offline.').waitFor({ timeout: 30000 });
    // The manifest is linked and parses, with installable icons.
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
      return (await fetch(href)).json();
    });
    expect(manifest).toMatchObject({ short_name: 'Lesa', display: 'standalone', theme_color: '#1f4e79' });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);
  });

  it('data written before going offline is there after an offline reload; library, reader, gloss and review work', async () => {
    const { page, context } = browser();
    // Write something while online: a word status from the popover and the appearance setting.
    await page.getByRole('link', { name: SEED_TITLE }).click();
    const word = page.locator('.article-body .w', { hasText: /^forseta$/ }).first();
    await word.click();
    const pop = page.getByRole('dialog', { name: /forseta/ });
    await pop.waitFor();
    await pop.getByRole('button', { name: /^Learning/ }).click();
    await expect.poll(() => word.getAttribute('class')).toMatch(/st-learning/);
    await page.keyboard.press('Escape');
    await page.goto(`${base}#/settings`);
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    await context.setOffline(true);
    try {
      await page.goto(`${base}#/`);
      await page.reload();
      // Debian's Chromium 150 starts a reloaded document with navigator.onLine = true although the
      // emulated network is still off (the 156 build CI had before did not); a real offline browser
      // reports false. Re-apply the emulation so the page hears what a real one would.
      await context.setOffline(false);
      await context.setOffline(true);
      // Really offline: a network request fails.
      const net = await page.evaluate(() =>
        fetch(`/no-such-file-${Date.now()}.txt`, { cache: 'no-store' }).then(
          (r) => `status ${r.status}`,
          () => 'failed',
        ),
      );
      expect(net).not.toBe('status 200');
      await page.getByTestId('offline-badge').waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

      const link = page.getByRole('link', { name: SEED_TITLE });
      await link.waitFor({ timeout: 30000 });
      await page.waitForFunction(() => performance.getEntriesByName('lesa:worker-ready').length > 0, null, { timeout: 30000 });
      await link.click();
      const learnt = page.locator('.article-body .w', { hasText: /^forseta$/ }).first();
      await learnt.waitFor();
      await expect.poll(() => learnt.getAttribute('class')).toMatch(/st-learning/);
      const w = page.locator('.article-body .w', { hasText: /^Bandaríkjanna$/ }).first();
      await w.click();
      const p = page.getByRole('dialog', { name: /Bandaríkjanna/ });
      await p.waitFor();
      // Lemma and senses came from the lemmatizer and dictionary the service worker served.
      expect(await p.locator('.gloss-lemma').first().textContent()).toBe('Bandaríkin');
      expect(await p.locator('.senses li').count()).toBeGreaterThan(0);
      await page.keyboard.press('Escape');

      // Review (a card was made when the word became 'learning') renders offline too.
      await page.goto(`${base}#/review`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Settings page and its offline status.
      await page.goto(`${base}#/settings`);
      expect(await page.getByTestId('offline-status').textContent()).toMatch(/everything Lesa needs/);
      expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);

      // Import cleans offline, in its worker (served by the service worker; no main-thread fallback).
      const warnings: string[] = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await page.goto(`${base}#/import`);
      await page.getByLabel('Paste an article').fill('Ferjan siglir aftur\n\nHerjólfur siglir aftur til Vestmannaeyja á morgun. Ófært hefur verið í tvo daga vegna veðurs.');
      await page.getByRole('button', { name: 'Clean up and preview' }).click();
      expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Ferjan siglir aftur');
      expect(warnings.filter((w) => /Cleaning worker unavailable/.test(w))).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
    const real = browser().errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|no-such-file|Failed to load resource/.test(e));
    expect(real).toEqual([]);
  });
});
