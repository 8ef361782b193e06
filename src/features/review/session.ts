import type { CardRecord, FsrsState } from '../../db/types';
import type { Answer } from './scheduler';

/**
 * A review session: the queue taken at the start, the answers given, and what undo needs. Pure:
 * the page keeps it in state and the actions write to storage.
 */
export interface Answered {
  card: CardRecord;
  rating: Answer;
  reviewId: number;
  durationMs: number;
  /** Queue as it was before this answer (undo puts it back). */
  queueBefore: CardRecord[];
}

export interface Session {
  queue: CardRecord[];
  answered: Answered[];
}

/** Cards due again within this long (same-day learning steps) come back in this session. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export function startSession(cards: CardRecord[]): Session {
  return { queue: cards, answered: [] };
}

export function current(s: Session): CardRecord | undefined {
  return s.queue[0];
}

/**
 * After an answer: the card leaves the front; if its next due date is within the learn-ahead limit
 * (a learning step) it comes back after the others due before it.
 */
export function afterAnswer(s: Session, a: Omit<Answered, 'queueBefore' | 'card'>, next: FsrsState, now: number): Session {
  const [card, ...rest] = s.queue;
  if (!card) return s;
  const answered = [...s.answered, { ...a, card, queueBefore: s.queue }];
  if (next.due > now + LEARN_AHEAD_MS) return { queue: rest, answered };
  const again: CardRecord = { ...card, fsrs: next, due: next.due };
  // Back in the queue after every card due before it (cards not yet seen keep their order).
  let at = rest.length;
  while (at > 0 && rest[at - 1].due > next.due && rest[at - 1].fsrs.state !== 0) at--;
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
    cards: new Set(s.answered.map((a) => a.card.id)).size,
    byRating,
    recalled: n ? (n - byRating[1]) / n : 0,
    totalMs,
  };
}
