import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { runTextJob, type TextJob } from '../../src/features/import/prepareText';
import { extractFromHtml } from '../../src/lang/html';
import { jsdomParser } from '../../src/lang/html/node';
import { sharedBrowser } from './app';

const base = inject('baseUrl');
const outDir = inject('outDir');
/** The import-fuzz benchmark's largest input (test/bench/importFuzz.ts): 1.4 MB of one repeated sentence. */
const HUGE = 'Veðrið í dag er gott og hlýtt. '.repeat(45_207);
const FALLBACK = /Cleaning worker unavailable/;

describe('cleaning in a worker (Chromium)', () => {
  const browser = sharedBrowser();
  const warnings: string[] = [];
  beforeAll(() => {
    browser().page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  });

  it('the built worker gives exactly what the cleaner gives directly, on the site fixtures and the seed', async () => {
    const { page } = browser();
    await page.goto(`${base}#/import`);
    const worker = readdirSync(join(outDir, 'assets')).find((f) => /^clean\.worker-[\w-]+\.js$/.test(f));
    expect(worker).toBeDefined();
    const dir = 'test/fixtures/scrapes';
    const jobs: TextJob[] = [{ text: readFileSync('seeds/000_997d414b72122f8f.txt', 'utf8'), origin: 'paste' }];
    for (const f of readdirSync(dir).sort()) {
      const raw = readFileSync(join(dir, f), 'utf8');
      if (f.endsWith('.txt')) jobs.push({ text: raw, origin: `file:${f}` });
      if (!f.endsWith('.html')) continue;
      const ex = extractFromHtml(raw, jsdomParser());
      if (ex.ok) jobs.push({ text: ex.text, origin: `file:${f}`, hints: ex.hints });
    }
    expect(jobs.length).toBeGreaterThanOrEqual(8);
    const results = await page.evaluate(
      ({ url, jobs }) =>
        new Promise<unknown[]>((resolve, reject) => {
          const w = new Worker(url, { type: 'module' });
          const out: unknown[] = [];
          w.onerror = (e) => reject(new Error(e.message || 'worker failed'));
          w.onmessage = (ev) => {
            out[ev.data.id] = ev.data;
            if (Object.keys(out).length === jobs.length) {
              w.terminate();
              resolve(out);
            }
          };
          jobs.forEach((job, id) => w.postMessage({ id, job }));
        }),
      { url: `${base}assets/${worker}`, jobs },
    );
    results.forEach((r, id) => expect(r, jobs[id].origin).toEqual({ id, ok: true, result: runTextJob(jobs[id]) }));
  });

  it('a 1.4 MB paste: frames keep coming while it is cleaned (the main thread is free), and the preview is the direct result', async () => {
    const { page } = browser();
    await page.goto(`${base}#/import`);
    const clean = page.getByRole('button', { name: 'Clean up and preview' });
    await clean.waitFor();
    await page.getByLabel('Paste an article').fill(HUGE);
    // Records, frame by frame, when it ran and what the button said.
    await page.evaluate(() => {
      const w = window as unknown as { __frames: [number, string][] };
      w.__frames = [];
      const tick = (t: number) => {
        w.__frames.push([t, document.querySelector('.import-input .actions button')?.textContent ?? 'preview']);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await clean.click();
    const title = page.getByLabel('Title', { exact: true });
    await title.waitFor({ timeout: 60000 });
    const frames = await page.evaluate(() => (window as unknown as { __frames: [number, string][] }).__frames);
    const first = frames.findIndex(([, s]) => s === 'Cleaning…');
    const last = frames.findLastIndex(([, s]) => s === 'Cleaning…');
    const during = frames.slice(first, last + 2); // up to the first frame after cleaning
    let gap = 0;
    for (let i = 1; i < during.length; i++) gap = Math.max(gap, during[i][0] - during[i - 1][0]);
    // Cleaning 1.4 MB takes about half a second on a desktop: on the main thread that was one or two
    // frames and a freeze; in the worker the page keeps painting.
    expect(last - first + 1, `${during.length} frames, longest gap ${Math.round(gap)} ms`).toBeGreaterThanOrEqual(10);
    expect(gap).toBeLessThan(500);

    const direct = runTextJob({ text: HUGE, origin: 'paste' });
    if (!direct.ok) throw new Error('the direct clean failed');
    // (No title is found in it: the preview proposes one from the first words.)
    expect(direct.draft.title).toBe('');
    expect(await page.locator('.preview-body').textContent()).toBe(direct.draft.paragraphs.join(''));
    expect(await page.locator('.preview-body p').count()).toBe(direct.draft.paragraphs.length);
    expect(await page.locator('.removed-list > li').count()).toBe(direct.draft.removed.length);
    expect(warnings.filter((w) => FALLBACK.test(w))).toEqual([]);
  });

  it('Stop ends a running clean: the text stays, nothing is applied later, and the next clean works', async () => {
    const { page } = browser();
    await page.goto(`${base}#/import`);
    await page.reload(); // a fresh Import page (the last test left its preview up)
    const box = page.getByLabel('Paste an article');
    await box.fill(HUGE);
    await page.getByRole('button', { name: 'Clean up and preview' }).click();
    await page.getByRole('button', { name: 'Stop cleaning' }).click();
    await page.getByText('Cleaning stopped. Your text is still here.').waitFor();
    expect((await box.inputValue()).length).toBe(HUGE.length);
    // Longer than the clean would have taken: no preview turns up.
    await page.waitForTimeout(2000);
    expect(await page.getByLabel('Title', { exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'Clean up and preview' }).click();
    await page.getByLabel('Title', { exact: true }).waitFor({ timeout: 60000 });
    expect(warnings.filter((w) => FALLBACK.test(w))).toEqual([]);
    expect(browser().errors).toEqual([]);
  });
});
