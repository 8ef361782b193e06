import type { FitResult } from './optimize';
import type { OptimizerRequest, OptimizerResponse } from './protocol';
import type { TrainingItem } from './trainingItems';

export type RunOptimizer = (items: TrainingItem[], currentWeights: number[] | null) => Promise<FitResult>;

/**
 * Starts a worker for one optimisation and ends it afterwards (the WebAssembly heap is released;
 * a failed run cannot leave a broken instance behind).
 */
export const runOptimizerInWorker: RunOptimizer = (items, currentWeights) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./optimizer.worker.ts', import.meta.url), { type: 'module', name: 'lesa-fsrs-optimizer' });
    worker.onmessage = (ev: MessageEvent<OptimizerResponse>) => {
      worker.terminate();
      if (ev.data.ok) resolve(ev.data.result);
      else reject(new Error(ev.data.error));
    };
    worker.onerror = (ev) => {
      worker.terminate();
      reject(new Error(ev.message || 'optimiser worker failed'));
    };
    worker.postMessage({ items, currentWeights } satisfies OptimizerRequest);
  });
