import { undoAnswer, type AnswerStamp } from '../../db/cards';
import type { CardRecord } from '../../db/types';

/**
 * Takes back an answer: the card is as it was before and the log entry is gone. `written` is what
 * the answer wrote (see `answerStamp`): when the card no longer matches it (answered since in
 * another tab, or changed otherwise) nothing is written and null is returned.
 */
export function undoRating(reviewId: number, written: AnswerStamp): Promise<CardRecord | undefined | null> {
  return undoAnswer(reviewId, written);
}
