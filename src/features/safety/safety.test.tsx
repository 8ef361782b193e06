import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inIcelandicWithAndWithoutIntlData } from '../../../test/support/noIcelandicIntl';
import { useToasts } from '../../app/ui/toasts';
import { LesaDB, useDatabase } from '../../db/db';
import { StorageError } from '../../db/errors';
import { setSetting } from '../../db/settings';
import { useDbWatch, watchDatabase } from './dbWatch';
import { ErrorBoundary } from './ErrorBoundary';
import { SafetyGuard } from './SafetyGuard';

/** The guard around a page, as the app mounts it. */
const renderGuard = () =>
  render(
    <SafetyGuard>
      <p>page</p>
    </SafetyGuard>,
  );
import { StorageSection } from './StorageSection';
import { onDatabaseWrite, requestPersistenceOnce } from './storage';

let n = 0;
let db: LesaDB;
let persist: ReturnType<typeof vi.fn>;

function mockStorage(usage: number, quota: number, persisted = false) {
  persist = vi.fn(async () => true);
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { estimate: async () => ({ usage, quota }), persisted: async () => persisted, persist },
  });
}

beforeEach(() => {
  db = new LesaDB(`safety-${n++}`);
  useDatabase(db);
  useDbWatch.setState({ outdated: false, blocked: false });
  useToasts.setState({ toasts: [] });
  mockStorage(1_000_000, 100_000_000);
});
afterEach(() => vi.restoreAllMocks());

function Boom({ error }: { error: unknown }): never {
  throw error;
}

