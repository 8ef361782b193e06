import type { AnswerStamp, QueueItem } from '../../db/cards';
import { getDb } from '../../db/db';
import { reviewsOfCard } from '../../db/reviews';
import type { Answer } from './scheduler';
import type { Answered, Session } from './session';

/**
 * The review session kept while the learner is away from the Review page (reading a card's
 * article, in the library…), so that coming back goes on with it: its answers (the summary) and
 * its undo history. Kept in memory for this visit and in sessionStorage for a reload in the same
 * tab. Only a session with answers is kept, for the database and the day it started; a finished
 * one too, so that coming back shows its summary, until a new session starts (the learner checks
 * for more cards, a new day) or its answers are gone from storage (a backup restored).
 */

const KEY = 'lesa:review-session';
/** Answers that can still be undone after a reload (each holds a copy of the queue). */
export const UNDO_KEPT = 20;

interface Kept {
  db: string;
  /** Local midnight of the day the session started (`startOfDay`). */
  day: number;
  session: Session;
}

let memory: Kept | null = null;

const worthKeeping = (s: Session) => s.answered.length > 0;

/** Keeps the session (or forgets the kept one when this one has no answers yet: a new session). */
export function keepSession(session: Session, day: number): void {
  if (!worthKeeping(session)) {
    forgetSession();
    return;
  }
  memory = { db: getDb().name, day, session };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(encode(memory)));
  } catch {
    // No sessionStorage, or it is full: kept for this visit only.
  }
}

export function forgetSession(): void {
  memory = null;
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to forget.
  }
}

/** The session to go on with, if one was kept for this database on `day`; null to start afresh. */
export function resumeSession(day: number): Session | null {
  const kept = memory ?? read();
  if (!kept || kept.db !== getDb().name || kept.day !== day || !worthKeeping(kept.session)) return null;
  memory = kept;
  return kept.session;
}

/**
 * As `resumeSession`, once its last answer is found still logged for its card: a session whose
 * answers are gone from storage (a backup restored meanwhile, the data deleted) is forgotten.
 */
export async function resumeStoredSession(day: number): Promise<Session | null> {
  const kept = resumeSession(day);
  const last = kept?.answered.at(-1);
  if (!kept || !last) return null;
  if ((await reviewsOfCard(last.item.id)).some((r) => r.id === last.reviewId && r.at === last.written.last_review)) return kept;
  forgetSession();
  return null;
}

/** Forgets the in-memory copy only (as a reload does); for tests. */
export function forgetMemoryForTests(): void {
  memory = null;
}

// Stored small: queue items as [id, queue, due], answers as short tuples.
type Item = [number, number, number];
type StoredAnswer = [item: Item, rating: number, reviewId: number, durationMs: number, written: [number, number, number | null], queueBefore?: Item[]];
interface Stored {
  v: 1;
  db: string;
  day: number;
  queue: Item[];
  answered: StoredAnswer[];
}

const item = (x: QueueItem): Item => [x.id, x.queue, x.due];

function encode(k: Kept): Stored {
  const n = k.session.answered.length;
  return {
    v: 1,
    db: k.db,
    day: k.day,
    queue: k.session.queue.map(item),
    answered: k.session.answered.map((a, i) => {
      const out: StoredAnswer = [item(a.item), a.rating, a.reviewId, a.durationMs, [a.written.due, a.written.reps, a.written.last_review ?? null]];
      if (a.queueBefore && i >= n - UNDO_KEPT) out.push(a.queueBefore.map(item));
      return out;
    }),
  };
}

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function toItem(x: unknown): QueueItem {
  if (!Array.isArray(x) || x.length !== 3 || !x.every(isNum)) throw new Error('bad item');
  return { id: x[0], queue: x[1], due: x[2] };
}

function toAnswer(x: unknown): Answered {
  if (!Array.isArray(x) || x.length < 5 || x.length > 6) throw new Error('bad answer');
  const [it, rating, reviewId, durationMs, written, before] = x as unknown[];
  if (![1, 2, 3, 4].includes(rating as number) || !isNum(reviewId) || !isNum(durationMs)) throw new Error('bad answer');
  if (!Array.isArray(written) || written.length !== 3 || !isNum(written[0]) || !isNum(written[1]) || !(written[2] === null || isNum(written[2]))) throw new Error('bad stamp');
  const stamp: AnswerStamp = { due: written[0], reps: written[1], last_review: written[2] ?? undefined };
  const a: Answered = { item: toItem(it), rating: rating as Answer, reviewId, durationMs, written: stamp };
  if (before !== undefined) {
    if (!Array.isArray(before)) throw new Error('bad queue');
    a.queueBefore = before.map(toItem);
  }
  return a;
}

function read(): Kept | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Partial<Stored> | null;
    if (!s || s.v !== 1 || typeof s.db !== 'string' || !isNum(s.day) || !Array.isArray(s.queue) || !Array.isArray(s.answered)) throw new Error('bad session');
    return { db: s.db, day: s.day, session: { queue: s.queue.map(toItem), answered: s.answered.map(toAnswer) } };
  } catch {
    // Missing storage, or a kept session that cannot be read (older Lesa, edited by hand): start afresh.
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // Nothing to remove.
    }
    return null;
  }
}
