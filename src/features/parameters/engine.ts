import type { MemoryStateOf } from './logLoss';
import type { TrainingItem } from './trainingItems';

/**
 * The FSRS optimiser behind a small interface: fsrs-rs compiled to WebAssembly (`fsrs-browser`),
 * loaded by the caller (the worker fetches the .wasm; tests read it from disk).
 */
export interface FsrsEngine {
  /** FSRS-6 parameters fitted to the items (fsrs-rs's optimiser, short-term model on). */
  fit(items: readonly TrainingItem[]): number[];
  memoryState: MemoryStateOf;
}

/** The parts of the `fsrs-browser` module the engine uses (typed loosely so tests can load it from disk). */
export interface FsrsBrowserModule {
  Fsrs: new (parameters?: Float32Array | null) => {
    computeParameters(ratings: Uint32Array, deltaTs: Uint32Array, lengths: Uint32Array, progress: null, enableShortTerm: boolean): Float32Array;
    memoryState(ratings: Uint32Array, deltaTs: Uint32Array): Float32Array;
  };
}

export function fsrsBrowserEngine(mod: FsrsBrowserModule): FsrsEngine {
  const models = new Map<string, InstanceType<FsrsBrowserModule['Fsrs']>>();
  const model = (weights: readonly number[]) => {
    const key = weights.join(',');
    let m = models.get(key);
    if (!m) models.set(key, (m = new mod.Fsrs(Float32Array.from(weights))));
    return m;
  };
  return {
    fit(items) {
      let total = 0;
      for (const it of items) total += it.ratings.length;
      const ratings = new Uint32Array(total);
      const deltas = new Uint32Array(total);
      const lengths = new Uint32Array(items.length);
      let k = 0;
      items.forEach((it, i) => {
        lengths[i] = it.ratings.length;
        for (let j = 0; j < it.ratings.length; j++, k++) {
          ratings[k] = it.ratings[j];
          deltas[k] = it.deltaDays[j];
        }
      });
      // computeParameters consumes (frees) the model it is called on.
      return Array.from(new mod.Fsrs().computeParameters(ratings, deltas, lengths, null, true), (w) => Math.round(w * 10_000) / 10_000);
    },
    memoryState(weights, ratings, deltaDays) {
      const [stability, difficulty] = model(weights).memoryState(Uint32Array.from(ratings), Uint32Array.from(deltaDays));
      return { stability, difficulty };
    },
  };
}
