import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { AnalysisProvider } from '../../app/services';
import { Toasts } from '../../app/ui/Toasts';
import type { AnalysisClient, WorkerState } from '../../worker/client';
import { useToasts } from '../../app/ui/toasts';
import type { PwaController, PwaState } from './controller';
import { PwaSection } from './PwaSection';
import { PwaUi } from './PwaUi';

/** The language worker as PwaUi sees it: only its load state matters here. */
function fakeWorker(initial: WorkerState = { status: 'ready', ms: 1 }) {
  let state = initial;
  const ls = new Set<() => void>();
  const unused = () => Promise.reject(new Error('not used by PwaUi'));
  const client: AnalysisClient & { set(s: WorkerState): void } = {
    analyse: unused,
    analyseForm: unused,
    dictVersion: unused,
    lemmaRanks: unused,
    ready: unused,
    state: () => state,
    subscribe: (fn) => (ls.add(fn), () => ls.delete(fn)),
    set(s) {
      state = s;
      ls.forEach((l) => l());
    },
  };
  return client;
}

const withWorker = (ui: ReactNode, worker: AnalysisClient = fakeWorker()) => <AnalysisProvider client={worker}>{ui}</AnalysisProvider>;

function fakeController(initial: Partial<PwaState> = {}) {
  let state: PwaState = { offlineReady: false, needRefresh: false, ...initial };
  const ls = new Set<() => void>();
  const c: PwaController & { push(p: Partial<PwaState>): void } = {
    start: vi.fn(),
    state: () => state,
    subscribe: (fn) => (ls.add(fn), () => ls.delete(fn)),
    applyUpdate: vi.fn(() => c.push({ needRefresh: false })),
    checkForUpdate: vi.fn(async () => {}),
    dismissOfflineReady: vi.fn(() => c.push({ offlineReady: false })),
    dismissUpdate: vi.fn(() => c.push({ needRefresh: false })),
    push(p) {
      state = { ...state, ...p };
      ls.forEach((l) => l());
    },
  };
  return c;
}

function setOnline(v: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => v });
  act(() => {
    window.dispatchEvent(new Event(v ? 'online' : 'offline'));
  });
}

afterEach(() => {
  setOnline(true);
  act(() => useToasts.setState({ toasts: [] }));
});

