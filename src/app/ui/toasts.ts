import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  actionLabel?: string;
  action?: () => void | Promise<void>;
  tone?: 'info' | 'error';
}

interface ToastState {
  toasts: Toast[];
  show(t: Omit<Toast, 'id'>, ms?: number): number;
  dismiss(id: number): void;
}

let nextId = 1;

/** Short messages at the bottom of the screen, with an optional action (e.g. Undo). */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show(t, ms = 8000) {
    const id = nextId++;
    set({ toasts: [...get().toasts, { ...t, id }] });
    if (ms > 0) setTimeout(() => get().dismiss(id), ms);
    return id;
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

export const showToast = (t: Omit<Toast, 'id'>, ms?: number) => useToasts.getState().show(t, ms);
