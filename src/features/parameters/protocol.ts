import type { FitResult } from './optimize';
import type { TrainingItem } from './trainingItems';

export interface OptimizerRequest {
  items: TrainingItem[];
  currentWeights: number[] | null;
}

export type OptimizerResponse = { ok: true; result: FitResult } | { ok: false; error: string };
