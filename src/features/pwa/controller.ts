/** What the UI shows about the service worker. */
export interface PwaState {
  /** The precache finished on this visit: the app now works with no network (shown once, as a toast). */
  offlineReady: boolean;
  /**
   * The app is saved for offline use on this device: a service worker controlled the page when it
   * loaded, or one finished installing or took control since. Unlike `offlineReady` it stays true,
   * so Settings says the same as the toast did.
   */
  savedOffline?: boolean;
  /** A new version is installed and waiting; reloading switches to it. */
  needRefresh: boolean;
  /** Registering or installing the service worker failed. */
  error?: string;
}

export interface PwaController {
  /** Registers the service worker (once; later calls do nothing). */
  start(): void;
  state(): PwaState;
  subscribe(fn: () => void): () => void;
  /** Switches to the waiting version and reloads the page once it controls it. */
  applyUpdate(): void;
  /** Asks the server whether there is a newer version. */
  checkForUpdate(): Promise<void>;
  dismissOfflineReady(): void;
  dismissUpdate(): void;
}

/** The part of workbox-window's `Workbox` the controller uses (tests pass a fake). */
export interface WorkboxLike {
  addEventListener(type: 'installed' | 'waiting' | 'controlling', fn: (e: { isUpdate?: boolean }) => void): void;
  register(): Promise<unknown>;
  update(): Promise<unknown>;
  messageSkipWaiting(): void;
}

/**
 * Maps service-worker lifecycle events to UI state: the first install → "ready to work offline";
 * a new version waiting → "update available"; after the user accepts, the new worker takes
 * control → reload.
 */
export function createPwaController(wb: WorkboxLike, opts: { reload: () => void; controlled?: () => boolean }): PwaController {
  let state: PwaState = { offlineReady: false, needRefresh: false, savedOffline: opts.controlled?.() ?? false };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<PwaState>) => {
    state = { ...state, ...patch };
    listeners.forEach((l) => l());
  };
  let updateAccepted = false;

  wb.addEventListener('installed', (e) => {
    if (!e.isUpdate) set({ offlineReady: true, savedOffline: true });
  });
  wb.addEventListener('waiting', () => set({ needRefresh: true }));
  wb.addEventListener('controlling', (e) => {
    if (!state.savedOffline) set({ savedOffline: true });
    if (updateAccepted || e.isUpdate) {
      if (updateAccepted) opts.reload();
    }
  });
  let started = false;

  return {
    start() {
      if (started) return;
      started = true;
      wb.register().catch((err: unknown) => set({ error: String((err as Error)?.message ?? err) }));
    },
    state: () => state,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    applyUpdate() {
      updateAccepted = true;
      set({ needRefresh: false });
      wb.messageSkipWaiting();
    },
    async checkForUpdate() {
      await wb.update();
    },
    dismissOfflineReady: () => set({ offlineReady: false }),
    dismissUpdate: () => set({ needRefresh: false }),
  };
}

type WorkboxEvent = Parameters<WorkboxLike['addEventListener']>[0];
type WorkboxListener = Parameters<WorkboxLike['addEventListener']>[1];

/**
 * workbox-window's `Workbox`, loaded only when the service worker is registered (`register`): the
 * registration waits for the language worker anyway, so the library (~2 KB gzip) stays out of the
 * first screen's JavaScript. Listeners added before are attached once it is loaded. `update` and
 * `messageSkipWaiting` before registration do nothing, as `Workbox`'s own do.
 */
export function lazyWorkbox(
  scriptUrl: string,
  options: RegistrationOptions,
  load: () => Promise<{ Workbox: new (url: string, options: RegistrationOptions) => WorkboxLike }> = () => import('workbox-window'),
): WorkboxLike {
  const listeners: [WorkboxEvent, WorkboxListener][] = [];
  let wb: WorkboxLike | null = null;
  let loading: Promise<WorkboxLike> | null = null;
  const ready = () =>
    (loading ??= load().then(({ Workbox }) => {
      const w: WorkboxLike = new Workbox(scriptUrl, options);
      for (const [type, fn] of listeners) w.addEventListener(type, fn);
      return (wb = w);
    }));
  return {
    addEventListener(type, fn) {
      listeners.push([type, fn]);
      wb?.addEventListener(type, fn);
    },
    register: () => ready().then((w) => w.register()),
    update: async () => {
      if (loading) await (await loading).update();
    },
    messageSkipWaiting: () => wb?.messageSkipWaiting(),
  };
}

let shared: PwaController | null | undefined;

/**
 * The app's service-worker controller: only in a build (the dev server has no service worker)
 * and where the browser supports service workers; otherwise null. Keyed on the mode, not on
 * `PROD`: a build started under a test runner (NODE_ENV=test) is not `PROD` but still has sw.js.
 */
export function getPwaController(): PwaController | null {
  if (shared !== undefined) return shared;
  const supported = typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
  const built = import.meta.env.MODE !== 'development' && import.meta.env.MODE !== 'test';
  if (!built || !supported) return (shared = null);
  const base = import.meta.env.BASE_URL;
  shared = createPwaController(lazyWorkbox(`${base}sw.js`, { scope: base }), {
    reload: () => window.location.reload(),
    controlled: () => !!navigator.serviceWorker.controller,
  });
  return shared;
}
