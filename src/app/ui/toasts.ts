import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  actionLabel?: string;
  action?: () => void | Promise<void>;
  tone?: 'info' | 'error';
  /** The element that had focus when the toast was raised: focus goes back to it after Undo/Close. */
  returnFocus?: HTMLElement | null;
  /**
   * For an Undo that puts an item back: the `data-undo-focus` key (see `undoFocusKey`) of the
   * restored item's control. After the action, focus goes to that control once it is back in the
   * page, rather than to `returnFocus`.
   */
  undoFocus?: string;
}

interface ToastState {
  toasts: Toast[];
  show(t: Omit<Toast, 'id' | 'returnFocus'>, ms?: number): number;
  dismiss(id: number): void;
}

let nextId = 1;

function focusedOutsideToasts(): HTMLElement | null {
  if (typeof document === 'undefined') return null;
  const el = document.activeElement;
  return el instanceof HTMLElement && el !== document.body && !el.closest('.toasts') ? el : null;
}

/** Short messages at the bottom of the screen, with an optional action (e.g. Undo). */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show(t, ms = 8000) {
    const id = nextId++;
    set({ toasts: [...get().toasts, { ...t, id, returnFocus: focusedOutsideToasts() }] });
    if (ms > 0) setTimeout(() => get().dismiss(id), ms);
    return id;
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

export const showToast = (t: Omit<Toast, 'id' | 'returnFocus'>, ms?: number) => useToasts.getState().show(t, ms);

/**
 * The key that ties a deleted item's control to its Undo toast: the view puts it on the control as
 * `data-undo-focus` (the same control that `useFocusAfterRemoval` picks: the item's Delete or ×), and
 * the code that raises the toast passes it as `undoFocus`. `kind` keeps keys from different pages
 * apart (an Undo pressed after moving to another page must not focus an unrelated item there).
 */
export function undoFocusKey(kind: string, id: string | number): string {
  return `${kind}:${id}`;
}

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

/** The CSS custom property, on the document root, with the height of the toasts showing (none when none). */
export const TOASTS_HEIGHT_PROPERTY = '--toasts-height';

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
