/// <reference lib="webworker" />
import { answerCleanRequest, type CleanRequest, type CleanResponse } from './cleanProtocol.ts';

/**
 * Cleans pasted text off the main thread (a 1.4 MB paste takes seconds on a slow phone). A thin
 * wrapper: all the work is `answerCleanRequest`, i.e. the synchronous path's `runTextJob`. No DOM,
 * no storage; the client (cleanClient.ts) ends the worker when a clean is stopped.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (ev: MessageEvent<CleanRequest>) => scope.postMessage(answerCleanRequest(ev.data) satisfies CleanResponse);
