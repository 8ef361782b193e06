import { getCard, saveAnswer } from '../../db/cards';
import type { CardRecord, FsrsState } from '../../db/types';
import { makeScheduler, type Answer, type ReviewSettings } from './scheduler';

export interface Rated {
  reviewId: number;
  next: FsrsState;
}

/**
 * Answers a card (1 Again … 4 Easy): schedules it with FSRS and writes the card and its review log
 * entry together. `shown` is the card as it was when shown; `durationMs` is the time from showing
 * it to the answer. Returns null, writing nothing, when the card has been answered since it was
 * shown (in another tab): the answer was to a showing that is already logged.
 */
export async function rateCard(shown: CardRecord, rating: Answer, opts: { now: Date; durationMs: number; settings: ReviewSettings }): Promise<Rated | null> {
  // Schedule from the stored state (its memory state may have been recomputed meanwhile).
  const card = (await getCard(shown.id!)) ?? shown;
  if (card.fsrs.reps !== shown.fsrs.reps) return null;
  const { next, log } = makeScheduler(opts.settings).answer(card.fsrs, opts.now, rating);
  const reviewId = await saveAnswer(card.id!, next, {
    lemma: card.lemma,
    rating,
    state: log.state,
    at: opts.now.getTime(),
    elapsedDays: log.elapsedDays,
    scheduledDays: log.scheduledDays,
    durationMs: Math.max(0, Math.round(opts.durationMs)),
    before: card.fsrs,
  });
  return reviewId === null ? null : { reviewId, next };
}
