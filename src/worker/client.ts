import type { Analysis } from '../lang/types';
import type { ErrorSummary } from '../app/ui/errorText';
import type { AnalysisApi, FormAnalysis, Method, Request, Response } from './protocol';

export type WorkerState = { status: 'loading' } | { status: 'ready'; ms: number } | { status: 'failed'; error: string; cause?: ErrorSummary };

/** An error from the worker, with the original's name and what it wrapped (for `errorKind`) as its cause. */
const workerError = (message: string, cause?: ErrorSummary) => Object.assign(new Error(message, { cause }), cause?.name ? { name: cause.name } : {});

/** What the UI needs from the language worker. Components take it as a dependency (tests pass a fake). */
export interface AnalysisClient {
  analyse(text: string): Promise<Analysis>;
  analyseForm(form: string): Promise<FormAnalysis>;
  dictVersion(): Promise<string>;
  /** Frequency rank of each lemma key (0 = commonest; Infinity when lemma-is does not list it). */
  lemmaRanks(lemmas: string[]): Promise<number[]>;
  /** Resolves when the lemmatizer and dictionary are loaded; rejects if they could not be. */
  ready(): Promise<number>;
  state(): WorkerState;
  subscribe(fn: () => void): () => void;
}

/** A client that talks to a Worker speaking the protocol of `analysis.worker.ts`. */
export function createWorkerClient(worker: Worker): AnalysisClient {
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listeners = new Set<() => void>();
  let state: WorkerState = { status: 'loading' };
  let readyResolve!: (ms: number) => void;
  let readyReject!: (e: Error) => void;
  const readyP = new Promise<number>((res, rej) => {
    readyResolve = res;
    readyReject = rej;
  });
  readyP.catch(() => {});
  const setState = (s: WorkerState) => {
    state = s;
    listeners.forEach((l) => l());
  };

  worker.onmessage = (ev: MessageEvent<Response>) => {
    const m = ev.data;
    if ('ready' in m) {
      // Observable by benchmarks and devtools: when the lemmatizer and dictionary became usable.
      performance.mark?.('lesa:worker-ready', { detail: { workerMs: m.ms } });
      setState({ status: 'ready', ms: m.ms });
      readyResolve(m.ms);
      return;
    }
    if ('loadError' in m) {
      setState({ status: 'failed', error: m.loadError, cause: m.cause });
      readyReject(workerError(m.loadError, m.cause));
      return;
    }
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.ok) p.resolve(m.result);
    else p.reject(workerError(m.error, m.cause));
  };
  worker.onerror = (ev) => {
    const error = ev.message || 'worker error';
    setState({ status: 'failed', error });
    readyReject(new Error(error));
    for (const p of pending.values()) p.reject(new Error(error));
    pending.clear();
  };

  function call<M extends Method>(method: M, ...args: Parameters<AnalysisApi[M]>): Promise<ReturnType<AnalysisApi[M]>> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, method, args } satisfies Request);
    });
  }

  return {
    analyse: (text) => call('analyse', text),
    analyseForm: (form) => call('analyseForm', form),
    dictVersion: () => call('dictVersion'),
    lemmaRanks: (lemmas) => call('lemmaRanks', lemmas),
    ready: () => readyP,
    state: () => state,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

let shared: AnalysisClient | null = null;

/** The app's one analysis worker, started on first use. */
export function getAnalysisClient(): AnalysisClient {
  shared ??= createWorkerClient(
    new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'lesa-analysis' }),
  );
  return shared;
}
