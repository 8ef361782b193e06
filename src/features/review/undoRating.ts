import { undoAnswer } from '../../db/cards';
import type { CardRecord } from '../../db/types';

/** Takes back the last answer: the card is as it was before and the log entry is gone. */
export function undoRating(reviewId: number): Promise<CardRecord | undefined> {
  return undoAnswer(reviewId);
}
