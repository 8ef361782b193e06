import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { toastLimit, Toasts, visibleToasts } from './Toasts';
import { showToast, TOASTS_HEIGHT_PROPERTY, undoFocusKey, useToasts, type Toast } from './toasts';

/** A page with a heading and an item whose Delete raises an Undo toast (the item's button goes with it). */
function Page({ undo }: { undo: () => void }) {
  const [items, setItems] = useState(['hestur', 'köttur']);
  return (
    <main>
      <h1>Page</h1>
      <button type="button">Stays</button>
      {items.map((w) => (
        <button
          key={w}
          type="button"
          onClick={() => {
            setItems((xs) => xs.filter((x) => x !== w));
            showToast({
              message: `Deleted ${w}`,
              actionLabel: 'Undo',
              action: () => {
                undo();
                setItems((xs) => [...xs, w]);
              },
            });
          }}
        >
          Delete {w}
        </button>
      ))}
    </main>
  );
}

/**
 * Items with Delete buttons marked for Undo (`data-undo-focus`), as the library and the lists do:
 * the item comes back a moment after Undo (the database answers later), or, with `filtered`, is
 * back but not shown (a search filter hides it).
 */
function UndoablePage({ filtered = false }) {
  const [items, setItems] = useState(['hestur', 'köttur', 'hundur']);
  const [hide, setHide] = useState<string[]>([]);
  return (
    <main>
      <h1>Page</h1>
      {items
        .filter((w) => !hide.includes(w))
        .map((w) => (
          <button
            key={w}
            type="button"
            data-undo-focus={undoFocusKey('word', w)}
            onClick={() => {
              const before = items;
              setItems((xs) => xs.filter((x) => x !== w));
              showToast({
                message: `Deleted ${w}`,
                actionLabel: 'Undo',
                undoFocus: undoFocusKey('word', w),
                action: async () => {
                  await Promise.resolve();
                  if (filtered) setHide([w]);
                  setTimeout(() => setItems(before), 30);
                },
              });
            }}
          >
            Delete {w}
          </button>
        ))}
    </main>
  );
}

afterEach(() => act(() => useToasts.setState({ toasts: [] })));

describe('Toasts, keyboard', () => {
  it('Undo puts the focus back on the element that had it when the toast was raised', async () => {
    const user = userEvent.setup();
    const undo = vi.fn();
    render(
      <>
        <Page undo={undo} />
        <Toasts />
      </>,
    );
    const stays = screen.getByRole('button', { name: 'Stays' });
    stays.focus();
    act(() => void showToast({ message: 'Saved', actionLabel: 'Undo', action: undo }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Saved')).toBeNull();
    await waitFor(() => expect(stays).toHaveFocus());
  });

  it('when that element is gone (the deleted item’s button), Undo and Close put it on the page’s main heading', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Page undo={vi.fn()} />
        <Toasts />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Delete hestur' }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Delete hestur' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Page' })).toHaveFocus());

    screen.getByRole('button', { name: 'Stays' }).focus();
    await user.click(screen.getByRole('button', { name: 'Delete köttur' }));
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Page' })).toHaveFocus());
  });

  it('Undo of a delete puts the focus on the restored item’s control once it is back in the page', async () => {
    const user = userEvent.setup();
    render(
      <>
        <UndoablePage />
        <Toasts />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Delete köttur' }));
    // Focus moved on to a neighbour meanwhile (as useFocusAfterRemoval does); the toast remembers it.
    screen.getByRole('button', { name: 'Delete hundur' }).focus();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete köttur' })).toHaveFocus());
  });

  it('when the restored item is not shown, Undo falls back to where the focus was before', async () => {
    const user = userEvent.setup();
    render(
      <>
        <UndoablePage filtered />
        <Toasts />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Delete hestur' }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    // Back, but filtered out: not focusable, so focus goes back to the page's heading (the deleted
    // button had it when the toast was raised).
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Page' })).toHaveFocus(), { timeout: 3000 });
  });

  it('Close does not move the focus to the item (it stays deleted)', async () => {
    const user = userEvent.setup();
    render(
      <>
        <UndoablePage />
        <Toasts />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Delete köttur' }));
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Page' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Delete köttur' })).toBeNull();
  });
});

describe('Toasts, room kept free for them', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('publishes the toasts’ real height on the document root while one shows, following its size, and clears it after', async () => {
    // jsdom lays nothing out: the region reports the height set here, and resizes are reported by hand.
    let height = 48;
    const observers: ResizeObserverCallback[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: ResizeObserverCallback) {
          observers.push(cb);
        }
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    const region = () => document.querySelector<HTMLElement>('.toasts')!;
    const reserved = () => document.documentElement.style.getPropertyValue(TOASTS_HEIGHT_PROPERTY);
    const resized = () => act(() => observers.forEach((cb) => cb([], {} as ResizeObserver)));
    const { unmount } = render(<Toasts />);
    vi.spyOn(region(), 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
    expect(reserved()).toBe('');

    let id = 0;
    act(() => void (id = showToast({ message: 'Saved' }, 0)));
    expect(reserved()).toBe('48px');
    // A long message wraps to more lines (a phone turned upright): the room follows.
    height = 130.4;
    resized();
    expect(reserved()).toBe('131px');

    act(() => useToasts.getState().dismiss(id));
    expect(reserved()).toBe('');
    height = 0;
    resized();
    expect(reserved()).toBe('');

    act(() => void showToast({ message: 'Saved again' }, 0));
    height = 48;
    resized();
    expect(reserved()).toBe('48px');
    unmount();
    expect(reserved()).toBe('');
  });
});

/** A phone (the width where the toasts span the screen), as `matchMedia` answers it; else a laptop. */
function stubWidth(phone: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: phone && query.includes('max-width'),
    media: query,
    addEventListener() {},
    removeEventListener() {},
  }));
}

