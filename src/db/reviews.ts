import { getDb } from './db';
import type { ReviewRecord } from './types';

/** Reads of the review log (answers are written with their card in `src/db/cards.ts`). */

export function listReviews(): Promise<ReviewRecord[]> {
  return getDb().reviews.orderBy('at').toArray();
}

export function countReviews(): Promise<number> {
  return getDb().reviews.count();
}

export function reviewsSince(since: number): Promise<ReviewRecord[]> {
  return getDb().reviews.where('at').aboveOrEqual(since).toArray();
}

export function reviewsOfCard(cardId: number): Promise<ReviewRecord[]> {
  return getDb().reviews.where('cardId').equals(cardId).sortBy('at');
}
