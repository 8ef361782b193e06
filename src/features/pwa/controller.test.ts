import { createPwaController, lazyWorkbox, type WorkboxLike } from './controller';

type Handler = (e: { isUpdate?: boolean }) => void;

/** A workbox-window stand-in that lets the test fire lifecycle events. */
function fakeWorkbox(opts: { registerFails?: boolean } = {}) {
  const handlers = new Map<string, Handler[]>();
  const wb: WorkboxLike & { fire(type: string, e?: { isUpdate?: boolean }): void; skipped: number; updates: number; registered: number } = {
    skipped: 0,
    updates: 0,
    registered: 0,
    addEventListener(type, fn) {
      handlers.set(type, [...(handlers.get(type) ?? []), fn]);
    },
    register: () => {
      wb.registered++;
      return opts.registerFails ? Promise.reject(new Error('SecurityError: no SW here')) : Promise.resolve({});
    },
    update: async () => {
      wb.updates++;
    },
    messageSkipWaiting() {
      wb.skipped++;
    },
    fire(type, e = {}) {
      handlers.get(type)?.forEach((h) => h(e));
    },
  };
  return wb;
}

describe('service-worker controller', () => {
  it('first install → ready to work offline; an update install does not say so', () => {
    const wb = fakeWorkbox();
    const c = createPwaController(wb, { reload: vi.fn() });
    const seen: boolean[] = [];
    c.subscribe(() => seen.push(c.state().offlineReady));
    wb.fire('installed', { isUpdate: true });
    expect(c.state().offlineReady).toBe(false);
    wb.fire('installed', { isUpdate: false });
    expect(c.state().offlineReady).toBe(true);
    expect(seen).toContain(true);
    c.dismissOfflineReady();
    expect(c.state().offlineReady).toBe(false);
  });

  it('remembers that the app is saved for offline use: after the first install, after taking control, or if already controlled', () => {
    const wb = fakeWorkbox();
    const c = createPwaController(wb, { reload: vi.fn() });
    expect(c.state().savedOffline).toBe(false);
    wb.fire('installed', { isUpdate: false });
    c.dismissOfflineReady();
    // The toast is gone, but Settings must still say what the toast said.
    expect(c.state()).toMatchObject({ offlineReady: false, savedOffline: true });

    const wb2 = fakeWorkbox();
    const c2 = createPwaController(wb2, { reload: vi.fn() });
    wb2.fire('controlling', { isUpdate: false });
    expect(c2.state().savedOffline).toBe(true);

    expect(createPwaController(fakeWorkbox(), { reload: vi.fn(), controlled: () => true }).state().savedOffline).toBe(true);
  });

  it('waiting version → update offered; accepting sends SKIP_WAITING and reloads once the new worker controls', () => {
    const wb = fakeWorkbox();
    const reload = vi.fn();
    const c = createPwaController(wb, { reload });
    wb.fire('waiting');
    expect(c.state().needRefresh).toBe(true);
    // Another tab's update taking control must not reload this page unasked.
    wb.fire('controlling', { isUpdate: true });
    expect(reload).not.toHaveBeenCalled();
    c.applyUpdate();
    expect(wb.skipped).toBe(1);
    expect(c.state().needRefresh).toBe(false);
    expect(reload).not.toHaveBeenCalled();
    wb.fire('controlling', { isUpdate: true });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('"later" hides the offer without switching', () => {
    const wb = fakeWorkbox();
    const c = createPwaController(wb, { reload: vi.fn() });
    wb.fire('waiting');
    c.dismissUpdate();
    expect(c.state().needRefresh).toBe(false);
    expect(wb.skipped).toBe(0);
  });

  it('registers only when started, and only once', () => {
    const wb = fakeWorkbox();
    const c = createPwaController(wb, { reload: vi.fn() });
    expect(wb.registered).toBe(0);
    c.start();
    c.start();
    expect(wb.registered).toBe(1);
  });

  it('a failed registration is reported, and check for update asks the worker', async () => {
    const wb = fakeWorkbox({ registerFails: true });
    const c = createPwaController(wb, { reload: vi.fn() });
    c.start();
    await vi.waitFor(() => expect(c.state().error).toMatch(/SecurityError/));
    await c.checkForUpdate();
    expect(wb.updates).toBe(1);
  });

  it('workbox-window is loaded only on registration, with the listeners added before', async () => {
    const made: (ReturnType<typeof fakeWorkbox> & { url: string; options: RegistrationOptions })[] = [];
    const load = vi.fn(async () => ({
      Workbox: class {
        constructor(url: string, options: RegistrationOptions) {
          const wb = Object.assign(fakeWorkbox(), { url, options });
          made.push(wb);
          return wb;
        }
      } as unknown as new (url: string, options: RegistrationOptions) => WorkboxLike,
    }));
    const wb = lazyWorkbox('/sw.js', { scope: '/' }, load);
    const c = createPwaController(wb, { reload: vi.fn() });
    // Before registering: nothing loaded, and update / skip-waiting do nothing (as Workbox's own).
    await c.checkForUpdate();
    c.applyUpdate();
    expect(load).not.toHaveBeenCalled();
    c.start();
    await vi.waitFor(() => expect(made[0]?.registered).toBe(1));
    expect(load).toHaveBeenCalledTimes(1);
    expect(made[0]).toMatchObject({ url: '/sw.js', options: { scope: '/' } });
    made[0].fire('installed', { isUpdate: false });
    expect(c.state().offlineReady).toBe(true);
    made[0].fire('waiting');
    expect(c.state().needRefresh).toBe(true);
    c.applyUpdate();
    expect(made[0].skipped).toBe(1);
    await c.checkForUpdate();
    expect(made[0].updates).toBe(1);
    expect(made).toHaveLength(1);
  });
});