const shownTexts = () => [...document.querySelectorAll('.toasts .toast span')].map((s) => s.textContent);
const undo = (message: string) => ({ message, actionLabel: 'Undo', action: () => {} });

describe('Toasts, which show at once (the queue)', () => {
  const row = (id: number, kind: 'info' | 'undo' | 'error'): Toast => ({
    id,
    message: `${kind} ${id}`,
    ...(kind === 'undo' ? { actionLabel: 'Undo', action: () => {} } : {}),
    ...(kind === 'error' ? { tone: 'error' as const } : {}),
  });
  // Each row: the toasts raised, oldest first; how many may show; the one the user is on; those shown.
  const rows: { raised: [number, 'info' | 'undo' | 'error'][]; limit: number; keep?: number; shown: number[]; reason: string }[] = [
    { raised: [[1, 'info'], [2, 'info'], [3, 'undo']], limit: 2, shown: [2, 3], reason: 'QA: added, offline ready, a deletion: the Undo and the newer news' },
    { raised: [[1, 'undo'], [2, 'info'], [3, 'info']], limit: 2, shown: [1, 3], reason: 'an Undo outranks older news' },
    { raised: [[1, 'undo'], [2, 'undo'], [3, 'info']], limit: 2, shown: [2, 3], reason: 'the newest always shows, then the newer Undo' },
    { raised: [[1, 'error'], [2, 'error'], [3, 'undo']], limit: 2, shown: [2, 3], reason: 'lasting errors do not hide a new Undo' },
    { raised: [[1, 'info'], [2, 'error'], [3, 'info']], limit: 2, shown: [2, 3], reason: 'an error before older news' },
    { raised: [[1, 'undo'], [2, 'undo'], [3, 'undo']], limit: 2, keep: 1, shown: [1, 3], reason: 'the toast the user is on stays' },
    { raised: [[1, 'info'], [2, 'undo'], [3, 'info'], [4, 'undo']], limit: 3, shown: [2, 3, 4], reason: 'wider screens: three' },
    { raised: [[1, 'info']], limit: 2, shown: [1], reason: 'one: shown' },
  ];
  it.each(rows)('$reason', ({ raised, limit, keep, shown }) => {
    const toasts = raised.map(([id, kind]) => row(id, kind));
    expect(visibleToasts(toasts, limit, keep).map((t) => t.id)).toEqual(shown);
  });

  it('two at most on a phone, three on wider screens', () => {
    expect([toastLimit(true), toastLimit(false)]).toEqual([2, 3]);
  });
});

