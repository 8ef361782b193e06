/// <reference lib="webworker" />
import init, { Fsrs } from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import { fsrsBrowserEngine } from './engine';
import { fitParameters } from './optimize';
import type { OptimizerRequest, OptimizerResponse } from './protocol';

/** Runs the fsrs-rs optimiser off the main thread, one job per worker (the client ends it after). */
self.onmessage = async (ev: MessageEvent<OptimizerRequest>) => {
  const post = (m: OptimizerResponse) => self.postMessage(m);
  try {
    await init({ module_or_path: wasmUrl });
    const result = fitParameters(ev.data.items, ev.data.currentWeights, fsrsBrowserEngine({ Fsrs }));
    post({ ok: true, result });
  } catch (e) {
    post({ ok: false, error: e instanceof Error ? e.message : String(e) });
  }
};
