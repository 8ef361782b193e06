import { getDb } from '../../db/db';

/** Settings kept about backups (also read by the reminder, which must not load the backup code). */
export const LAST_BACKUP_KEY = 'backup.lastAt';
export const REVIEWS_AT_LAST_BACKUP_KEY = 'backup.reviewsAtLast';

/** Rows in the review log, or 0 before the review feature's tables exist. */
export async function countReviews(): Promise<number> {
  const db = getDb();
  return db.tables.some((t) => t.name === 'reviews') ? db.table('reviews').count() : 0;
}
