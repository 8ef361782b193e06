import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Toasts } from './Toasts';
import { showToast, TOASTS_HEIGHT_PROPERTY, undoFocusKey, useToasts } from './toasts';

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
