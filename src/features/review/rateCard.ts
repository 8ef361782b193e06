import { getCard, saveAnswer } from '../../db/cards';
import type { CardRecord, FsrsState } from '../../db/types';
import { makeScheduler, type Answer, type ReviewSettings } from './scheduler';

export interface Rated {
  reviewId: number;
  next: FsrsState;
}

/**
 * Answers a card (1 Again … 4 Easy): schedules it with FSRS and writes the card and its review log
 * entry together. `durationMs` is the time from showing the card to the answer.
 */
export async function rateCard(shown: CardRecord, rating: Answer, opts: { now: Date; durationMs: number; settings: ReviewSettings }): Promise<Rated> {
  // Schedule from the stored state (the card on screen may be a moment old).
  const card = (await getCard(shown.id!)) ?? shown;
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
  return { reviewId, next };
}