describe('Toasts on a phone (360 px): how many show and for how long', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));

  it('the QA case: added, offline ready and a deletion show as two, the deletion’s Undo among them', () => {
    stubWidth(true);
    render(<Toasts />);
    act(() => void showToast({ message: 'Added 6 words to the list.' }));
    act(() => void showToast({ message: 'Lesa is ready to work offline.' }, 5000));
    act(() => void showToast(undo('Deleted “Grein”.')));
    expect(shownTexts()).toEqual(['Lesa is ready to work offline.', 'Deleted “Grein”.']);
    // Announced as before: drawn inside the polite status region.
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Grein”.');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    // The news goes after 5 s (the older, hidden one lapsed meanwhile); the Undo stays its 8 s.
    tick(5100);
    expect(shownTexts()).toEqual(['Deleted “Grein”.']);
    tick(3000);
    expect(shownTexts()).toEqual([]);
    expect(useToasts.getState().toasts).toEqual([]);
  });

  it('an Undo that has to wait is not lost: it shows, for its full time, once there is room', () => {
    stubWidth(true);
    render(<Toasts />);
    act(() => void showToast(undo('Removed “hestur”.')));
    act(() => void showToast(undo('Removed “köttur”.')));
    act(() => void showToast(undo('Removed “hundur”.')));
    expect(shownTexts()).toEqual(['Removed “köttur”.', 'Removed “hundur”.']);
    tick(8100);
    expect(shownTexts()).toEqual(['Removed “hestur”.']);
    tick(7800);
    expect(shownTexts()).toEqual(['Removed “hestur”.']);
    tick(300);
    expect(shownTexts()).toEqual([]);
  });

  it('on a laptop three show at once', () => {
    stubWidth(false);
    render(<Toasts />);
    for (const w of ['a', 'b', 'c', 'd']) act(() => void showToast(undo(`Removed “${w}”.`)));
    expect(shownTexts()).toEqual(['Removed “b”.', 'Removed “c”.', 'Removed “d”.']);
  });

  it('information goes sooner than a toast with an action; a lasting one (0) stays until closed', () => {
    stubWidth(false);
    render(<Toasts />);
    act(() => void showToast({ message: 'Saved.' }));
    act(() => void showToast(undo('Deleted “Grein”.')));
    act(() => void showToast({ message: 'Storage is full.', tone: 'error' }, 0));
    tick(5100);
    expect(shownTexts()).toEqual(['Deleted “Grein”.', 'Storage is full.']);
    tick(3000);
    expect(shownTexts()).toEqual(['Storage is full.']);
    tick(60_000);
    expect(shownTexts()).toEqual(['Storage is full.']);
  });

  it('time stands still while the pointer is on a toast, and while one has the keyboard focus', () => {
    stubWidth(true);
    render(<Toasts />);
    act(() => void showToast(undo('Deleted “Grein”.')));
    act(() => void showToast({ message: 'Saved.' }));
    const toast = screen.getByText('Deleted “Grein”.').parentElement!;
    tick(3000);
    fireEvent.pointerOver(toast);
    tick(30_000);
    // Both held (the newer one too, so that nothing moves under the pointer).
    expect(shownTexts()).toEqual(['Deleted “Grein”.', 'Saved.']);
    fireEvent.pointerOut(toast, { relatedTarget: document.body });
    tick(2100);
    expect(shownTexts()).toEqual(['Deleted “Grein”.']);
    act(() => screen.getByRole('button', { name: 'Undo' }).focus());
    tick(30_000);
    expect(shownTexts()).toEqual(['Deleted “Grein”.']);
    // A new one while the focus is on the older Undo: that toast (and its focused button) stays.
    act(() => void showToast({ message: 'One.' }));
    act(() => void showToast(undo('Two.')));
    expect(shownTexts()).toEqual(['Deleted “Grein”.', 'Two.']);
    expect(screen.getAllByRole('button', { name: 'Undo' })[0]).toHaveFocus();
    act(() => screen.getAllByRole('button', { name: 'Undo' })[0].blur());
    // The held Undo had about 2.9 s left; the news that waited meanwhile (its time running) then shows for the rest of its 5 s.
    tick(3100);
    expect(shownTexts()).toEqual(['One.', 'Two.']);
    tick(2000);
    expect(shownTexts()).toEqual(['Two.']);
  });

  it('time stands still while the page is not seen (another app in front)', () => {
    stubWidth(true);
    render(<Toasts />);
    act(() => void showToast(undo('Deleted “Grein”.')));
    tick(4000);
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    tick(60_000);
    expect(shownTexts()).toEqual(['Deleted “Grein”.']);
    hidden.mockReturnValue(false);
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    tick(3900);
    expect(shownTexts()).toEqual(['Deleted “Grein”.']);
    tick(200);
    expect(shownTexts()).toEqual([]);
  });
});
