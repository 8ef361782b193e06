// @vitest-environment node
import { Q_LEARNING, Q_NEW, Q_REVIEW, type QueueItem } from '../../db/cards';
import { afterAnswer, canUndo, current, isFinished, joinDue, keepLast, startSession, summarize, undoLast } from './session';
import { newCardState } from './scheduler';

const item = (id: number, queue = Q_NEW, due = 0): QueueItem => ({ id, queue, due });
const st = (state: number, due: number) => ({ ...newCardState(new Date(0)), state, due });

describe('review session', () => {
  it('a card answered into a learning step waits for its step while other cards are due; a graduated one leaves', () => {
    // Taken from the index at 0: every card is due by then.
    let s = startSession([item(1, Q_LEARNING), item(2, Q_REVIEW), item(3, Q_REVIEW), item(4)]);
    s = afterAnswer(s, { rating: 3, reviewId: 10, durationMs: 1000 }, st(1, 601_000), 1000);
    expect(s.queue.map((x) => x.id)).toEqual([2, 3, 4, 1]);
    expect(s.queue[3]).toEqual({ id: 1, queue: Q_LEARNING, due: 601_000 });
    s = afterAnswer(s, { rating: 4, reviewId: 11, durationMs: 1000 }, st(2, 8 * 86_400_000), 2000);
    expect(s.queue.map((x) => x.id)).toEqual([3, 4, 1]);
    expect(current(s)?.id).toBe(3);
    expect(summarize(s)).toMatchObject({ reviewed: 2, cards: 2, recalled: 1, totalMs: 2000 });
  });

  it('Again (or a short step) does not show the same card straight back while new cards wait; it comes first once its step is up', () => {
    let s = startSession([item(1), item(2), item(3)]);
    s = afterAnswer(s, { rating: 1, reviewId: 10, durationMs: 1 }, st(1, 61_000), 1000);
    expect(s.queue.map((x) => x.id)).toEqual([2, 3, 1]);
    // A minute later card 1's step is up: it comes before the new card left.
    s = afterAnswer(s, { rating: 3, reviewId: 11, durationMs: 1 }, st(1, 670_000), 70_000);
    expect(s.queue.map((x) => x.id)).toEqual([1, 3, 2]);
    s = afterAnswer(s, { rating: 3, reviewId: 12, durationMs: 1 }, st(2, 2 * 86_400_000), 80_000);
    expect(s.queue.map((x) => x.id)).toEqual([3, 2]);
    // Nothing else due: the steps not yet up are shown early, soonest first.
    s = afterAnswer(s, { rating: 3, reviewId: 13, durationMs: 1 }, st(1, 690_000), 90_000);
    expect(s.queue.map((x) => x.id)).toEqual([2, 3]);
  });

  it('undo restores the queue as it was before the last answer', () => {
    let s = startSession([item(1), item(2)]);
    s = afterAnswer(s, { rating: 1, reviewId: 10, durationMs: 1 }, st(1, 60_000), 0);
    // Again: a learning step, back after the new card that is due now.
    expect(s.queue.map((x) => x.id)).toEqual([2, 1]);
    const u = undoLast(s)!;
    expect(u.undone.reviewId).toBe(10);
    expect(u.session.queue.map((x) => x.id)).toEqual([1, 2]);
    expect(u.session.answered).toEqual([]);
    expect(undoLast(u.session)).toBeNull();
  });

  it('an answer kept (its undo refused) still counts, and no answer before it can be undone', () => {
    let s = startSession([item(1), item(2)]);
    s = afterAnswer(s, { rating: 3, reviewId: 10, durationMs: 1 }, st(2, 86_400_000), 0);
    s = afterAnswer(s, { rating: 1, reviewId: 11, durationMs: 1 }, st(1, 60_000), 0);
    expect(s.answered[1].written).toEqual({ due: 60_000, reps: 0, last_review: undefined });
    expect(canUndo(s)).toBe(true);
    const kept = keepLast(s);
    expect(canUndo(kept)).toBe(false);
    expect(undoLast(kept)).toBeNull();
    expect(kept.queue).toEqual(s.queue);
    expect(summarize(kept)).toEqual(summarize(s));
  });

  it('cards that come due join at the end, the card in front stays, and none queued or answered comes twice', () => {
    let s = startSession([item(1, Q_REVIEW), item(2), item(3)]);
    s = afterAnswer(s, { rating: 4, reviewId: 10, durationMs: 1 }, st(2, 9 * 86_400_000), 0);
    expect(current(s)?.id).toBe(2);
    // A fresh due queue: 1 was answered (due again, say, after a reset elsewhere), 2 and 3 are queued, 4 and 5 are new.
    const joined = joinDue(s, [item(1, Q_LEARNING), item(2), item(3), item(4, Q_REVIEW), item(5), item(5)]);
    expect(joined.queue.map((x) => x.id)).toEqual([2, 3, 4, 5]);
    expect(joined.answered).toBe(s.answered);
    // Nothing new: the very same session.
    expect(joinDue(joined, [item(3), item(5)])).toBe(joined);
    // Once answered, the queue's own order applies (due cards before new ones).
    const next = afterAnswer(joined, { rating: 4, reviewId: 11, durationMs: 1 }, st(2, 9 * 86_400_000), 0);
    expect(next.queue.map((x) => x.id)).toEqual([4, 3, 5]);
  });

  it('a finished session is not joined (its summary stays); an empty one (nothing was due) is', () => {
    let s = startSession([item(1)]);
    s = afterAnswer(s, { rating: 4, reviewId: 10, durationMs: 1 }, st(2, 9 * 86_400_000), 0);
    expect(isFinished(s)).toBe(true);
    expect(joinDue(s, [item(2)])).toBe(s);
    expect(joinDue(startSession([]), [item(2)]).queue).toEqual([item(2)]);
    expect(isFinished(startSession([]))).toBe(false);
  });

  it('undo keeps the cards that joined since the answer, after the queue as it was', () => {
    let s = startSession([item(1), item(2)]);
    s = afterAnswer(s, { rating: 1, reviewId: 10, durationMs: 1 }, st(1, 60_000), 0);
    s = joinDue(s, [item(3)]);
    expect(s.queue.map((x) => x.id)).toEqual([2, 1, 3]);
    expect(undoLast(s)!.session.queue.map((x) => x.id)).toEqual([1, 2, 3]);
  });
});
