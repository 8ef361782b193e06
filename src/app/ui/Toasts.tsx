import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { afterPaint } from './afterPaint';
import { reserveToastSpace, returnFocusFrom, TOASTS_HEIGHT_PROPERTY, useToasts, whenUndoFocusInPage, type Toast } from './toasts';

export function Toasts() {
  const { t } = useTranslation();
  const { toasts, dismiss } = useToasts();
  // The room the page keeps free below the focused control follows the toasts' real height: measured
  // whenever they change (before paint), and whenever they resize (a message wrapping on rotation).
  const regionRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (regionRef.current) reserveToastSpace(regionRef.current);
  }, [toasts]);
  useEffect(() => {
    const region = regionRef.current;
    const observer = region && typeof ResizeObserver === 'function' ? new ResizeObserver(() => reserveToastSpace(region)) : null;
    if (region) observer?.observe(region);
    return () => {
      observer?.disconnect();
      document.documentElement.style.removeProperty(TOASTS_HEIGHT_PROPERTY);
    };
  }, []);
  /**
   * Closes the toast, runs its action (Undo), then puts the keyboard focus back in the page: on the
   * restored item's control when the Undo brought one back (`undoFocus`), else where it was before.
   */
  const close = async (toast: Toast, action?: Toast['action']) => {
    const hadFocus = !!document.activeElement?.closest('.toasts');
    dismiss(toast.id);
    let restored: HTMLElement | null = null;
    try {
      await action?.();
      if (action && toast.undoFocus && hadFocus) restored = await whenUndoFocusInPage(toast.undoFocus);
    } finally {
      // The page re-renders what the action changed first (a restored row, say).
      await afterPaint();
      if (hadFocus && (document.activeElement === document.body || !document.activeElement?.isConnected)) {
        if (restored?.isConnected) restored.focus();
        if (document.activeElement !== restored) returnFocusFrom(toast);
      }
    }
  };
  return (
    <div ref={regionRef} className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
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
      ))}
    </div>
  );
}
