import Dexie from 'dexie';
import { getDb } from './db';
import { guardStorage } from './errors';
import type { Gender, PartOfSpeech } from '../lang/types';
import type { CardRecord, FsrsState, ReviewRecord } from './types';

/** Review cards (one per lemma set to Learning) and the answers given to them. */

const NEW = 0;
const REVIEW = 2;

/** Queue classes of the `[queue+due]` index. */
export const Q_LEARNING = 0;
export const Q_REVIEW = 1;
export const Q_NEW = 2;
export const Q_SUSPENDED = 3;

export function queueOf(state: number, suspended: boolean): number {
  if (suspended) return Q_SUSPENDED;
  return state === NEW ? Q_NEW : state === REVIEW ? Q_REVIEW : Q_LEARNING;
}

export function withQueue<T extends Omit<CardRecord, 'id' | 'queue'>>(card: T): T & { queue: number } {
  return { ...card, queue: queueOf(card.fsrs.state, card.suspended) };
}

export function getCard(id: number): Promise<CardRecord | undefined> {
  return getDb().cards.get(id);
}

export function cardsForLemma(lemma: string): Promise<CardRecord[]> {
  return getDb().cards.where('lemma').equals(lemma).toArray();
}

export function countCards(): Promise<number> {
  return getDb().cards.count();
}

/** New cards introduced (answered for the first time) since `since` (epoch ms). */
export async function newIntroducedSince(since: number): Promise<number> {
  return getDb()
    .reviews.where('at')
    .aboveOrEqual(since)
    .filter((r) => r.state === NEW)
    .count();
}

/** One card in the due queue: enough to order it and count it, read from the index alone. */
export interface QueueItem {
  id: number;
  queue: number;
  /** Due by this time (the queue's `now` for cards taken from the index; the exact due date once answered). */
  due: number;
}

export interface DueQueue {
  /** Cards to show, in order: (re)learning steps first, then reviews by due date, then new cards. */
  items: QueueItem[];
  /** Due cards (learning + review). */
  reviewCount: number;
  /** New cards allowed today. */
  newCount: number;
  /** New cards held back by the daily limit. */
  newWaiting: number;
}

const range = (db: ReturnType<typeof getDb>, queue: number, upTo: number) =>
  db.cards.where('[queue+due]').between([queue, -Infinity], [queue, upTo], true, true);

async function itemsOf(db: ReturnType<typeof getDb>, queue: number, upTo: number, limit = Infinity): Promise<QueueItem[]> {
  let c = range(db, queue, upTo);
  if (limit !== Infinity) c = c.limit(limit);
  // Primary keys only (one getAllKeys in index order): the order is the due order.
  const ids = await c.primaryKeys();
  return ids.map((id) => ({ id, queue, due: upTo }));
}

/**
 * Builds the due queue at `now` from the `[queue+due]` index (no card is read): every active card
 * due by then, with new cards capped so that no more than `newPerDay` are introduced since `dayStart`.
 */
export async function buildDueQueue(now: number, dayStart: number, newPerDay: number): Promise<DueQueue> {
  const db = getDb();
  return db.transaction('r', db.cards, db.reviews, async () => {
    const introduced = await newIntroducedSince(dayStart);
    const allowed = Math.max(0, newPerDay - introduced);
    const [learning, review, fresh, freshTotal] = await Promise.all([
      itemsOf(db, Q_LEARNING, now),
      itemsOf(db, Q_REVIEW, now),
      allowed > 0 ? itemsOf(db, Q_NEW, now, allowed) : Promise.resolve([]),
      range(db, Q_NEW, now).count(),
    ]);
    return {
      items: [...learning, ...review, ...fresh],
      reviewCount: learning.length + review.length,
      newCount: fresh.length,
      newWaiting: freshTotal - fresh.length,
    };
  });
}

/** How many cards the queue at `now` would hold (as `buildDueQueue`), from index counts. */
export async function countDueQueue(now: number, dayStart: number, newPerDay: number): Promise<number> {
  const db = getDb();
  return db.transaction('r', db.cards, db.reviews, async () => {
    const [learning, review, fresh, introduced] = await Promise.all([
      range(db, Q_LEARNING, now).count(),
      range(db, Q_REVIEW, now).count(),
      range(db, Q_NEW, now).count(),
      newIntroducedSince(dayStart),
    ]);
    return learning + review + Math.min(fresh, Math.max(0, newPerDay - introduced));
  });
}

