/// <reference lib="webworker" />
import { BinaryLemmatizer } from 'lemma-is';
import binUrl from 'lemma-is/data/lemma-is.core.bin?url';
import dictUrl from '../../dictionaries/lesa-dict.json?url';
import { createAnalyser } from '../lang/analyse';
import { Dictionary } from '../lang/dictionary';
import { summarizeError } from '../app/ui/errorText';
import type { AnalysisApi, Request, Response } from './protocol';

/**
 * The one place where the lemmatizer and the dictionary live in the browser. Loaded once; every
 * request is answered from memory. The main thread never blocks on language work.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: Response) => scope.postMessage(m);

async function fetchOk(url: string): Promise<Response_> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}
type Response_ = globalThis.Response;

const t0 = performance.now();
/** Lemma → frequency rank, built on the first `lemmaRanks` call. */
let ranks: Map<string, number> | undefined;
const api: Promise<AnalysisApi> = (async () => {
  // Both downloads start at once; the dictionary (about a tenth of the binary's size) is usually in
  // first and is indexed while the binary is still arriving.
  const [lemmatizer, dictionary] = await Promise.all([
    fetchOk(binUrl).then(async (r) => BinaryLemmatizer.loadFromBuffer(await r.arrayBuffer())),
    fetchOk(dictUrl).then(async (r) => Dictionary.fromArtifact(await r.json())),
  ]);
  const analyser = createAnalyser({ lemmatizer, dictionary });
  return {
    analyse: (text: string) => analyser.analyse(text),
    analyseForm: (form: string) => analyser.analyseForm(form),
    dictVersion: () => dictionary.version,
    lemmaRanks: (lemmas: string[]) => {
      ranks ??= new Map(lemmatizer.getAllLemmas().map((l, i) => [l, i] as const).reverse());
      return lemmas.map((l) => ranks!.get(l) ?? Infinity);
    },
  } as AnalysisApi;
})();

api.then(
  () => post({ id: 0, ready: true, ms: performance.now() - t0 }),
  (e: unknown) => post({ id: 0, loadError: String((e as Error)?.message ?? e), cause: summarizeError(e) }),
);

scope.onmessage = async (ev: MessageEvent<Request>) => {
  const { id, method, args } = ev.data;
  try {
    const impl = await api;
    const fn = impl[method] as (...a: unknown[]) => unknown;
    post({ id, ok: true, result: fn(...args) });
  } catch (e) {
    post({ id, ok: false, error: String((e as Error)?.message ?? e), cause: summarizeError(e) });
  }
};
