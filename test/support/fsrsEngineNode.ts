import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fsrsBrowserEngine, type FsrsEngine } from '../../src/features/parameters/engine';

/** The real fsrs-rs optimiser (fsrs-browser's WebAssembly) loaded from disk, for Node-side tests and benchmarks. */
export async function loadNodeEngine(): Promise<FsrsEngine> {
  const g = globalThis as Record<string, unknown>;
  // fsrs-browser's thread-pool helper listens on `self` when imported; Node has no `self`.
  g.self ??= globalThis;
  g.addEventListener ??= () => {};
  const mod = await import('fsrs-browser');
  const wasm = createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm');
  mod.initSync({ module: readFileSync(wasm) });
  return fsrsBrowserEngine(mod);
}
