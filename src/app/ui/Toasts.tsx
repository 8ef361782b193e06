import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeToast, reserveToastSpace } from './toastFocus';
import type { ToastListProps } from './ToastHost';
import { TOASTS_HEIGHT_PROPERTY, useToasts, type Toast } from './toasts';

/** How many toasts show at once: on a phone (the width where they span the screen) two, else three. */
const PHONE = '(max-width: 640px)';
export const toastLimit = (phone: boolean) => (phone ? 2 : 3);

/**
 * Which toasts show at once, at most `limit`, in the order they came: the one the user is on
 * (`keep`: hovered or focused) and the newest always; then those with an action (Undo), then errors,
 * then information, newer before older. The others wait: one with an action or an error shows, for
 * its full time, once there is room (its time does not run meanwhile: an Undo is never lost unseen);
 * information's time runs on (older news, superseded, lapses unseen).
 */
export function visibleToasts(toasts: Toast[], limit: number, keep?: number): Toast[] {
  const rank = (t: Toast) => (t.id === keep ? 4 : t === toasts.at(-1) ? 3 : t.action ? 2 : t.tone == 'error' ? 1 : 0);
  const shown = [...toasts].sort((a, b) => rank(b) - rank(a) || b.id - a.id).slice(0, limit);
  return toasts.filter((t) => shown.includes(t));
}

/** Whether a toast that does not show yet waits for its turn (its time stands still). */
const waits = (t: Toast) => !!t.action || t.tone == 'error';

/**
 * The toasts, drawn inside their live region (`region`, see ToastHost.tsx), with the keyboard focus
 * after Undo/Close and the room the page keeps free for them. Loaded after the first page is drawn.
 */
export function ToastList({ region }: ToastListProps) {
  const { t } = useTranslation();
  const { toasts, dismiss } = useToasts();
  const [phone, setPhone] = useState(() => typeof matchMedia == 'function' && matchMedia(PHONE).matches);
  // The toast under the pointer, the one with the keyboard focus (kept in view, and their time held).
  const [hover, setHover] = useState<number>();
  const [focus, setFocus] = useState<number>();
  const [hidden, onVisibility] = useReducer(() => document.hidden, document.hidden);
  const shown = visibleToasts(toasts, toastLimit(phone), focus ?? hover);
  // Time is held while the user is on a toast, and while the page is not seen (another app in front).
  const held = hidden || shown.some((t) => t.id === hover || t.id === focus);
  // The time each toast has left, counted while it shows (or, for information, while it waits).
  const left = useRef(new WeakMap<Toast, number>()).current;
  const shownIds = shown.map((t) => t.id).join();
  useEffect(() => {
    const stops = toasts.map((t) => {
      const ms = left.get(t) ?? t.ms ?? 0;
      if (ms <= 0 || (shown.includes(t) ? held : waits(t))) return;
      const start = Date.now();
      const timer = setTimeout(() => dismiss(t.id), ms);
      return () => {
        clearTimeout(timer);
        left.set(t, ms - (Date.now() - start));
      };
    });
    return () => stops.forEach((stop) => stop?.());
  }, [toasts, shownIds, held, left, dismiss]);
  useEffect(() => {
    const media = typeof matchMedia == 'function' ? matchMedia(PHONE) : null;
    const onMedia = () => setPhone(!!media?.matches);
    media?.addEventListener('change', onMedia);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      media?.removeEventListener('change', onMedia);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
  // The room the page keeps free below the focused control follows the toasts' real height: measured
  // whenever they change (before paint), and whenever they resize (a message wrapping on rotation).
  useLayoutEffect(() => {
    reserveToastSpace(region);
  }, [shownIds, region]);
  useEffect(() => {
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => reserveToastSpace(region)) : null;
    observer?.observe(region);
    return () => {
      observer?.disconnect();
      document.documentElement.style.removeProperty(TOASTS_HEIGHT_PROPERTY);
    };
  }, [region]);
  /**
   * Closes the toast and runs its action (Undo): the same as the undo key (`useUndoKeys`). Focus that
   * was on the toast goes back to the page: to the restored item's control when the Undo brought one
   * back (`undoFocus`), else where it was before.
   */
  const close = (toast: Toast, action?: Toast['action']) =>
    closeToast(toast, { action, moveFocus: !!document.activeElement?.closest('.toasts') });
  return shown.map((toast) => (
    <div
      key={toast.id}
      className={`toast toast-${toast.tone ?? 'info'}`}
      onPointerEnter={() => setHover(toast.id)}
      onPointerLeave={() => setHover(undefined)}
      onFocus={() => setFocus(toast.id)}
      onBlur={() => setFocus(undefined)}
    >
      <span>{toast.message}</span>
      {toast.action && toast.actionLabel && (
        <button type="button" onClick={() => void close(toast, toast.action)}>
          {toast.actionLabel}
        </button>
      )}
      <button type="button" className="icon-button" aria-label={t('close')} onClick={() => void close(toast)}>
        ×
      </button>
    </div>
  ));
}

/**
 * The toasts with their region, all loaded at once (the same region as ToastHost's, not imported
 * from there so that this module, loaded later, shares no code with the first screen's). App mounts
 * ToastHost, which loads this module after the first render.
 */
export function Toasts() {
  const [region, setRegion] = useState<HTMLDivElement | null>(null);
  return (
    <div ref={setRegion} className="toasts" role="status" aria-live="polite">
      {region && <ToastList region={region} />}
    </div>
  );
}
