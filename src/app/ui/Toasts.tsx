import { useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeToast, reserveToastSpace } from './toastFocus';
import type { ToastListProps } from './ToastHost';
import { TOASTS_HEIGHT_PROPERTY, useToasts, type Toast } from './toasts';

/**
 * The toasts, drawn inside their live region (`region`, see ToastHost.tsx), with the keyboard focus
 * after Undo/Close and the room the page keeps free for them. Loaded after the first page is drawn.
 */
export function ToastList({ region }: ToastListProps) {
  const { t } = useTranslation();
  const { toasts } = useToasts();
  // The room the page keeps free below the focused control follows the toasts' real height: measured
  // whenever they change (before paint), and whenever they resize (a message wrapping on rotation).
  useLayoutEffect(() => {
    reserveToastSpace(region);
  }, [toasts, region]);
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
  return toasts.map((toast) => (
    <div key={toast.id} className={`toast toast-${toast.tone ?? 'info'}`}>
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