/** Cards due at `now` (active only, new cards without the daily limit). */
export async function countDue(now: number): Promise<number> {
  const db = getDb();
  const counts = await Promise.all([Q_LEARNING, Q_REVIEW, Q_NEW].map((q) => range(db, q, now).count()));
  return counts.reduce((a, b) => a + b, 0);
}

/** Due dates of every active card after `from`, for the forecast. */
export async function dueDates(from: number, to: number): Promise<number[]> {
  const out: number[] = [];
  await getDb()
    .cards.where('due')
    .between(from, to, true, false)
    .each((c) => {
      if (!c.suspended) out.push(c.due);
    });
  return out;
}

/**
 * Stores an answer: the card's new scheduling state and its review log entry, together. Returns
 * the log entry's id (to undo it), or null when the card was answered since `review.before` was
 * read (its `reps` differ: another tab answered it): nothing is written, so one showing of a card
 * is never logged twice.
 */
export async function saveAnswer(cardId: number, next: FsrsState, review: Omit<ReviewRecord, 'id' | 'cardId'>): Promise<number | null> {
  const db = getDb();
  return guardStorage(() =>
    db.transaction('rw', db.cards, db.reviews, async () => {
      const card = await db.cards.get(cardId);
      if (!card) throw new Error(`card ${cardId} is gone`);
      if (card.fsrs.reps !== review.before.reps) return null;
      await db.cards.update(cardId, { fsrs: next, due: next.due, queue: queueOf(next.state, card.suspended) });
      return db.reviews.add({ ...review, cardId });
    }),
  );
}

/** What an answer wrote that no later change leaves as it was: undo compares it with the card. */
export type AnswerStamp = Pick<FsrsState, 'due' | 'reps' | 'last_review'>;

export function answerStamp(s: FsrsState): AnswerStamp {
  return { due: s.due, reps: s.reps, last_review: s.last_review };
}

/**
 * Undoes one answer: the card gets its state before the answer back and the log entry goes. Only
 * while the card is still as the answer left it (`written`: its due date, reps and last review):
 * when it has been answered since (in another tab) or changed otherwise, or the log entry is gone,
 * nothing is written and null is returned, so another tab's later answer is never overwritten.
 * Undefined when the card itself is gone (its log entry is dropped).
 */
export async function undoAnswer(reviewId: number, written: AnswerStamp): Promise<CardRecord | undefined | null> {
  const db = getDb();
  return guardStorage(() =>
    db.transaction('rw', db.cards, db.reviews, async () => {
      const review = await db.reviews.get(reviewId);
      if (!review) return null;
      const card = await db.cards.get(review.cardId);
      if (!card) {
        await db.reviews.delete(reviewId);
        return undefined;
      }
      const now = card.fsrs;
      if (now.reps !== written.reps || now.due !== written.due || now.last_review !== written.last_review) return null;
      await db.reviews.delete(reviewId);
      const restored = { ...card, fsrs: review.before, due: review.before.due, queue: queueOf(review.before.state, card.suspended) };
      await db.cards.put(restored);
      return restored;
    }),
  );
}

/** The scheduling state of a card never reviewed, due at `now` (as ts-fsrs's `createEmptyCard`). */
export function emptyFsrsState(now: number): FsrsState {
  return { due: now, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: NEW };
}

/**
 * A card for a word known without a sentence (typed in or imported from a list): the front shows
 * the lemma alone.
 */
export function wordOnlyCard(lemma: string, gloss: string, now: number): Omit<CardRecord, 'id' | 'queue'> {
  return {
    lemma,
    kind: 'recognition',
    display: lemma,
    pos: null,
    gender: null,
    ipa: null,
    glosses: gloss.trim() ? [gloss.trim()] : [],
    sentence: '',
    formStart: 0,
    formEnd: 0,
    articleId: null,
    due: now,
    fsrs: emptyFsrsState(now),
    suspended: false,
    createdAt: now,
  };
}

