import { answerStamp, queueOf, Q_LEARNING, Q_NEW, type AnswerStamp, type QueueItem } from '../../db/cards';
import type { FsrsState } from '../../db/types';
import type { Answer } from './scheduler';

/**
 * A review session: the queue taken at the start (card ids in order), the answers given, and what
 * undo needs. Pure: the page keeps it in state and the actions write to storage.
 */
export interface Answered {
  item: QueueItem;
  rating: Answer;
  reviewId: number;
  durationMs: number;
  /** What the answer wrote to the card: undo checks that the card is still so. */
  written: AnswerStamp;
  /**
   * Queue as it was before this answer (undo puts it back). Absent when the answer can no longer
   * be undone here (the card changed since, or the undo history was shortened to be kept).
   */
  queueBefore?: QueueItem[];
}

export interface Session {
  queue: QueueItem[];
  answered: Answered[];
}

/** Cards due again within this long (same-day learning steps) come back in this session. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export function startSession(items: QueueItem[]): Session {
  return { queue: items, answered: [] };
}

export function current(s: Session): QueueItem | undefined {
  return s.queue[0];
}

/**
 * After an answer: the card leaves the front; if its next due date is within the learn-ahead limit
 * (a learning step) it stays in the session, but it is not shown again before its step is up while
 * other cards are waiting: cards due by `now` come first ((re)learning steps, then reviews, then new
 * cards), then the steps not yet up, soonest first (shown early only when nothing else is left).
 */
export function afterAnswer(s: Session, a: Omit<Answered, 'queueBefore' | 'item' | 'written'>, next: FsrsState, now: number): Session {
  const [item, ...rest] = s.queue;
  if (!item) return s;
  const answered = [...s.answered, { ...a, item, written: answerStamp(next), queueBefore: s.queue }];
  const queue = next.due > now + LEARN_AHEAD_MS ? rest : [...rest, { id: item.id, queue: queueOf(next.state, false), due: next.due }];
  const waiting = (x: QueueItem) => x.queue !== Q_NEW && x.due > now;
  const dueNow = queue.filter((x) => !waiting(x));
  const rank = (x: QueueItem) => (x.queue === Q_LEARNING ? 0 : x.queue === Q_NEW ? 2 : 1);
  return {
    queue: [
      // Stable sorts: the due queue's own order within each class.
      ...dueNow.sort((x, y) => rank(x) - rank(y) || (x.queue === Q_NEW ? 0 : x.due - y.due)),
      ...queue.filter(waiting).sort((x, y) => x.due - y.due),
    ],
    answered,
  };
}

/** Whether the last answer can be taken back (answers are undone last first). */
export function canUndo(s: Session): boolean {
  return !!s.answered.at(-1)?.queueBefore;
}

/**
 * Takes back the last answer: the queue is as it was before it, followed by the cards that joined
 * the session since (see `joinDue`), which are not lost.
 */
export function undoLast(s: Session): { session: Session; undone: Answered } | null {
  const last = s.answered.at(-1);
  if (!last?.queueBefore) return null;
  const before = new Set(last.queueBefore.map((x) => x.id));
  const joined = s.queue.filter((x) => !before.has(x.id));
  return { session: { queue: [...last.queueBefore, ...joined], answered: s.answered.slice(0, -1) }, undone: last };
}

/** A session that has answers and nothing left: its summary is showing. */
export function isFinished(s: Session): boolean {
  return s.answered.length > 0 && s.queue.length === 0;
}

/**
 * Cards that became due (or were added) while the session runs join it at the end of its queue —
 * the card showing stays in front — unless they are queued or were answered in it already. A
 * finished session is left as it is (its summary stays until the learner starts again). `due` is
 * the due queue taken now (`buildDueQueue`, with the daily new-card limit applied).
 */
export function joinDue(s: Session, due: QueueItem[]): Session {
  if (isFinished(s)) return s;
  const seen = new Set([...s.queue.map((x) => x.id), ...s.answered.map((a) => a.item.id)]);
  const joined = due.filter((x) => !seen.has(x.id) && (seen.add(x.id), true));
  return joined.length ? { ...s, queue: [...s.queue, ...joined] } : s;
}

/** The last answer stays (it counts in the summary) but can no longer be undone, nor any before it. */
export function keepLast(s: Session): Session {
  const last = s.answered.at(-1);
  if (!last?.queueBefore) return s;
  return { ...s, answered: [...s.answered.slice(0, -1), { ...last, queueBefore: undefined }] };
}

export interface Summary {
  reviewed: number;
  cards: number;
  byRating: Record<Answer, number>;
  /** Share of answers that were not Again. */
  recalled: number;
  totalMs: number;
}

export function summarize(s: Session): Summary {
  const byRating: Record<Answer, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  let totalMs = 0;
  for (const a of s.answered) {
    byRating[a.rating]++;
    totalMs += a.durationMs;
  }
  const n = s.answered.length;
  return {
    reviewed: n,
    cards: new Set(s.answered.map((a) => a.item.id)).size,
    byRating,
    recalled: n ? (n - byRating[1]) / n : 0,
    totalMs,
  };
}
