import { inject } from 'vitest';
import { markLearning, openSeed, readStore, sharedBrowser } from './app';

const base = inject('baseUrl');

describe('two tabs at once', () => {
  const browser = sharedBrowser();

  it('status changes and reviews made in two tabs are all kept, and each tab shows the other’s live', async () => {
    const one = browser().page;
    await openSeed(one, base);
    const two = await browser().context.newPage();
    await openSeed(two, base);

    await Promise.all([markLearning(one, 'forseta'), markLearning(two, 'samskiptum')]);
    // Each tab re-colours the word the other tab changed, without a reload.
    const inOne = one.locator('.article-body .w', { hasText: /^samskiptum$/ }).first();
    const inTwo = two.locator('.article-body .w', { hasText: /^forseta$/ }).first();
    await expect.poll(() => inOne.getAttribute('class')).toContain('st-learning');
    await expect.poll(() => inTwo.getAttribute('class')).toContain('st-learning');
    expect((await readStore(one, 'cards')).length).toBe(2);

    // Both tabs review at the same time and answer the card they both show: it is answered once,
    // and the tab whose answer came second says so and moves on (no second answer logged).
    await Promise.all([one.goto(`${base}#/review`), two.goto(`${base}#/review`)]);
    for (const p of [one, two]) await p.getByTestId('review-sentence').waitFor();
    for (const p of [one, two]) {
      await p.keyboard.press('Space');
      await p.getByTestId('review-back').waitFor();
    }
    await Promise.all([one.keyboard.press('3'), two.keyboard.press('3')]);
    const told = async () => (await Promise.all([one, two].map((p) => p.getByText(/just answered in another tab/).count()))).reduce((a, b) => a + b);
    await expect.poll(told).toBe(1);
    expect((await readStore(one, 'reviews')).length).toBe(1);
    expect((await readStore(one, 'statusLog')).length).toBe(2);

    // The card changes again from the other tab (as a second answer there would change it); Undo in
    // the tab whose answer stood then leaves it alone and says why.
    const [winner, other] = (await one.getByText(/just answered in another tab/).count()) ? [two, one] : [one, two];
    const [{ cardId }] = (await readStore(one, 'reviews')) as { cardId: number }[];
    await other.evaluate(
      (id) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('lesa');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('cards', 'readwrite');
            const store = tx.objectStore('cards');
            const get = store.get(id);
            get.onsuccess = () => {
              const c = get.result;
              const due = c.due + 3_600_000;
              store.put({ ...c, due, fsrs: { ...c.fsrs, due, reps: c.fsrs.reps + 1, last_review: Date.now() } });
            };
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      cardId,
    );
    const changed = (await readStore(one, 'cards')).find((c) => c.id === cardId);
    await winner.getByRole('button', { name: /^Undo last answer/ }).waitFor();
    await winner.keyboard.press('u');
    await winner.getByText(/changed since you answered it/).waitFor();
    expect((await readStore(one, 'cards')).find((c) => c.id === cardId)).toEqual(changed);
    expect((await readStore(one, 'reviews')).length).toBe(1);
    await two.close();
    expect(browser().errors).toEqual([]);
  });
});
