import { inject } from 'vitest';
import { markLearning, openSeed, readStore, SEED_TITLE, sharedBrowser } from './app';

const base = inject('baseUrl');
const WORD = 'forseta';
const LEMMA = 'forseti';

describe('vocabulary and review in Chromium', () => {
  const browser = sharedBrowser();

  it('mark a word Learning from the popover, review its sentence card, answer Good; state survives a reload', async () => {
    const { page } = browser();
    await openSeed(page, base);

    const word = page.locator('.article-body .w', { hasText: new RegExp(`^${WORD}$`) }).first();
    // Words not yet marked are shown as New.
    await expect.poll(() => word.getAttribute('class')).toContain('st-new');
    await word.click();
    const pop = page.getByRole('dialog', { name: new RegExp(WORD) });
    await pop.waitFor();
    await pop.getByRole('button', { name: /^Learning/ }).click();
    await expect.poll(() => pop.getByRole('button', { name: /^Learning/ }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => word.getAttribute('class')).toContain('st-learning');

    // The navigation shows one card due.
    const badge = page.getByTestId('due-badge');
    await expect.poll(() => badge.textContent()).toBe('1');

    await page.getByRole('navigation').getByRole('link', { name: /Review/ }).click();
    const sentence = page.getByTestId('review-sentence');
    await sentence.waitFor();
    expect(await sentence.locator('mark').textContent()).toBe(WORD);
    expect(await sentence.textContent()).toMatch(/\.$/);
    const before = (await readStore(page, 'cards'))[0] as { due: number };

    await page.keyboard.press('Space');
    await page.getByTestId('review-back').waitFor();
    expect(await page.getByTestId('review-back').textContent()).toContain(LEMMA);
    await page.getByRole('button', { name: /^Good, next in 10 min/ }).waitFor();
    const t0 = await page.evaluate(() => Date.now());
    await page.keyboard.press('3');

    await expect.poll(async () => (await readStore(page, 'reviews')).length).toBe(1);
    const [log] = (await readStore(page, 'reviews')) as { rating: number; state: number }[];
    expect(log).toMatchObject({ rating: 3, state: 0 });
    const [card] = (await readStore(page, 'cards')) as { due: number }[];
    expect(card.due).toBeGreaterThan(before.due);
    expect(card.due).toBeGreaterThanOrEqual(t0 + 9 * 60_000);
    await expect.poll(() => page.getByTestId('due-badge').count()).toBe(0);

    // The card comes back in this session (its 10-minute step is within it). Reading its article and
    // coming back goes on with the same session: the answer can still be undone.
    const undo = page.getByRole('button', { name: /^Undo last answer/ });
    await undo.waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('link', { name: 'Open the article it came from' }).click();
    await page.locator('.article-body').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: /Review/ }).click();
    await page.getByTestId('review-sentence').waitFor();
    await undo.waitFor();
    // After a reload too (nothing is due yet: no badge); the word is still Learning in the reader and the vocabulary.
    await page.reload();
    await page.getByTestId('review-sentence').waitFor();
    await undo.waitFor();
    expect(await page.getByTestId('due-badge').count()).toBe(0);
    await page.goto(`${base}#/vocabulary`);
    // (The row's name carries its gloss too: "forseti, president: Learning".)
    await page.getByRole('button', { name: new RegExp(`^${LEMMA}(, .+)?: Learning$`) }).waitFor();
    await page.goto(base);
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await expect.poll(() => page.locator('.article-body .w', { hasText: new RegExp(`^${WORD}$`) }).first().getAttribute('class')).toContain('st-learning');
    expect(browser().errors).toEqual([]);
  });

  it('"mark the rest as known" raises the article’s known share, and undo takes it back', async () => {
    const { page } = browser();
    await page.goto(base);
    await page.getByRole('link', { name: SEED_TITLE }).click();
    const known = page.getByTestId('article-known');
    await known.waitFor();
    // ">99%" (read as 99) when all but a word or two is known.
    const percent = async () => Number(/You know [<>]?(\d+)% of the words/.exec((await known.textContent()) ?? '')?.[1]);
    expect(await percent()).toBe(0);
    await page.getByRole('button', { name: /^Mark the remaining \d+ new words as known$/ }).click();
    // Everything but the word being learnt is now known.
    await expect.poll(percent).toBeGreaterThan(90);
    expect(await percent()).toBeLessThan(100);
    expect(await page.locator('.article-body .w.st-new').count()).toBe(0);
    expect(await page.locator('.article-body .w.st-learning').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(percent).toBe(0);
    expect(await page.locator('.article-body .w.st-new').count()).toBeGreaterThan(0);
    // The button is back, and the keyboard focus with it (not on the article's title).
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toMatch(/^Mark the remaining \d+ new words as known$/);
    expect(browser().errors).toEqual([]);
  });

  it('keys 1–4 set the status of the selected word', async () => {
    const { page } = browser();
    const first = page.locator('.article-body .w', { hasText: /^málefni$/ }).first();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('3');
    await expect.poll(() => page.getByRole('dialog').getByRole('button', { name: /^Known/ }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('1');
    await expect.poll(() => page.getByRole('dialog').getByRole('button', { name: /^New/ }).getAttribute('aria-pressed')).toBe('true');
    expect(browser().errors).toEqual([]);
  });
});

describe('review card on a phone', () => {
  const browser = sharedBrowser({ viewport: { width: 390, height: 844 } });

  it('a long compound (the WHO in the genitive) wraps inside the card, in the sentence and as the headword', async () => {
    const { page } = browser();
    await page.goto(base);
    await page.getByRole('link', { name: SEED_TITLE }).waitFor({ timeout: 30000 });
    const sentence = 'Þetta kom fram í skýrslu Alþjóðaheilbrigðismálastofnunarinnar í gær.';
    const form = 'Alþjóðaheilbrigðismálastofnunarinnar';
    await page.evaluate(
      ({ sentence, form }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('lesa');
          open.onsuccess = () => {
            const tx = open.result.transaction('cards', 'readwrite');
            const now = Date.now();
            const fsrs = { due: now, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0 };
            const start = sentence.indexOf(form);
            tx.objectStore('cards').add({
              lemma: 'alþjóðaheilbrigðismálastofnun', kind: 'recognition', display: 'Alþjóðaheilbrigðismálastofnun', pos: 'noun', gender: 'f', ipa: null,
              glosses: ['World Health Organization'], sentence, formStart: start, formEnd: start + form.length, articleId: null,
              suspended: false, createdAt: now, due: now, queue: 2, fsrs,
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { sentence, form },
    );
    await page.goto(`${base}#/review`);
    await page.getByTestId('review-sentence').waitFor();
    await page.keyboard.press('Space');
    await page.getByTestId('review-back').waitFor();
    const edges = await page.evaluate(() => {
      const right = (sel: string) => Math.max(...[...document.querySelector(sel)!.getClientRects()].map((r) => r.right));
      const card = document.querySelector('.review-card')!;
      return { inner: card.getBoundingClientRect().right - parseFloat(getComputedStyle(card).paddingRight), mark: right('.review-sentence mark'), lemma: right('.review-lemma') };
    });
    expect(edges.mark).toBeLessThanOrEqual(edges.inner + 0.5);
    expect(edges.lemma).toBeLessThanOrEqual(edges.inner + 0.5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(browser().errors).toEqual([]);
  });
});

describe('a review session on a 360 px phone, with the reader open in another tab', () => {
  const browser = sharedBrowser({ viewport: { width: 360, height: 740 } });

  it('a word saved in the other tab joins the running session; Undo brings a card back unanswered; the summary survives a reload', async () => {
    const { page, context } = browser();
    await openSeed(page, base);
    await markLearning(page, WORD);
    await page.goto(`${base}#/review`);
    await page.getByRole('button', { name: /Show answer/ }).waitFor();
    // What screen readers read is the text itself (its introduction and commas hidden from sight).
    const counts = () => page.locator('.review-counts').textContent();
    await expect.poll(counts).toBe('Left in this session: 0 learning, 0 due, 1 new');
    await page.keyboard.press('Space');
    await page.getByTestId('review-back').waitFor();

    // The learner saves another word in the reader, in another tab.
    const reader = await context.newPage();
    await openSeed(reader, base);
    await markLearning(reader, 'samskiptum');
    await reader.close();
    // It joins this session; the card showing stays, its answer side open.
    await expect.poll(counts).toBe('Left in this session: 0 learning, 0 due, 2 new');
    expect(await page.getByTestId('review-back').textContent()).toContain(LEMMA);

    // Good, then Undo: the card is back on its question side, with the focus on Show answer.
    await page.keyboard.press('3');
    await expect.poll(async () => (await readStore(page, 'reviews')).length).toBe(1);
    await page.getByRole('button', { name: /^Undo last answer/ }).click();
    await expect.poll(async () => (await readStore(page, 'reviews')).length).toBe(0);
    await expect.poll(() => page.getByTestId('review-announcement').textContent()).toBe('Answer undone (Good). The card is back on its question side: answer it again.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Show answer/);
    expect(await page.getByTestId('review-back').count()).toBe(0);
    expect(await page.getByTestId('review-sentence').locator('mark').textContent()).toBe(WORD);

    // Both cards answered Easy: the summary, the same after a reload.
    for (let i = 0; i < 2; i++) {
      // (The next card on its question side first: a key pressed while the page is still moving
      // on from the last answer is not for this card.)
      await page.getByRole('button', { name: /^Show answer/ }).waitFor();
      await page.keyboard.press('Space');
      await page.getByTestId('review-back').waitFor();
      await page.keyboard.press('4');
      await expect.poll(async () => (await readStore(page, 'reviews')).length).toBe(i + 1);
    }
    const summary = page.locator('.review-summary');
    await page.getByRole('heading', { name: 'Session done' }).waitFor();
    const shown = await summary.textContent();
    expect(shown).toContain('2 answers');
    expect(shown).toContain('2 cards');
    // Answered in seconds; both cards are next due in some days (Easy).
    expect(shown).toContain('Took under a minute');
    expect(shown).toMatch(/Next card due in \d+ days \(\d+ \w+ \d{4}\)\./);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.reload();
    await page.getByRole('heading', { name: 'Session done' }).waitFor();
    expect(await summary.textContent()).toBe(shown);
    expect(browser().errors).toEqual([]);
  });
});
