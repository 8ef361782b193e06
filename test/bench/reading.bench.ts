import type { Page } from 'playwright-core';
import type { launch as launchFn } from '../browser/chromium';
import { percentile, type BenchResult } from './types';

const THROTTLE = 4;

async function throttle(page: Page, rate = THROTTLE) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/** Waits until the sample article is in the library and the worker is ready. */
async function firstRun(page: Page, baseUrl: string): Promise<{ workerReadyMs: number; workerInsideMs: number }> {
  await page.goto(baseUrl);
  await page.waitForFunction(() => performance.getEntriesByName('lesa:worker-ready').length > 0, null, { timeout: 60000 });
  await page.locator('.article-link').first().waitFor({ timeout: 60000 });
  return page.evaluate(() => {
    const m = performance.getEntriesByName('lesa:worker-ready')[0] as PerformanceMark;
    return { workerReadyMs: m.startTime, workerInsideMs: (m.detail as { workerMs: number }).workerMs };
  });
}

/**
 * Reading-loop figures (issue 2): worker cold start, article open, tap → popover, all in headless
 * Chromium with the CPU throttled 4× to stand in for a phone.
 */
export async function runInBrowser(ctx: { baseUrl: string; launch: typeof launchFn }): Promise<BenchResult[]> {
  const results: BenchResult[] = [];

  // Worker cold start: a fresh profile (nothing cached), throttled from the first byte.
  {
    const b = await ctx.launch();
    try {
      await throttle(b.page);
      const r = await firstRun(b.page, ctx.baseUrl);
      results.push({
        name: 'Worker ready, cold first visit (navigation start → lemmatizer + dictionary loaded), 4× CPU',
        value: r.workerReadyMs,
        unit: 'ms',
        target: '≤ 1500 ms',
        limit: { max: 1500 },
        note: `inside the worker: ${r.workerInsideMs.toFixed(0)} ms (fetch + parse)`,
      });
    } finally {
      await b.close();
    }
  }

  const b = await ctx.launch();
  try {
    const { page } = b;
    await firstRun(page, ctx.baseUrl);
    const href = await page.locator('.article-link').first().getAttribute('href');
    await throttle(page);

    // Article open: library → reader showing the article's first screen, 15 times. The reader
    // renders the first screen's paragraphs first and the rest right after that paint; the time
    // until every word is in the page is reported too.
    await page.evaluate((h) => (location.hash = h!), href);
    await page.locator('.article-body .w').first().waitFor();
    await page.waitForTimeout(500);
    const totalWords = await page.locator('.article-body .w').count();
    const opens: number[] = [];
    const whole: number[] = [];
    for (let i = 0; i < 15; i++) {
      await page.evaluate(() => (location.hash = '#/'));
      await page.locator('.article-link').first().waitFor();
      const [ms, all] = await page.evaluate(
        async ([h, total]) => {
          const t0 = performance.now();
          location.hash = h as string;
          const until = (ok: () => boolean) =>
            new Promise<void>((resolve) => {
              const check = () => (ok() ? resolve() : requestAnimationFrame(check));
              check();
            });
          await until(() => !!document.querySelector('.article-body .w'));
          // Until the frame showing it has been produced.
          await new Promise((r) => requestAnimationFrame(r));
          const first = performance.now() - t0;
          await until(() => document.querySelectorAll('.article-body .w').length >= (total as number));
          await new Promise((r) => requestAnimationFrame(r));
          return [first, performance.now() - t0];
        },
        [href, totalWords] as const,
      );
      opens.push(ms);
      whole.push(all);
    }
    results.push({
      name: 'Article open (library → first screen of the sample article painted), median of 15, 4× CPU',
      value: percentile(opens, 50),
      unit: 'ms',
      target: '≤ 100 ms',
      limit: { max: 100 },
      note: `p95 ${percentile(opens, 95).toFixed(1)} ms; all ${totalWords} words in the page: median ${percentile(whole, 50).toFixed(1)} ms, p95 ${percentile(whole, 95).toFixed(1)} ms`,
    });

    // Tap → popover visible: real (CDP) mouse clicks on 220 words; from the input event's
    // timestamp to the first animation frame after the popover is in the DOM.
    await page.evaluate(() => {
      const w = window as unknown as { __tap: { t0: number; done: Promise<number> | null } };
      w.__tap = { t0: 0, done: null };
      document.addEventListener(
        'click',
        (e) => {
          if (!(e.target as Element).closest?.('.w')) return;
          const word = (e.target as Element).textContent ?? '';
          w.__tap.t0 = e.timeStamp;
          w.__tap.done = new Promise<number>((resolve) => {
            const seen = () => {
              const pop = document.querySelector('.gloss-popover');
              return pop && pop.getAttribute('aria-label')?.includes(word);
            };
            const finish = () => requestAnimationFrame(() => resolve(performance.now() - w.__tap.t0));
            if (seen()) return finish();
            const mo = new MutationObserver(() => {
              if (seen()) {
                mo.disconnect();
                finish();
              }
            });
            mo.observe(document.body, { subtree: true, childList: true, attributes: true });
          });
        },
        true,
      );
    });
    const words = page.locator('.article-body .w');
    const n = await words.count();
    const taps: number[] = [];
    const N = 220;
    for (let i = 0; i < N; i++) {
      // Spread over the article; close first so every tap opens a fresh popover.
      const idx = Math.floor((i * 7919) % n);
      await page.keyboard.press('Escape');
      const el = words.nth(idx);
      await el.scrollIntoViewIfNeeded();
      const box = await el.boundingBox();
      if (!box) continue;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      const ms = await page.evaluate(() => (window as unknown as { __tap: { done: Promise<number> } }).__tap.done);
      taps.push(ms);
    }
    results.push(
      {
        name: `Tap → popover visible, p50 over ${taps.length} taps, 4× CPU`,
        value: percentile(taps, 50),
        unit: 'ms',
      },
      {
        name: `Tap → popover visible, p95 over ${taps.length} taps, 4× CPU`,
        value: percentile(taps, 95),
        unit: 'ms',
        target: '≤ 16 ms',
        limit: { max: 16 },
        note: 'from the click event timestamp to the next animation frame after the popover is in the DOM',
      },
    );
  } finally {
    await b.close();
  }
  return results;
}