describe('error boundary', () => {
  it('shows a friendly message with Reload and Download a backup instead of a white screen', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await db.articles.add({ title: 'T', author: null, publishedAt: null, site: null, caption: null, text: 'x', contentHash: 'h', wordCount: 1, origin: 'paste', createdAt: 1 });
    render(
      <ErrorBoundary>
        <Boom error={new TypeError('x is undefined')} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText(/are not affected/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Download a backup' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(click.mock.contexts[0]).toHaveProperty('download', expect.stringMatching(/\.lesa-backup\.json$/));
  });

  it('a storage error is named for what it is', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Boom error={new StorageError('quota')} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('storage is full');
  });

  it('navigating away recovers', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    function Maybe() {
      if (broken) throw new Error('bad page');
      return <p>fine</p>;
    }
    render(
      <ErrorBoundary>
        <Maybe />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    broken = false;
    act(() => {
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByText('fine')).toBeInTheDocument();
  });
});

describe('other tabs', () => {
  it('a newer version opened elsewhere closes this connection and asks for a reload', async () => {
    await db.open();
    watchDatabase(db);
    renderGuard();
    // What a newer Lesa in another tab does.
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(db.name, 10_000);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Lesa was updated in another tab');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(db.isOpen()).toBe(false);
    // Old code that still runs (a query on a timer, a live query) must not reopen the upgraded
    // database: the query fails and the connection stays closed.
    await expect(db.articles.count()).rejects.toThrow();
    expect(db.isOpen()).toBe(false);
  });
});

describe('storage errors and space', () => {
  it('an unhandled storage failure becomes a clear toast; other errors are left alone', async () => {
    renderGuard();
    const fire = (reason: unknown) => {
      const ev = new Event('unhandledrejection', { cancelable: true }) as Event & { reason?: unknown };
      ev.reason = reason;
      window.dispatchEvent(ev);
      return ev;
    };
    const quota = fire(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(quota.defaultPrevented).toBe(true);
    expect(useToasts.getState().toasts.map((t) => [t.tone, t.message])).toEqual([
      ['error', 'Could not save: this device’s storage is full. Nothing was changed. Free some space (delete old articles) and try again.'],
    ]);
    const other = fire(new TypeError('not storage'));
    expect(other.defaultPrevented).toBe(false);
    expect(useToasts.getState().toasts).toHaveLength(1);
  });

  it('settings show usage and quota, warn when nearly full, and offer to keep the data', async () => {
    mockStorage(95 * 1024 * 1024, 100 * 1024 * 1024, false);
    render(<StorageSection />);
    expect(await screen.findByTestId('storage-usage')).toHaveTextContent('Lesa uses 95 MB of the 100 MB this browser allows (95%).');
    expect(screen.getByRole('alert')).toHaveTextContent('Storage is nearly full');
    await userEvent.click(screen.getByRole('button', { name: 'Ask the browser to keep Lesa’s data' }));
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('a little usage of a large quota reads "<1%", not "1 %", with the language’s number style', async () => {
    mockStorage(0.1 * 1024 * 1024, 10 * 1024 * 1024 * 1024, true);
    const { unmount } = render(<StorageSection />);
    expect(await screen.findByTestId('storage-usage')).toHaveTextContent('Lesa uses 0.1 MB of the 10 GB this browser allows (<1%).');
    unmount();
    await inIcelandicWithAndWithoutIntlData(async () => {
      render(<StorageSection />);
      expect(await screen.findByTestId('storage-usage')).toHaveTextContent('Lesa notar 0,1 MB af þeim 10 GB sem þessi vafri leyfir (<1%).');
    });
  });

  it('persistent storage is asked for once, after the first write', async () => {
    expect(await requestPersistenceOnce()).toBe(true);
    expect(await requestPersistenceOnce()).toBeNull();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('the guard asks for persistence after the first save, and warns once when nearly full', async () => {
    mockStorage(99, 100, false);
    renderGuard();
    expect(persist).not.toHaveBeenCalled();
    await setSetting('x', 1);
    await waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(useToasts.getState().toasts.map((t) => t.message)).toEqual([expect.stringContaining('nearly full (99% used)')]));
  });

  it('the nearly-full warning gives the share like the other percentages: ">99%", not "100%"; "99%" in Icelandic too', async () => {
    mockStorage(996, 1000, false);
    const { unmount } = renderGuard();
    await setSetting('x', 1);
    await waitFor(() => expect(useToasts.getState().toasts.map((t) => t.message)).toEqual([expect.stringContaining('nearly full (>99% used)')]));
    unmount();
    mockStorage(99, 100, false);
    await inIcelandicWithAndWithoutIntlData(async () => {
      useToasts.setState({ toasts: [] });
      renderGuard();
      await setSetting('x', 2);
      await waitFor(() => expect(useToasts.getState().toasts.map((t) => t.message)).toEqual([expect.stringContaining('næstum fullt (99% notað)')]));
    });
  });

  it('the backup reminder counts reviews in the language’s number style', async () => {
    await db.table('reviews').bulkAdd(Array.from({ length: 1234 }, (_, i) => ({ cardId: 1, lemma: 'hestur', rating: 3, state: 2, at: i })));
    const { unmount } = renderGuard();
    await waitFor(() => expect(useToasts.getState().toasts.map((t) => t.message)).toEqual(['You have done 1,234 reviews since your last backup.']));
    unmount();
    await inIcelandicWithAndWithoutIntlData(async () => {
      useToasts.setState({ toasts: [] });
      renderGuard();
      await waitFor(() => expect(useToasts.getState().toasts.map((t) => t.message)).toEqual(['Þú hefur farið í 1.234 upprifjanir frá síðasta afriti.']));
    });
  });

  it('after 200 reviews since the last backup, a toast offers one (once per session)', async () => {
    const reviews = db.table('reviews');
    await reviews.bulkAdd(Array.from({ length: 199 }, (_, i) => ({ cardId: 1, lemma: 'hestur', rating: 3, state: 2, at: i })));
    renderGuard();
    await new Promise((r) => setTimeout(r, 100));
    expect(useToasts.getState().toasts).toHaveLength(0);
    await reviews.add({ cardId: 1, lemma: 'hestur', rating: 3, state: 2, at: 999 });
    await waitFor(() => expect(useToasts.getState().toasts.map((t) => [t.message, t.actionLabel])).toEqual([['You have done 200 reviews since your last backup.', 'Download a backup']]));
    await reviews.add({ cardId: 1, lemma: 'hestur', rating: 3, state: 2, at: 1000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(useToasts.getState().toasts).toHaveLength(1);
  });

  it('onDatabaseWrite reports writes to this database only', async () => {
    const cb = vi.fn();
    const stop = onDatabaseWrite(db.name, cb, 0);
    const other = new LesaDB(`safety-other-${n++}`);
    await other.settings.put({ key: 'a', value: 1 });
    expect(cb).not.toHaveBeenCalled();
    await db.settings.put({ key: 'a', value: 1 });
    await waitFor(() => expect(cb).toHaveBeenCalled());
    stop();
  });
});
