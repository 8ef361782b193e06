import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { answerStamp, countDue, getCard } from '../../db/cards';
import { LesaDB, getDb, useDatabase } from '../../db/db';
import { setWordStatus } from '../vocabulary/setWordStatus';
import { loadDueQueue } from './dueQueue';
import { rateCard } from './rateCard';
import { DEFAULT_REVIEW_SETTINGS } from './scheduler';
import { undoRating } from './undoRating';

let n = 0;
beforeEach(() => useDatabase(new LesaDB(`test-rate-${n++}`)));

const T = new Date('2026-03-02T09:00:00');
const settings = { ...DEFAULT_REVIEW_SETTINGS, fuzz: false };
const later = (ms: number) => new Date(T.getTime() + ms);

async function learn() {
  await setWordStatus('hestur', 'learning', { context: { articleId: 1, text: FIXTURE_TEXT, analysis: fixtureAnalysis(), tokenIndex: 2 }, now: T });
  const [first] = (await loadDueQueue(T, 20)).items;
  return (await getCard(first.id))!;
}

describe('rateCard', () => {
  it('Good moves the due date into the future, drops the due count, and writes one log entry', async () => {
    const card = await learn();
    expect(await countDue(T.getTime())).toBe(1);
    const { next } = (await rateCard(card, 3, { now: later(4000), durationMs: 4000, settings }))!;
    expect(next.due).toBe(later(4000).getTime() + 10 * 60_000); // second learning step
    expect(await countDue(later(5000).getTime())).toBe(0);
    const logs = await getDb().reviews.toArray();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ cardId: card.id, lemma: 'hestur', rating: 3, state: 0, elapsedDays: 0, durationMs: 4000 });
  });

  it('after the learning steps the card goes to days-long intervals', async () => {
    let card = await learn();
    await rateCard(card, 3, { now: T, durationMs: 1, settings });
    card = (await getDb().cards.get(card.id!))!;
    const { next } = (await rateCard(card, 3, { now: new Date(card.due), durationMs: 1, settings }))!;
    expect(next.state).toBe(2);
    expect(next.scheduled_days).toBeGreaterThanOrEqual(1);
  });

  it('undo of the last answer makes the card due again and removes the log entry', async () => {
    const card = await learn();
    const { reviewId, next } = (await rateCard(card, 4, { now: T, durationMs: 1, settings }))!;
    expect(await countDue(T.getTime())).toBe(0);
    const back = await undoRating(reviewId, answerStamp(next));
    expect(back?.fsrs).toEqual(card.fsrs);
    expect(await countDue(T.getTime())).toBe(1);
    expect(await getDb().reviews.count()).toBe(0);
  });

  it('undo leaves a card alone that another tab answered after this answer', async () => {
    const card = await learn();
    const mine = (await rateCard(card, 3, { now: later(1000), durationMs: 1000, settings }))!;
    // The other tab shows the card as this answer left it, and its learner presses Good.
    const theirs = (await rateCard((await getCard(card.id!))!, 3, { now: later(2000), durationMs: 1000, settings }))!;
    expect(await undoRating(mine.reviewId, answerStamp(mine.next))).toBeNull();
    expect((await getCard(card.id!))?.fsrs).toEqual(theirs.next);
    expect(await getDb().reviews.count()).toBe(2);
  });

  it('a card answered since it was shown (in another tab) is not answered again', async () => {
    const shown = await learn();
    expect(await rateCard(shown, 3, { now: later(1000), durationMs: 1000, settings })).not.toBeNull();
    // The other tab still shows the card as it was, and its learner presses Good too.
    expect(await rateCard(shown, 3, { now: later(2000), durationMs: 2000, settings })).toBeNull();
    expect(await getDb().reviews.count()).toBe(1);
    expect((await getCard(shown.id!))?.due).toBe(later(1000).getTime() + 10 * 60_000);
  });

  it('the daily new-card limit counts cards answered today', async () => {
    const card = await learn();
    await rateCard(card, 4, { now: T, durationMs: 1, settings });
    await setWordStatus('stór', 'learning', { context: { articleId: 1, text: FIXTURE_TEXT, analysis: fixtureAnalysis(), tokenIndex: 8 }, now: T });
    expect((await loadDueQueue(later(1000), 1)).items).toHaveLength(0);
    const [only, ...none] = (await loadDueQueue(later(1000), 2)).items;
    expect(none).toEqual([]);
    expect((await getCard(only.id))?.lemma).toBe('stór');
  });
});
