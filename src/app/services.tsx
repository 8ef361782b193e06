import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AnalysisClient, WorkerState } from '../worker/client';

const Ctx = createContext<AnalysisClient | null>(null);

/** Provides the language worker client; tests pass a fake (jsdom has no Worker). */
export function AnalysisProvider({ client, children }: { client: AnalysisClient; children: ReactNode }) {
  return <Ctx.Provider value={client}>{children}</Ctx.Provider>;
}

export function useAnalysisClient(): AnalysisClient {
  const c = useContext(Ctx);
  if (!c) throw new Error('AnalysisProvider missing');
  return c;
}

export function useWorkerState(): WorkerState {
  const c = useAnalysisClient();
  return useSyncExternalStore(c.subscribe, c.state);
}
