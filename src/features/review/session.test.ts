// @vitest-environment node
import type { CardRecord } from '../../db/types';
import { afterAnswer, current, startSession, summarize, undoLast } from './session';
import { newCardState } from './scheduler';

const c = (id: number, state = 0, due = 0): CardRecord => ({
  id, lemma: `w${id}`, kind: 'recognition', display: `w${id}`, pos: null, gender: null, ipa: null, glosses: [], sentence: '', formStart: 0, formEnd: 0,
  articleId: null, due, fsrs: { ...newCardState(new Date(due)), state }, suspended: false, createdAt: id,
});

describe('review session', () => {
  it('a card answered into a learning step comes back after the others; a graduated one leaves', () => {
    let s = startSession([c(1), c(2)]);
    s = afterAnswer(s, { rating: 3, reviewId: 10, durationMs: 1000 }, { ...c(1).fsrs, state: 1, due: 600_000 }, 0);
    expect(s.queue.map((x) => x.id)).toEqual([2, 1]);
    s = afterAnswer(s, { rating: 4, reviewId: 11, durationMs: 1000 }, { ...c(2).fsrs, state: 2, due: 8 * 86_400_000 }, 0);
    expect(s.queue.map((x) => x.id)).toEqual([1]);
    expect(current(s)?.fsrs.state).toBe(1);
    expect(summarize(s)).toMatchObject({ reviewed: 2, cards: 2, recalled: 1, totalMs: 2000 });
  });

  it('undo restores the queue as it was before the last answer', () => {
    let s = startSession([c(1), c(2)]);
    s = afterAnswer(s, { rating: 1, reviewId: 10, durationMs: 1 }, { ...c(1).fsrs, state: 1, due: 60_000 }, 0);
    const u = undoLast(s)!;
    expect(u.undone.reviewId).toBe(10);
    expect(u.session.queue.map((x) => x.id)).toEqual([1, 2]);
    expect(u.session.answered).toEqual([]);
    expect(undoLast(u.session)).toBeNull();
  });
});
