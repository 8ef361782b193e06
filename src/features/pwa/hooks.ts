import { useSyncExternalStore } from 'react';
import type { PwaController, PwaState } from './controller';
import { installState, subscribeInstall } from './install';

const subscribeOnline = (fn: () => void) => {
  window.addEventListener('online', fn);
  window.addEventListener('offline', fn);
  return () => {
    window.removeEventListener('online', fn);
    window.removeEventListener('offline', fn);
  };
};

/** Whether the browser believes it has a network connection. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}

export function useInstallState() {
  return useSyncExternalStore(subscribeInstall, installState);
}

const none: PwaState = { offlineReady: false, needRefresh: false };
const noop = () => () => {};

export function usePwaState(c: PwaController | null): PwaState {
  return useSyncExternalStore(c ? c.subscribe : noop, c ? c.state : () => none);
}
