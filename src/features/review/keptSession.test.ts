import { Q_LEARNING, Q_NEW, type QueueItem } from '../../db/cards';
import { LesaDB, useDatabase } from '../../db/db';
import { forgetMemoryForTests, forgetSession, keepSession, resumeSession, UNDO_KEPT } from './keptSession';
import { newCardState } from './scheduler';
import { afterAnswer, canUndo, startSession, summarize, undoLast, type Session } from './session';

const DAY = new Date('2026-03-02T00:00:00').getTime();
const KEY = 'lesa:review-session';
let n = 0;
beforeEach(() => {
  useDatabase(new LesaDB(`test-kept-session-${n++}`));
  sessionStorage.clear();
  forgetMemoryForTests();
});

const item = (id: number): QueueItem => ({ id, queue: Q_NEW, due: DAY });
const step = (due: number) => ({ ...newCardState(new Date(0)), state: 1, due, reps: 1, last_review: due - 60_000 });

/** `answers` answers of Again in a session of `cards` new cards: every card keeps coming back. */
function session(cards: number, answers: number): Session {
  let s = startSession(Array.from({ length: cards }, (_, i) => item(i + 1)));
  for (let i = 0; i < answers; i++) s = afterAnswer(s, { rating: 1, reviewId: i + 1, durationMs: 1000 }, step(DAY + i * 1000 + 60_000), DAY + i * 1000);
  return s;
}

describe('the kept review session', () => {
  it('comes back as it was within the visit, and after a reload from sessionStorage', () => {
    const s = session(3, 4);
    keepSession(s, DAY);
    expect(resumeSession(DAY)).toBe(s);
    forgetMemoryForTests();
    const back = resumeSession(DAY)!;
    expect(back).toEqual(s);
    expect(summarize(back)).toEqual(summarize(s));
    expect(undoLast(back)?.session.queue).toEqual(undoLast(s)?.session.queue);
    expect(back.queue[0]).toEqual({ id: s.queue[0].id, queue: Q_LEARNING, due: s.queue[0].due });
  });

  it('stays small across a reload: the undo history is cut to the last answers, the summary keeps all', () => {
    const s = session(100, 100);
    keepSession(s, DAY);
    const size = sessionStorage.getItem(KEY)!.length;
    expect(size).toBeLessThan(60_000);
    forgetMemoryForTests();
    let back = resumeSession(DAY)!;
    expect(summarize(back)).toEqual(summarize(s));
    for (let i = 0; i < UNDO_KEPT; i++) back = undoLast(back)!.session;
    expect(canUndo(back)).toBe(false);
    expect(back.answered).toHaveLength(100 - UNDO_KEPT);
  });

  it('a finished session is kept too (its summary), across a reload, until a new session starts', () => {
    const done = { ...session(2, 3), queue: [] };
    keepSession(done, DAY);
    forgetMemoryForTests();
    const back = resumeSession(DAY)!;
    expect(back.queue).toEqual([]);
    expect(summarize(back)).toEqual(summarize(done));
    expect(canUndo(back)).toBe(true);
    // The learner starts again: the new session has no answers yet, and the summary is forgotten.
    keepSession(startSession([item(9)]), DAY);
    expect(resumeSession(DAY)).toBeNull();
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('is not kept before any answer, and is for its own day and database only', () => {
    const s = session(2, 1);
    keepSession(s, DAY);
    expect(resumeSession(DAY + 86_400_000)).toBeNull();
    useDatabase(new LesaDB(`test-kept-session-${n++}`));
    expect(resumeSession(DAY)).toBeNull();
    keepSession({ ...s, queue: [] }, DAY);
    expect(resumeSession(DAY + 86_400_000)).toBeNull();
    keepSession(s, DAY);
    keepSession(startSession([item(1)]), DAY);
    expect(resumeSession(DAY)).toBeNull();
    keepSession(s, DAY);
    forgetSession();
    expect(resumeSession(DAY)).toBeNull();
  });

  it.each([
    ['not JSON', '{"v":1,'],
    ['null', 'null'],
    ['another version', '{"v":2}'],
    ['a bad answer', JSON.stringify({ v: 1, db: 'x', day: DAY, queue: [[1, 2, 3]], answered: [[[1, 2, 3], 7, 1, 1, [1, 1, 1]]] })],
    ['a bad queue item', JSON.stringify({ v: 1, db: 'x', day: DAY, queue: [[1, '2', 3]], answered: [] })],
  ])('a kept session that cannot be read (%s) is dropped', (_, raw) => {
    sessionStorage.setItem(KEY, raw.replace('"x"', JSON.stringify(`test-kept-session-${n - 1}`)));
    expect(resumeSession(DAY)).toBeNull();
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('without sessionStorage (or with it full) it is kept for the visit', () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const s = session(2, 1);
    expect(() => keepSession(s, DAY)).not.toThrow();
    expect(resumeSession(DAY)).toBe(s);
    spy.mockRestore();
  });
});