describe('PwaUi', () => {
  it('shows an offline badge while the browser is offline, and hides it when back online', () => {
    render(withWorker(<PwaUi controller={null} />));
    expect(screen.queryByTestId('offline-badge')).toBeNull();
    setOnline(false);
    expect(screen.getByTestId('offline-badge')).toHaveTextContent(/Offline/);
    expect(screen.getByTestId('offline-badge')).toHaveAttribute('role', 'status');
    setOnline(true);
    expect(screen.queryByTestId('offline-badge')).toBeNull();
  });

  it('says "ready to work offline" once, as a toast, when the precache finishes', () => {
    const c = fakeController();
    render(
      withWorker(
        <>
          <PwaUi controller={c} />
          <Toasts />
        </>,
      ),
    );
    expect(screen.queryByText(/ready to work offline/)).toBeNull();
    act(() => c.push({ offlineReady: true }));
    expect(screen.getByText('Lesa is ready to work offline.')).toBeInTheDocument();
    expect(c.dismissOfflineReady).toHaveBeenCalledTimes(1);
    expect(useToasts.getState().toasts).toHaveLength(1);
  });

  it('the offline toast is short-lived and can be closed; Settings then agrees that Lesa works offline', async () => {
    let first: ReturnType<typeof render> | undefined;
    vi.useFakeTimers();
    try {
      const c = fakeController();
      first = render(
        withWorker(
          <>
            <PwaUi controller={c} />
            <PwaSection controller={c} />
            <Toasts />
          </>,
        ),
      );
      expect(screen.getByTestId('offline-status')).toHaveTextContent(/not yet saved for offline use/);
      act(() => c.push({ offlineReady: true, savedOffline: true }));
      expect(screen.getByText('Lesa is ready to work offline.')).toBeInTheDocument();
      expect(screen.getByTestId('offline-status')).toHaveTextContent(/everything Lesa needs/);
      act(() => vi.advanceTimersByTime(5100));
      expect(screen.queryByText('Lesa is ready to work offline.')).toBeNull();
      expect(screen.getByTestId('offline-status')).toHaveTextContent(/everything Lesa needs/);
    } finally {
      vi.useRealTimers();
      first?.unmount();
    }
    // Dismissible before that.
    const user = userEvent.setup();
    const c2 = fakeController();
    render(
      withWorker(
        <>
          <PwaUi controller={c2} />
          <Toasts />
        </>,
      ),
    );
    act(() => c2.push({ offlineReady: true, savedOffline: true }));
    const toast = screen.getByText('Lesa is ready to work offline.').parentElement!;
    await user.click(within(toast).getByRole('button', { name: 'Close' }));
    expect(screen.queryByText('Lesa is ready to work offline.')).toBeNull();
  });

  it('offers a waiting update: Reload applies it, Later hides it', async () => {
    const user = userEvent.setup();
    const c = fakeController();
    render(withWorker(<PwaUi controller={c} />));
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => c.push({ needRefresh: true }));
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent('A new version of Lesa is ready.');
    await user.click(within(banner).getByRole('button', { name: 'Later' }));
    expect(c.dismissUpdate).toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => c.push({ needRefresh: true }));
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Reload' }));
    expect(c.applyUpdate).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('registers the service worker only after the language worker has loaded (or failed)', () => {
    const c = fakeController();
    const w = fakeWorker({ status: 'loading' });
    render(withWorker(<PwaUi controller={c} />, w));
    expect(c.start).not.toHaveBeenCalled();
    act(() => w.set({ status: 'ready', ms: 5 }));
    expect(c.start).toHaveBeenCalled();

    const c2 = fakeController();
    const w2 = fakeWorker({ status: 'loading' });
    render(withWorker(<PwaUi controller={c2} />, w2));
    act(() => w2.set({ status: 'failed', error: 'HTTP 404' }));
    expect(c2.start).toHaveBeenCalled();
  });

  it('registers after a while even if the language worker never settles', () => {
    vi.useFakeTimers();
    try {
      const c = fakeController();
      render(withWorker(<PwaUi controller={c} />, fakeWorker({ status: 'loading' })));
      act(() => vi.advanceTimersByTime(14000));
      expect(c.start).not.toHaveBeenCalled();
      act(() => vi.advanceTimersByTime(2000));
      expect(c.start).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('PwaSection (settings)', () => {
  it('shows Install only after the browser offers it, and prompts with the saved event', async () => {
    const user = userEvent.setup();
    render(<PwaSection controller={null} />);
    expect(screen.queryByRole('button', { name: 'Install Lesa' })).toBeNull();
    const prompt = vi.fn(async () => {});
    const ev = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt,
      userChoice: Promise.resolve({ outcome: 'accepted' as const }),
    });
    act(() => {
      window.dispatchEvent(ev);
    });
    expect(ev.defaultPrevented).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Install Lesa' }));
    expect(prompt).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Lesa is installed on this device.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Install Lesa' })).toBeNull();
  });

  it('says whether a service worker controls the page, and checks for updates on request', async () => {
    const user = userEvent.setup();
    const c = fakeController();
    const { unmount } = render(<PwaSection controller={c} />);
    expect(screen.getByTestId('offline-status')).toHaveTextContent(/not yet saved for offline use/);
    await user.click(screen.getByRole('button', { name: 'Check for updates' }));
    expect(c.checkForUpdate).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Checked\./)).toBeInTheDocument();
    unmount();

    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { controller: {} } });
    try {
      render(<PwaSection controller={c} />);
      expect(screen.getByTestId('offline-status')).toHaveTextContent(/everything Lesa needs/);
      setOnline(false);
      expect(screen.getByRole('button', { name: 'Check for updates' })).toBeDisabled();
    } finally {
      delete (navigator as unknown as Record<string, unknown>).serviceWorker;
    }
  });
});
