import { forgetting_curve } from 'ts-fsrs';
import type { TrainingItem } from './trainingItems';

/** What evaluating parameters needs from an FSRS implementation. */
export type MemoryStateOf = (weights: readonly number[], ratings: number[], deltaDays: number[]) => { stability: number };

const EPS = 1e-6;

/**
 * Mean log loss (binary cross-entropy) of FSRS's recall predictions on the items: for each item the
 * memory state after its history gives a probability of recall after the item's gap, scored
 * against what happened (Again = forgotten, Hard/Good/Easy = recalled). Lower is better; this is
 * the measure the optimiser minimises and the one Anki shows.
 */
export function logLoss(items: readonly TrainingItem[], weights: readonly number[], memoryState: MemoryStateOf): number {
  if (items.length === 0) return NaN;
  let sum = 0;
  for (const item of items) {
    const n = item.ratings.length;
    const { stability } = memoryState(weights, item.ratings.slice(0, n - 1), item.deltaDays.slice(0, n - 1));
    const r = Math.min(1 - EPS, Math.max(EPS, forgetting_curve(weights, item.deltaDays[n - 1], stability)));
    const recalled = item.ratings[n - 1] > 1;
    sum += -Math.log(recalled ? r : 1 - r);
  }
  return sum / items.length;
}
