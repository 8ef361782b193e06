import type { StepUnit } from 'ts-fsrs';

/**
 * The learner's review settings and their defaults. Kept apart from the scheduler so that the
 * navigation's due badge can read them without loading ts-fsrs.
 */
export interface ReviewSettings {
  /** Desired retention, 0.7–0.99. */
  retention: number;
  learningSteps: StepUnit[];
  relearningSteps: StepUnit[];
  fuzz: boolean;
  /** New cards introduced per day. */
  newPerDay: number;
  /** Longest interval, days. */
  maximumInterval: number;
  /** Personal FSRS weights (from an optimiser), or null for the defaults. */
  weights: number[] | null;
  /** Also make a cloze card (type the missing form) for each word set to Learning from a sentence. */
  clozeCards: boolean;
}

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  retention: 0.9,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  fuzz: true,
  newPerDay: 20,
  maximumInterval: 36500,
  weights: null,
  clozeCards: false,
};
