import type { Page } from 'playwright-core';
import { percentile, type BenchResult } from './types';

/**
 * Vocabulary and review figures (issue 5), in headless Chromium against the built app, unthrottled:
 * building the due queue with 50,000 lemmas and 20,000 cards, opening the Vocabulary page, "mark
 * the rest as known" on the sample article, and re-colouring the text after a status key.
 */

const WORDS = 50_000;
const CARDS = 20_000;
const DUE_NOW = 300; // reviews due today in a deck of this size
const NEW_WAITING = 500; // new cards made but not yet introduced (daily limit)
const DAY = 86_400_000;

/** Fills the app's database (already opened and upgraded by the app) through IndexedDB directly. */
async function seed(page: Page) {
  await page.evaluate(
    ({ WORDS, CARDS, DUE_NOW, NEW_WAITING, DAY }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lesa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['words', 'cards'], 'readwrite');
          const now = Date.now();
          const statuses = ['known', 'known', 'known', 'ignored', 'learning'];
          const words = tx.objectStore('words');
          for (let i = 0; i < WORDS; i++) {
            const lemma = `orð${i.toString(36)}`;
            words.put({ lemma, status: i < CARDS ? 'learning' : statuses[i % statuses.length], updatedAt: now - i * 1000, forms: [lemma, `${lemma}inu`] });
          }
          const cards = tx.objectStore('cards');
          for (let i = 0; i < CARDS; i++) {
            const lemma = `orð${i.toString(36)}`;
            const isNew = i < NEW_WAITING;
            const due = isNew ? now - (NEW_WAITING - i) * 1000 : i < NEW_WAITING + DUE_NOW ? now - (i % 7) * DAY - 1000 : now + ((i * 7919) % 365) * DAY + 3_600_000;
            cards.add({
              lemma, kind: 'recognition', display: lemma, pos: 'noun', gender: 'm', ipa: null, glosses: ['gloss one', 'gloss two'],
              sentence: `Þetta er setning með orðinu ${lemma} í miðjunni, eins og í frétt.`, formStart: 28, formEnd: 28 + lemma.length,
              articleId: 1, due, suspended: false, createdAt: now - i * 60_000, queue: isNew ? 2 : 1,
              fsrs: { due, stability: isNew ? 0 : 12.5, difficulty: isNew ? 0 : 5.1, elapsed_days: 0, scheduled_days: isNew ? 0 : 10, learning_steps: 0, reps: isNew ? 0 : 4, lapses: 0, state: isNew ? 0 : 2, ...(isNew ? {} : { last_review: now - 10 * DAY }) },
            });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { WORDS, CARDS, DUE_NOW, NEW_WAITING, DAY },
  );
}

async function lastMeasure(page: Page, name: string, after: number): Promise<number> {
  const handle = await page.waitForFunction(
    ({ name, after }) => {
      const e = performance.getEntriesByName(name).filter((m) => m.startTime >= after);
      return e.length ? e[e.length - 1].duration : null;
    },
    { name, after },
    { timeout: 60000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Navigates by hash and returns ms until `selector` is in the DOM and the next frame is produced. */
function openTimed(page: Page, hash: string, selector: string): Promise<number> {
  return page.evaluate(
    async ({ hash, selector }) => {
      const t0 = performance.now();
      location.hash = hash;
      await new Promise<void>((resolve) => {
        const check = () => (document.querySelector(selector) ? resolve() : requestAnimationFrame(check));
        check();
      });
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t0;
    },
    { hash, selector },
  );
}

export async function runInBrowser(page: Page, baseUrl: string): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  // tsx may wrap named functions in `__name(...)`; the page needs the helper for the evaluated code.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.goto(baseUrl);
  await page.locator('.article-link').first().waitFor({ timeout: 60000 });
  const articleHref = (await page.locator('.article-link').first().getAttribute('href'))!;

  // 1. The sample article: "mark the rest as known" (every New lemma → Known, logged, one transaction).
  await page.evaluate((h) => (location.hash = h), articleHref);
  await page.locator('.article-body .w.st-new').first().waitFor();
  const newWords = await page.locator('.article-body .w.st-new').count();
  const button = page.getByRole('button', { name: /^Mark the remaining \d+ new words? as known$/ });
  const lemmas = Number(/\d+/.exec((await button.textContent()) ?? '')?.[0]);
  const markMs = await page.evaluate(async () => {
    const b = [...document.querySelectorAll('button')].find((x) => /^Mark the remaining/.test(x.textContent ?? ''))!;
    const t0 = performance.now();
    b.click();
    await new Promise<void>((resolve) => {
      const check = () => (document.querySelector('.article-body .w.st-new') ? requestAnimationFrame(check) : resolve());
      check();
    });
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  });
  results.push({
    name: `"Mark the rest as known" on the sample article (${lemmas} lemmas, ${newWords} running words re-coloured)`,
    value: markMs,
    unit: 'ms',
    note: 'click → every word re-coloured, next frame; includes the write of statuses and the status log',
  });

  // 2. Status key on a selected word → the text re-coloured (p50/p95 over 40 presses).
  const words = page.locator('.article-body .w');
  const n = await words.count();
  const keyTimes: number[] = [];
  for (let i = 0; i < 40; i++) {
    const el = words.nth((i * 7919) % n);
    await page.keyboard.press('Escape');
    await el.click();
    if ((await page.getByRole('dialog').getByRole('group', { name: 'Word status' }).count()) === 0) continue;
    const key = i % 2 ? '3' : '2';
    const idx = await el.getAttribute('data-i');
    const ms = await page.evaluate(
      async ({ idx, key }) => {
        const el = document.querySelector(`.article-body [data-i="${idx}"]`)!;
        const want = key === '2' ? 'st-learning' : null;
        const t0 = performance.now();
        el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        await new Promise<void>((resolve) => {
          const done = () => (want ? el.classList.contains(want) : !el.classList.contains('st-learning'));
          const check = () => (done() ? resolve() : requestAnimationFrame(check));
          check();
        });
        await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - t0;
      },
      { idx, key },
    );
    keyTimes.push(ms);
  }
  results.push(
    { name: `Status key → article re-coloured, p50 over ${keyTimes.length} (sample article, ${n} words)`, value: percentile(keyTimes, 50), unit: 'ms' },
    { name: `Status key → article re-coloured, p95 over ${keyTimes.length}`, value: percentile(keyTimes, 95), unit: 'ms', target: '≤ 100 ms', limit: { max: 100 } },
  );

  // 3. A large vocabulary: 50,000 lemmas, 20,000 cards.
  await seed(page);
  const queue: number[] = [];
  const reviewOpen: number[] = [];
  for (let i = 0; i < 10; i++) {
    await page.evaluate(() => (location.hash = '#/'));
    await page.locator('.article-link').first().waitFor();
    const t0 = await page.evaluate(() => performance.now());
    reviewOpen.push(await openTimed(page, '#/review', '[data-testid="review-sentence"]'));
    queue.push(await lastMeasure(page, 'lesa:due-queue', t0));
  }
  results.push(
    {
      name: `Build the due queue (${WORDS.toLocaleString('en')} lemmas, ${CARDS.toLocaleString('en')} cards, ${DUE_NOW} due + ${NEW_WAITING} new), median of 10`,
      value: percentile(queue, 50),
      unit: 'ms',
      target: '≤ 20 ms',
      limit: { max: 20 },
      note: `p95 ${percentile(queue, 95).toFixed(1)} ms`,
    },
    { name: 'Review page open → first card shown (same data), median of 10', value: percentile(reviewOpen, 50), unit: 'ms' },
  );

  const vocab: number[] = [];
  const vocabLoad: number[] = [];
  for (let i = 0; i < 10; i++) {
    await page.evaluate(() => (location.hash = '#/'));
    await page.locator('.article-link').first().waitFor();
    const t0 = await page.evaluate(() => performance.now());
    vocab.push(await openTimed(page, '#/vocabulary', '.vocab-row'));
    vocabLoad.push(await lastMeasure(page, 'lesa:vocabulary-load', t0));
  }
  const rows = await page.locator('.vocab-row').count();
  results.push(
    {
      name: `Open the Vocabulary page with ${WORDS.toLocaleString('en')} lemmas (navigation → list shown, next frame), median of 10`,
      value: percentile(vocab, 50),
      unit: 'ms',
      target: '≤ 200 ms',
      limit: { max: 200 },
      note: `p95 ${percentile(vocab, 95).toFixed(1)} ms; reading the words ${percentile(vocabLoad, 50).toFixed(1)} ms; ${rows} rows in the DOM (virtualised)`,
    },
  );

  const t0 = Date.now();
  await page.getByRole('searchbox').fill('orð1a');
  await page.getByRole('status').filter({ hasText: /words?$/ }).first().waitFor();
  results.push({ name: 'Vocabulary search over 50,000 lemmas (type → filtered list)', value: Date.now() - t0, unit: 'ms', note: 'from Playwright, includes its round trip' });
  return results;
}

/**
 * The FSRS parameter optimiser (fsrs-rs via fsrs-browser's WebAssembly, single-threaded as in the
 * app's worker), run in Node on simulated review logs: time to fit and log loss before/after.
 */
export async function run(): Promise<BenchResult[]> {
  const { loadNodeEngine } = await import('../support/fsrsEngineNode');
  const { simulateLearner } = await import('../support/simulatedLearner');
  const { buildTrainingSet } = await import('../../src/features/parameters/trainingItems');
  const { fitParameters } = await import('../../src/features/parameters/optimize');
  const engine = await loadNodeEngine();
  const out: BenchResult[] = [];
  const quiet = console.log;
  for (const cards of [120, 1200]) {
    const log = simulateLearner({ cards, days: 180, seed: 2 });
    const set = buildTrainingSet(log, { utcOffsetMinutes: () => 0 });
    console.log = () => {}; // fsrs-rs prints its epochs
    let r;
    try {
      r = fitParameters(set.items, null, engine);
    } finally {
      console.log = quiet;
    }
    out.push({
      name: `Fit FSRS parameters to ${log.length.toLocaleString('en')} answers (${set.items.length.toLocaleString('en')} training items; Node, one thread)`,
      value: Math.round(r.ms),
      unit: 'ms',
      note: `log loss ${r.current.logLoss.toFixed(4)} with the defaults → ${r.fitted.logLoss.toFixed(4)} fitted (simulated learner who forgets new words faster than the defaults assume)`,
    });
  }
  // After new parameters are put in use, every card's memory state is replayed from its answers.
  {
    const { replayMemoryStates } = await import('../../src/features/parameters/replayMemoryStates');
    const { DEFAULT_REVIEW_SETTINGS, newCardState } = await import('../../src/features/review/scheduler');
    const { FORGETFUL_WEIGHTS } = await import('../support/simulatedLearner');
    const log = simulateLearner({ cards: 1500, days: 365, seed: 4 }).map((a, i) => ({ ...a, id: i + 1, before: newCardState(new Date(a.at)) }));
    const cards = [...new Set(log.map((r) => r.cardId))].map((id) => ({ id, fsrs: newCardState(new Date(0)) }));
    const t0 = performance.now();
    replayMemoryStates(cards, log, { ...DEFAULT_REVIEW_SETTINGS, weights: FORGETFUL_WEIGHTS });
    out.push({
      name: `Replay memory states with new parameters: ${cards.length.toLocaleString('en')} cards, ${log.length.toLocaleString('en')} answers (Node; the app runs it in chunks of 250 cards)`,
      value: Math.round(performance.now() - t0),
      unit: 'ms',
    });
  }
  return out;
}
