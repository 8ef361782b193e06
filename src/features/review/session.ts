import { queueOf, Q_NEW, type QueueItem } from '../../db/cards';
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
  /** Queue as it was before this answer (undo puts it back). */
  queueBefore: QueueItem[];
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
 * (a learning step) it comes back after the cards due before it (new cards keep their place at the end).
 */
export function afterAnswer(s: Session, a: Omit<Answered, 'queueBefore' | 'item'>, next: FsrsState, now: number): Session {
  const [item, ...rest] = s.queue;
  if (!item) return s;
  const answered = [...s.answered, { ...a, item, queueBefore: s.queue }];
  if (next.due > now + LEARN_AHEAD_MS) return { queue: rest, answered };
  const again: QueueItem = { id: item.id, queue: queueOf(next.state, false), due: next.due };
  let at = rest.length;
  while (at > 0 && (rest[at - 1].queue === Q_NEW || rest[at - 1].due > next.due)) at--;
  return { queue: [...rest.slice(0, at), again, ...rest.slice(at)], answered };
}

/** Takes back the last answer: the queue is as it was before it. */
export function undoLast(s: Session): { session: Session; undone: Answered } | null {
  const last = s.answered.at(-1);
  if (!last) return null;
  return { session: { queue: last.queueBefore, answered: s.answered.slice(0, -1) }, undone: last };
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
