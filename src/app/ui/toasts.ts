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
  /** How long it shows, in ms (0: until closed). The host counts it down only while the toast can be seen (see Toasts.tsx). */
  ms?: number;
}

interface ToastState {
  toasts: Toast[];
  show(t: Omit<Toast, 'id' | 'returnFocus' | 'ms'>, ms?: number): number;
  dismiss(id: number): void;
}

let nextId = 1;

function focusedOutsideToasts(): HTMLElement | null {
  if (typeof document === 'undefined') return null;
  const el = document.activeElement;
  return el instanceof HTMLElement && el !== document.body && !el.closest('.toasts') ? el : null;
}

/**
 * Short messages at the bottom of the screen, with an optional action (e.g. Undo). `ms`: how long
 * it shows (0: until closed); by default 8 s with an action or for an error, 5 s for information.
 * The host (Toasts.tsx) decides which show at once and counts down their time.
 */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show(t, ms = t.action || t.tone == 'error' ? 8000 : 5000) {
    const id = nextId++;
    set({ toasts: [...get().toasts, { ...t, id, ms, returnFocus: focusedOutsideToasts() }] });
    return id;
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

export const showToast = (t: Omit<Toast, 'id' | 'returnFocus' | 'ms'>, ms?: number) => useToasts.getState().show(t, ms);

/**
 * The key that ties a deleted item's control to its Undo toast: the view puts it on the control as
 * `data-undo-focus` (the same control that `useFocusAfterRemoval` picks: the item's Delete or ×), and
 * the code that raises the toast passes it as `undoFocus`. `kind` keeps keys from different pages
 * apart (an Undo pressed after moving to another page must not focus an unrelated item there).
 */
export function undoFocusKey(kind: string, id: string | number): string {
  return `${kind}:${id}`;
}

/** The CSS custom property, on the document root, with the height of the toasts showing (none when none). */
export const TOASTS_HEIGHT_PROPERTY = '--toasts-height';
