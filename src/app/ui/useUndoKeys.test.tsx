import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Toasts } from './Toasts';
import { showToast, undoFocusKey, useToasts } from './toasts';
import { isTextEntry, isUndoKey, useUndoKeys } from './useUndoKeys';

afterEach(() => act(() => useToasts.setState({ toasts: [] })));

describe('isUndoKey', () => {
  const rows: { key: string; mods?: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>>; undo: boolean; reason: string }[] = [
    { key: 'u', undo: true, reason: 'U, as on the review page' },
    { key: 'U', mods: { shiftKey: true }, undo: true, reason: 'U with Caps Lock or Shift' },
    { key: 'z', mods: { ctrlKey: true }, undo: true, reason: 'Ctrl+Z' },
    { key: 'z', mods: { metaKey: true }, undo: true, reason: '⌘Z on a Mac' },
    { key: 'Z', mods: { ctrlKey: true }, undo: true, reason: 'Ctrl+Z with Caps Lock' },
    { key: 'z', undo: false, reason: 'Z alone is a letter' },
    { key: 'z', mods: { ctrlKey: true, shiftKey: true }, undo: false, reason: 'Ctrl+Shift+Z is redo' },
    { key: 'z', mods: { ctrlKey: true, altKey: true }, undo: false, reason: 'Ctrl+Alt+Z is AltGr+Z on many layouts' },
    { key: 'u', mods: { ctrlKey: true }, undo: false, reason: 'Ctrl+U is view source' },
    { key: 'u', mods: { metaKey: true }, undo: false, reason: '⌘U' },
    { key: 'u', mods: { altKey: true }, undo: false, reason: 'Alt+U (a menu, or a letter on some layouts)' },
    { key: 'y', mods: { ctrlKey: true }, undo: false, reason: 'Ctrl+Y is redo' },
  ];
  it.each(rows)('$key $mods → $undo ($reason)', ({ key, mods, undo }) => {
    expect(isUndoKey({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods })).toBe(undo);
  });
});

describe('isTextEntry', () => {
  const rows: { html: string; text: boolean }[] = [
    { html: '<input type="text">', text: true },
    { html: '<input type="search">', text: true },
    { html: '<input>', text: true },
    { html: '<textarea></textarea>', text: true },
    { html: '<select><option>a</option></select>', text: true },
    { html: '<div contenteditable="true"></div>', text: true },
    { html: '<input type="checkbox">', text: false },
    { html: '<input type="radio">', text: false },
    { html: '<button type="button">x</button>', text: false },
    { html: '<a href="#x">x</a>', text: false },
  ];
  it.each(rows)('$html → $text', ({ html, text }) => {
    const host = document.createElement('div');
    host.innerHTML = html;
    const el = host.firstElementChild as HTMLElement;
    // jsdom does not compute isContentEditable.
    if (el.hasAttribute('contenteditable')) Object.defineProperty(el, 'isContentEditable', { value: true });
    expect(isTextEntry(el)).toBe(text);
  });
  it('is false for the document and for no target', () => {
    expect(isTextEntry(document)).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});

/**
 * A page whose Delete buttons raise Undo toasts of `kind` (the item comes back a moment after Undo,
 * as from the database), with a text field, and the undo key on.
 */
function Page({ kind = 'word', onUndo }: { kind?: string; onUndo: (w: string) => void }) {
  const [items, setItems] = useState(['hestur', 'köttur', 'hundur']);
  useUndoKeys('word');
  return (
    <main>
      <h1>Page</h1>
      <label>
        Note <input type="text" />
      </label>
      {items.map((w) => (
        <button
          key={w}
          type="button"
          data-undo-focus={undoFocusKey(kind, w)}
          onClick={() => {
            setItems((xs) => xs.filter((x) => x !== w));
            showToast({
              message: `Deleted ${w}`,
              actionLabel: 'Undo',
              undoFocus: undoFocusKey(kind, w),
              action: async () => {
                onUndo(w);
                await new Promise((r) => setTimeout(r, 20));
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

function renderPage(kind?: string) {
  const onUndo = vi.fn();
  render(
    <>
      <Page kind={kind} onUndo={onUndo} />
      <Toasts />
    </>,
  );
  return onUndo;
}

describe('useUndoKeys', () => {
  it('Ctrl+Z does what the toast’s Undo does: closes it, runs its Undo once, focus on the item put back', async () => {
    const onUndo = renderPage();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete köttur' }));
    await screen.findByRole('button', { name: 'Undo' });
    screen.getByRole('button', { name: 'Delete hestur' }).focus();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete köttur' })).toHaveFocus());
    expect(onUndo.mock.calls).toEqual([['köttur']]);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(useToasts.getState().toasts).toEqual([]);
  });

  it('U undoes the newest deletion first, then the one before; none left: the key is not taken', async () => {
    const onUndo = renderPage();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete hestur' }));
    await user.click(screen.getByRole('button', { name: 'Delete hundur' }));
    await user.keyboard('u');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete hundur' })).toHaveFocus());
    await user.keyboard('u');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete hestur' })).toHaveFocus());
    expect(onUndo.mock.calls).toEqual([['hundur'], ['hestur']]);
    // Nothing left to undo: the browser keeps the key.
    expect(fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true })).toBe(true);
    expect(onUndo).toHaveBeenCalledTimes(2);
  });

  it('in a text field the key is the field’s own: nothing is undone and the toast stays', async () => {
    const onUndo = renderPage();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete köttur' }));
    await user.click(screen.getByRole('textbox', { name: 'Note' }));
    await user.keyboard('u{Control>}z{/Control}');
    expect(onUndo).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete köttur' })).toBeNull();
  });

  it('once the toast has gone (timed out, closed) the key does nothing', async () => {
    const onUndo = renderPage();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete köttur' }));
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    await user.keyboard('{Control>}z{/Control}u');
    expect(onUndo).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Delete köttur' })).toBeNull();
  });

  it('a toast of another page’s items (another kind) is not undone here', async () => {
    const onUndo = renderPage('article');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete köttur' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(onUndo).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
  });
});
