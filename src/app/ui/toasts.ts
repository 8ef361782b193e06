import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  actionLabel?: string;
  action?: () => void | Promise<void>;
  tone?: 'info' | 'error';
  /** The element that had focus when the toast was raised: focus goes back to it after Undo/Close. */
  returnFocus?: HTMLElement | null;
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
 * After a toast's button (Undo, Close) is pressed the toast is gone, and the keyboard focus with it:
 * focus goes back to the element that had it when the toast was raised, or, when that is no longer
 * in the page (the deleted item's own button), to the page's main heading.
 */
export function returnFocusFrom(toast: Toast): void {
  const back = toast.returnFocus;
  if (back?.isConnected && !back.closest('[inert], [hidden]')) {
    back.focus();
    if (document.activeElement === back) return;
  }
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
  } else document.querySelector<HTMLElement>('main')?.focus();
}
