import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import type { launch as launchFn } from '../browser/chromium';
import type { BenchResult } from './types';

const THROTTLE = 4;
const DIST = 'dist';

/** Marks `lesa:library` when the first article link is on screen (set up before any page script). */
async function markLibrary(context: BrowserContext) {
  // A string, not a function: the bench runs under tsx, whose helpers (`__name`) do not exist in the page.
  await context.addInitScript({
    content: `(() => {
      const check = () => document.querySelector('.article-link') ? (performance.mark('lesa:library'), true) : false;
      const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
      document.addEventListener('DOMContentLoaded', () => { if (!check()) mo.observe(document.body, { childList: true, subtree: true }); });
    })();`,
  });
}

async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return cdp;
}

/** Times since navigation start: library usable and worker ready (lemmatizer + dictionary loaded). */
async function timings(page: Page): Promise<{ library: number; worker: number }> {
  await page.waitForFunction(
    () => performance.getEntriesByName('lesa:worker-ready').length > 0 && performance.getEntriesByName('lesa:library').length > 0,
    null,
    { timeout: 120000 },
  );
  return page.evaluate(() => ({
    library: performance.getEntriesByName('lesa:library')[0].startTime,
    worker: performance.getEntriesByName('lesa:worker-ready')[0].startTime,
  }));
}

async function waitForPrecache(page: Page): Promise<void> {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 120000 });
  await page.waitForFunction(
    async () => {
      for (const name of await caches.keys()) {
        if (!name.includes('precache')) continue;
        const urls = (await (await caches.open(name)).keys()).map((r) => r.url);
        if (urls.some((u) => u.endsWith('.bin')) && urls.some((u) => /lesa-dict.*\.json$/.test(u))) return true;
      }
      return false;
    },
    null,
    { timeout: 120000, polling: 250 },
  );
}

/** Sizes of the built files: first-load JavaScript (gzip), all JavaScript, and the precache list. */
function sizes() {
  const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const assets = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
  // The entry and its preloads, plus the English strings of the shell and the library (the one strings
  // chunk loaded before the first render; every other page's strings are loaded with that page, see
  // src/i18n/namespaces.ts and the chunk names in vite.config.ts).
  const firstLoad = [
    ...[...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map((m) => m[1]),
    ...assets.filter((f) => /^strings-en-shell-[\w-]+\.js$/.test(f)).map((f) => `assets/${f}`),
  ];
  if (!firstLoad.some((f) => f.startsWith('assets/strings-en-shell-'))) throw new Error('no strings-en-shell chunk in the build');
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precache = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]))];
  let precacheBytes = 0;
  let precacheGzip = 0;
  for (const u of precache) {
    const f = join(DIST, u);
    precacheBytes += statSync(f).size;
    precacheGzip += gz(f);
  }
  return {
    firstLoadJs: firstLoad.reduce((s, f) => s + gz(join(DIST, f)), 0),
    firstLoadFiles: firstLoad,
    allJs: assets.reduce((s, f) => s + gz(join(DIST, 'assets', f)), 0),
    workerJs: assets.filter((f) => f.includes('worker')).reduce((s, f) => s + gz(join(DIST, 'assets', f)), 0),
    precacheCount: precache.length,
    precacheBytes,
    precacheGzip,
  };
}

/**
 * Loading and offline (issue 7): cold first visit, repeat visit served by the service worker, and
 * an offline reload, each to "library usable" and "worker ready", in headless Chromium with the CPU
 * throttled 4×; plus JavaScript and precache sizes of the build.
 */
export async function runInBrowser(ctx: { baseUrl: string; launch: typeof launchFn }): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const KB = 1024;
  const s = sizes();
  results.push(
    {
      name: 'First-load JavaScript (entry + preloads + English UI strings, gzip, data and worker excluded)',
      value: Math.round(s.firstLoadJs / KB),
      unit: 'KB',
      target: '≤ 150 KB',
      limit: { max: 150 },
      note: s.firstLoadFiles.join(', '),
    },
    { name: 'All JavaScript in the build (gzip, incl. worker and lazy chunks)', value: Math.round(s.allJs / KB), unit: 'KB', note: `worker: ${Math.round(s.workerJs / KB)} KB gzip` },
    {
      name: 'Precache (service worker): total size',
      value: +(s.precacheBytes / KB / KB).toFixed(2),
      unit: 'MiB',
      target: '≤ 16 MiB',
      limit: { max: 16 },
      note: `${s.precacheCount} files; ${(s.precacheGzip / KB / KB).toFixed(2)} MiB gzip over the wire`,
    },
  );

  const b = await ctx.launch();
  try {
    const { page, context } = b;
    await markLibrary(context);
    await throttle(page);
    const t0 = Date.now();
    await page.goto(ctx.baseUrl);
    const cold = await timings(page);
    await waitForPrecache(page);
    const precacheMs = Date.now() - t0;
    results.push(
      { name: 'Cold first visit → library usable, 4× CPU', value: Math.round(cold.library), unit: 'ms', target: '≤ 2000 ms', limit: { max: 2000 } },
      { name: 'Cold first visit → worker ready (lemmatizer + dictionary), 4× CPU', value: Math.round(cold.worker), unit: 'ms', target: '≤ 3000 ms', limit: { max: 3000 } },
      { name: 'Cold first visit → service worker controls and precache complete, 4× CPU', value: precacheMs, unit: 'ms', note: 'wall clock from navigation; after this the app works offline' },
    );

    const warm: { library: number; worker: number }[] = [];
    for (let i = 0; i < 3; i++) {
      await page.reload();
      warm.push(await timings(page));
    }
    const med = (xs: number[]) => [...xs].sort((a, b2) => a - b2)[Math.floor(xs.length / 2)];
    results.push(
      { name: 'Repeat visit (from the service-worker cache) → library usable, median of 3, 4× CPU', value: Math.round(med(warm.map((w) => w.library))), unit: 'ms', target: '≤ 1000 ms', limit: { max: 1000 } },
      { name: 'Repeat visit (from the service-worker cache) → worker ready, median of 3, 4× CPU', value: Math.round(med(warm.map((w) => w.worker))), unit: 'ms', target: '≤ 1500 ms', limit: { max: 1500 } },
    );

    await context.setOffline(true);
    const off: { library: number; worker: number }[] = [];
    try {
      for (let i = 0; i < 3; i++) {
        await page.reload();
        off.push(await timings(page));
      }
    } finally {
      await context.setOffline(false);
    }
    results.push(
      { name: 'Offline reload → library usable, median of 3, 4× CPU', value: Math.round(med(off.map((w) => w.library))), unit: 'ms', target: '≤ 1000 ms', limit: { max: 1000 } },
      { name: 'Offline reload → worker ready, median of 3, 4× CPU', value: Math.round(med(off.map((w) => w.worker))), unit: 'ms', target: '≤ 1500 ms', limit: { max: 1500 } },
    );
  } finally {
    await b.close();
  }
  return results;
}
