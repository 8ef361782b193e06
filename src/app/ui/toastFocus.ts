import { afterPaint } from './afterPaint';
import { TOASTS_HEIGHT_PROPERTY, useToasts, type Toast } from './toasts';

// What the toast host (Toasts.tsx) does once a toast shows: keyboard focus after Undo/Close, and the
// room kept free for the toasts. Apart from toasts.ts so that it loads with the host, not with the
// first screen.

const usable = (el: HTMLElement | null): el is HTMLElement => !!el?.isConnected && !el.closest('[inert], [hidden]');

function findUndoFocus(key: string): HTMLElement | null {
  const el = document.querySelector<HTMLElement>(`[data-undo-focus="${CSS.escape(key)}"]`);
  return usable(el) ? el : null;
}

/**
 * Resolves with the control marked `data-undo-focus={key}` once it is in the page (the restored
 * item is drawn when the database has answered, a moment after the Undo itself), or with null when
 * it has not appeared within `timeoutMs` (the item is filtered out, or the user has gone elsewhere).
 */
export function whenUndoFocusInPage(key: string, timeoutMs = 1000): Promise<HTMLElement | null> {
  const now = findUndoFocus(key);
  if (now || typeof MutationObserver !== 'function') return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (el: HTMLElement | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(el);
    };
    const observer = new MutationObserver(() => {
      const el = findUndoFocus(key);
      if (el) done(el);
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-undo-focus', 'hidden', 'inert'] });
    const timer = setTimeout(() => done(null), timeoutMs);
  });
}

/**
 * After a toast's button (Undo, Close) is pressed the toast is gone, and the keyboard focus with it:
 * focus goes back to the element that had it when the toast was raised, or, when that is no longer
 * in the page (the deleted item's own button), to the page's main heading.
 */
export function returnFocusFrom(toast: Toast): void {
  const back = toast.returnFocus ?? null;
  if (usable(back)) {
    back.focus();
    if (document.activeElement === back) return;
  }
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
  } else document.querySelector<HTMLElement>('main')?.focus();
}

/**
 * What a toast's buttons do, and the undo key (`useUndoKeys`) too, so that the key and the Undo
 * button are one action: closes the toast, runs `action` (Undo; none for Close), then, when
 * `moveFocus`, puts the keyboard focus on the restored item's control (`undoFocus`, once the item is
 * back in the page). When there is none (Close, or the item is not shown), focus that was lost with
 * the toast's button goes back to where it was before (see `returnFocusFrom`); focus the user has put
 * elsewhere meanwhile is left there.
 */
export async function closeToast(toast: Toast, { action, moveFocus }: { action?: Toast['action']; moveFocus: boolean }): Promise<void> {
  // The undo key leaves the focus where it was in the page (the toast's button takes it with it).
  const before = document.activeElement;
  useToasts.getState().dismiss(toast.id);
  let restored: HTMLElement | null = null;
  try {
    await action?.();
    if (action && toast.undoFocus && moveFocus) restored = await whenUndoFocusInPage(toast.undoFocus);
  } finally {
    // The page re-renders what the action changed first (a restored row, say).
    await afterPaint();
    const now = document.activeElement;
    if (moveFocus && (now === before || now === document.body || !now?.isConnected)) {
      if (restored?.isConnected) restored.focus();
      if (document.activeElement !== restored && (document.activeElement === document.body || !document.activeElement?.isConnected)) returnFocusFrom(toast);
    }
  }
}

/**
 * Publishes the toast region's real height on the document root (`--toasts-height`), so that the
 * stylesheet reserves just that much room below the focused control (and at the end of the page)
 * wherever a toast can cover the page, for a one-line toast as for a tall one; clears it when no
 * toast shows.
 */
export function reserveToastSpace(region: HTMLElement): void {
  const root = document.documentElement;
  const height = region.childElementCount > 0 ? Math.ceil(region.getBoundingClientRect().height) : 0;
  if (height > 0) root.style.setProperty(TOASTS_HEIGHT_PROPERTY, `${height}px`);
  else root.style.removeProperty(TOASTS_HEIGHT_PROPERTY);
}
