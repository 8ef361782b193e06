import { runTextJob, type PrepareResult, type TextJob } from './prepareText.ts';

/** What the Import page posts to the cleaning worker, and what comes back. */
export interface CleanRequest {
  id: number;
  job: TextJob;
}

export type CleanResponse = { id: number; ok: true; result: PrepareResult } | { id: number; ok: false; error: string };

/**
 * The worker's whole job (clean.worker.ts only wires this to its messages): the same `runTextJob`
 * the synchronous path calls, with a thrown error turned into a reply. DOM- and storage-free.
 */
export function answerCleanRequest(req: CleanRequest): CleanResponse {
  try {
    return { id: req.id, ok: true, result: runTextJob(req.job) };
  } catch (e) {
    return { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
