// @vitest-environment node
import { Q_LEARNING, Q_NEW, Q_REVIEW, type QueueItem } from '../../db/cards';
import { afterAnswer, current, startSession, summarize, undoLast } from './session';
import { newCardState } from './scheduler';

const item = (id: number, queue = Q_NEW, due = 0): QueueItem => ({ id, queue, due });
const st = (state: number, due: number) => ({ ...newCardState(new Date(0)), state, due });

describe('review session', () => {
  it('a card answered into a learning step comes back after the cards due before it, before new ones; a graduated one leaves', () => {
    let s = startSession([item(1, Q_LEARNING, 10), item(2, Q_REVIEW, 20), item(3, Q_REVIEW, 700_000), item(4)]);
    s = afterAnswer(s, { rating: 3, reviewId: 10, durationMs: 1000 }, st(1, 600_000), 0);
    expect(s.queue.map((x) => x.id)).toEqual([2, 1, 3, 4]);
    expect(s.queue[1]).toEqual({ id: 1, queue: Q_LEARNING, due: 600_000 });
    s = afterAnswer(s, { rating: 4, reviewId: 11, durationMs: 1000 }, st(2, 8 * 86_400_000), 0);
    expect(s.queue.map((x) => x.id)).toEqual([1, 3, 4]);
    expect(current(s)?.id).toBe(1);
    expect(summarize(s)).toMatchObject({ reviewed: 2, cards: 2, recalled: 1, totalMs: 2000 });
  });

  it('undo restores the queue as it was before the last answer', () => {
    let s = startSession([item(1), item(2)]);
    s = afterAnswer(s, { rating: 1, reviewId: 10, durationMs: 1 }, st(1, 60_000), 0);
    // Again: a learning step, back before the new card.
    expect(s.queue.map((x) => x.id)).toEqual([1, 2]);
    const u = undoLast(s)!;
    expect(u.undone.reviewId).toBe(10);
    expect(u.session.queue.map((x) => x.id)).toEqual([1, 2]);
    expect(u.session.answered).toEqual([]);
    expect(undoLast(u.session)).toBeNull();
  });
});
