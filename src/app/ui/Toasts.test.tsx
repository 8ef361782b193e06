import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Toasts } from './Toasts';
import { showToast, useToasts } from './toasts';

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
});
