import { useTranslation } from 'react-i18next';
import { useToasts } from './toasts';

export function Toasts() {
  const { t } = useTranslation();
  const { toasts, dismiss } = useToasts();
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone ?? 'info'}`}>
          <span>{toast.message}</span>
          {toast.action && toast.actionLabel && (
            <button
              type="button"
              onClick={async () => {
                dismiss(toast.id);
                await toast.action?.();
              }}
            >
              {toast.actionLabel}
            </button>
          )}
          <button type="button" className="icon-button" aria-label={t('close')} onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
