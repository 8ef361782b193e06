/**
 * Stands in for wasm-bindgen-rayon's `workerHelpers.js` inside `fsrs-browser` (aliased in
 * vite.config.ts). Lesa runs the optimiser single-threaded in one worker: a thread pool needs
 * SharedArrayBuffer in the page, i.e. cross-origin isolation (COOP/COEP headers), which a static
 * offline app cannot count on. Without `initThreadPool` rayon runs on the calling thread, so this
 * is never called; the original module would also spawn workers from a path Vite cannot bundle.
 */
export function startWorkers(): Promise<never> {
  return Promise.reject(new Error('Lesa runs the FSRS optimiser single-threaded'));
}
