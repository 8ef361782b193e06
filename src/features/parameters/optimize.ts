import { default_w } from 'ts-fsrs';
import type { FsrsEngine } from './engine';
import { logLoss } from './logLoss';
import type { TrainingItem } from './trainingItems';

export interface FitResult {
  /** The parameters in use now (personal ones, or FSRS-6's defaults) and their log loss on the items. */
  current: { weights: number[]; logLoss: number; personal: boolean };
  /** The optimiser's parameters and their log loss on the same items. */
  fitted: { weights: number[]; logLoss: number };
  items: number;
  /** True when the fitted parameters predict the learner's answers better than the current ones. */
  better: boolean;
  ms: number;
}

/** FSRS-6 parameter count (ts-fsrs 5 and fsrs-rs 5 agree). */
export const WEIGHT_COUNT = default_w.length;

export function isWeights(w: unknown): w is number[] {
  return Array.isArray(w) && w.length === WEIGHT_COUNT && w.every((x) => typeof x === 'number' && Number.isFinite(x));
}

/**
 * Fits personal FSRS parameters to the learner's review history and scores both the current and
 * the fitted parameters on it. The clock is passed in (`now`) for the timing only.
 */
export function fitParameters(items: readonly TrainingItem[], currentWeights: readonly number[] | null, engine: FsrsEngine, now: () => number = () => performance.now()): FitResult {
  if (items.length === 0) throw new Error('no training items');
  const t0 = now();
  const current = isWeights(currentWeights) ? [...currentWeights] : [...default_w];
  const fitted = engine.fit(items);
  if (!isWeights(fitted)) throw new Error('the optimiser returned no usable parameters');
  const before = logLoss(items, current, engine.memoryState);
  const after = logLoss(items, fitted, engine.memoryState);
  return {
    current: { weights: current, logLoss: before, personal: isWeights(currentWeights) },
    fitted: { weights: fitted, logLoss: after },
    items: items.length,
    better: after < before,
    ms: now() - t0,
  };
}
