import { runTextJob, type PrepareResult, type TextJob } from './prepareText.ts';
import type { CleanRequest, CleanResponse } from './cleanProtocol.ts';

/** Cleans import text jobs for the Import page, in a worker when it can. Tests pass a fake. */
export interface TextCleaner {
  /** Rejects with an `AbortError` DOMException when `signal` aborts first; any other rejection is a cleaning failure. */
  clean(job: TextJob, signal?: AbortSignal): Promise<PrepareResult>;
  /** Ends the worker (the page is leaving); pending cleans reject as aborted. */
  dispose(): void;
}

export type WorkerFactory = () => Worker;

const startCleanWorker: WorkerFactory = () =>
  new Worker(new URL('./clean.worker.ts', import.meta.url), { type: 'module', name: 'lesa-clean' });

export const aborted = () => new DOMException('Cleaning was stopped', 'AbortError');
export const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

interface Pending {
  job: TextJob;
  resolve: (r: PrepareResult) => void;
  reject: (e: unknown) => void;
}

/**
 * Runs `runTextJob` in a module worker, one worker kept while the page is open. Without `Worker`,
 * or when the worker cannot be started or dies (a script that fails to load offline, an uncaught
 * error, a message that cannot be read), the job — and every later one — runs here on the main
 * thread instead, exactly as before the worker existed. Stopping a clean ends the worker so the
 * work stops too; the next clean starts a fresh one.
 */
export function createTextCleaner(
  makeWorker: WorkerFactory | null = typeof Worker === 'function' ? startCleanWorker : null,
  runHere: (job: TextJob) => PrepareResult = runTextJob,
): TextCleaner {
  let worker: Worker | null = null;
  let broken = makeWorker === null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const here = (job: TextJob) => new Promise<PrepareResult>((resolve) => resolve(runHere(job)));

  function stop() {
    worker?.terminate();
    worker = null;
  }

  /** The worker failed: finish what it held on the main thread, and never use a worker again. */
  function fallBack(why: string) {
    console.warn(`Cleaning worker unavailable (${why}); cleaning on the main thread.`);
    broken = true;
    stop();
    const held = [...pending.values()];
    pending.clear();
    for (const p of held) here(p.job).then(p.resolve, p.reject);
  }

  function start(): Worker | null {
    if (worker) return worker;
    let w: Worker;
    try {
      w = makeWorker!();
    } catch (e) {
      fallBack(String((e as Error)?.message ?? e));
      return null;
    }
    w.onmessage = (ev: MessageEvent<CleanResponse>) => {
      const m = ev.data;
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.ok) p.resolve(m.result);
      else p.reject(new Error(m.error));
    };
    w.onerror = (ev) => {
      ev.preventDefault?.();
      if (w === worker) fallBack(ev.message || 'worker error');
    };
    w.onmessageerror = () => {
      if (w === worker) fallBack('unreadable message');
    };
    worker = w;
    return w;
  }

  return {
    clean(job, signal) {
      if (signal?.aborted) return Promise.reject(aborted());
      const w = broken ? null : start();
      if (!w) return here(job);
      const id = nextId++;
      return new Promise<PrepareResult>((resolve, reject) => {
        const onAbort = () => {
          if (!pending.delete(id)) return;
          reject(aborted());
          // The worker is busy with this job: ending it is the only way to stop the work. Any other
          // job it held goes to a fresh worker (or here, if none starts).
          if (worker !== w) return;
          stop();
          if (pending.size === 0) return;
          const fresh = start();
          if (fresh) for (const [other, p] of pending) fresh.postMessage({ id: other, job: p.job } satisfies CleanRequest);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const done = () => signal?.removeEventListener('abort', onAbort);
        pending.set(id, {
          job,
          resolve: (r) => (done(), resolve(r)),
          reject: (e) => (done(), reject(e)),
        });
        w.postMessage({ id, job } satisfies CleanRequest);
      });
    },
    dispose() {
      stop();
      const held = [...pending.values()];
      pending.clear();
      for (const p of held) p.reject(aborted());
    },
  };
}