/**
 * Where a lemma's inflected form probably is in a sentence (UTF-16 offsets): the word sharing the
 * longest beginning with the lemma, at least three letters (`hestur` → "hestinum"). Null when no
 * word is close enough; the card then shows the headword above the sentence.
 */
export function locateForm(sentence: string, lemma: string): { start: number; end: number } | null {
  const key = lemma.toLocaleLowerCase('is');
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of sentence.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
    const w = m[0].toLocaleLowerCase('is');
    let n = 0;
    while (n < w.length && n < key.length && w[n] === key[n]) n++;
    const score = n === key.length && n === w.length ? n + 1 : n;
    if (n >= Math.min(3, key.length) && (!best || score > best.score)) best = { start: m.index!, end: m.index! + m[0].length, score };
  }
  return best && { start: best.start, end: best.end };
}

/**
 * A card for a word that came from a word list: its example sentence (when it has one) as context,
 * and the article the word was picked from (`articleId`, when the caller knows it is still in the
 * library), as a card made while reading has, for the review screen's link back to it.
 */
export function listWordCard(
  w: { lemma: string; display?: string; pos?: PartOfSpeech | null; gender?: Gender | null; example?: string; articleId?: number | null },
  gloss: string,
  now: number,
): Omit<CardRecord, 'id' | 'queue'> {
  const card = wordOnlyCard(w.lemma, gloss, now);
  const sentence = (w.example ?? '').trim();
  const at = sentence ? locateForm(sentence, w.display ?? w.lemma) : null;
  return {
    ...card,
    display: w.display?.trim() || w.lemma,
    pos: w.pos ?? null,
    gender: w.gender ?? null,
    sentence,
    formStart: at?.start ?? 0,
    formEnd: at?.end ?? 0,
    articleId: w.articleId ?? null,
  };
}

/** The first due date after `now` of an active card (for "next review at …"). */
export async function nextDueAfter(now: number): Promise<number | null> {
  const c = await getDb()
    .cards.where('due')
    .above(now)
    .filter((x) => !x.suspended)
    .first();
  return c?.due ?? null;
}

/**
 * Calls `cb` after any change to cards, the review log or settings (in this tab or another). For
 * figures that depend on the clock as well as the data (the due count), where a live query's
 * observed ranges would miss a card inserted as due "now".
 */
export function onCardsChanged(cb: () => void): () => void {
  const fn = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((k) => /\/(cards|reviews|settings)\//.test(k))) cb();
  };
  Dexie.on.storagemutated.subscribe(fn);
  return () => Dexie.on.storagemutated.unsubscribe(fn);
}

/** Every card's id and scheduling state (for replaying memory states after a parameter change). */
export async function listCardStates(): Promise<{ id: number; fsrs: FsrsState }[]> {
  const cards = await getDb().cards.toArray();
  return cards.map((c) => ({ id: c.id!, fsrs: c.fsrs }));
}

export interface MemoryUpdate {
  id: number;
  /** The card's `fsrs.reps` when the update was computed; a card answered since is left alone. */
  reps: number;
  stability: number;
  difficulty: number;
}

/**
 * Writes recomputed memory states (stability, difficulty) in one transaction; due dates and the
 * rest of the state stay. Returns how many cards changed.
 */
export async function updateMemoryStates(updates: MemoryUpdate[]): Promise<number> {
  const db = getDb();
  return guardStorage(() =>
    db.transaction('rw', db.cards, async () => {
      let changed = 0;
      const cards = await db.cards.bulkGet(updates.map((u) => u.id));
      const next: CardRecord[] = [];
      updates.forEach((u, k) => {
        const card = cards[k];
        if (!card || card.fsrs.reps !== u.reps) return;
        if (card.fsrs.stability === u.stability && card.fsrs.difficulty === u.difficulty) return;
        next.push({ ...card, fsrs: { ...card.fsrs, stability: u.stability, difficulty: u.difficulty } });
        changed++;
      });
      await db.cards.bulkPut(next);
      return changed;
    }),
  );
}
