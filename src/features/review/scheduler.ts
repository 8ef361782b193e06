import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import { DEFAULT_REVIEW_SETTINGS, type ReviewSettings } from './settingsDefaults';
import type { FsrsState } from '../../db/types';

/**
 * The one wrapper around ts-fsrs (FSRS-6). It never reads the clock: every call takes `now`, so that
 * schedules are exact in tests. Same-day learning steps are ts-fsrs's (re)learning steps; FSRS
 * schedules the long-term intervals.
 */

export type Answer = 1 | 2 | 3 | 4;
const DAY_MS = 86_400_000;
export const ANSWERS: readonly Answer[] = [1, 2, 3, 4];

export { DEFAULT_REVIEW_SETTINGS, type ReviewSettings } from './settingsDefaults';

export function toState(c: Card): FsrsState {
  const s: FsrsState = {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
  };
  if (c.last_review) s.last_review = c.last_review.getTime();
  return s;
}

export function toCard(s: FsrsState): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsed_days,
    scheduled_days: s.scheduled_days,
    learning_steps: s.learning_steps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    last_review: s.last_review === undefined ? undefined : new Date(s.last_review),
  };
}

/** A card that has never been reviewed, due at `now`. */
export function newCardState(now: Date): FsrsState {
  return toState(createEmptyCard(now));
}

export interface Outcome {
  next: FsrsState;
  /** What the review log needs from ts-fsrs's log. */
  log: { rating: Answer; state: number; elapsedDays: number; scheduledDays: number };
}

export interface Scheduler {
  answer(state: FsrsState, now: Date, rating: Answer): Outcome;
  /** The due date each answer would give (for the labels on the buttons). */
  preview(state: FsrsState, now: Date): Record<Answer, number>;
}

export function makeScheduler(settings: ReviewSettings = DEFAULT_REVIEW_SETTINGS): Scheduler {
  const f = fsrs(
    generatorParameters({
      request_retention: settings.retention,
      maximum_interval: settings.maximumInterval,
      enable_fuzz: settings.fuzz,
      enable_short_term: true,
      learning_steps: settings.learningSteps,
      relearning_steps: settings.relearningSteps,
      ...(settings.weights ? { w: settings.weights } : {}),
    }),
  );
  /**
   * ts-fsrs's answer, except that Easy never comes due with or before Good once Good is a day or
   * more away: in a (re)learning step both can graduate to the same "1 day", and a learner who
   * presses Easy expects a longer wait (Anki's FSRS does the same: Easy ≥ Good + 1 day).
   */
  const next = (card: Card, now: Date, rating: Answer) => {
    const out = f.next(card, now, rating as Grade);
    if (rating !== 4) return out;
    const good = f.next(card, now, Rating.Good).card;
    if (good.scheduled_days < 1 || out.card.due.getTime() > good.due.getTime()) return out;
    const days = good.scheduled_days + 1;
    return { ...out, card: { ...out.card, scheduled_days: days, due: new Date(good.due.getTime() + DAY_MS) } };
  };
  return {
    answer(state, now, rating) {
      const before = toCard(state);
      const { card, log } = next(before, now, rating);
      // Whole days since the last review, from the stored dates (0 for a first answer).
      const elapsedDays = state.last_review === undefined ? 0 : Math.max(0, Math.floor((now.getTime() - state.last_review) / 86_400_000));
      return {
        next: toState(card),
        log: { rating, state: log.state, elapsedDays, scheduledDays: card.scheduled_days },
      };
    },
    preview(state, now) {
      const card = toCard(state);
      const out = {} as Record<Answer, number>;
      for (const r of ANSWERS) out[r] = next(card, now, r).card.due.getTime();
      return out;
    },
  };
}

export { Rating };
