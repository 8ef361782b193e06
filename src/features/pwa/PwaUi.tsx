import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkerState } from '../../app/services';
import { showToast } from '../../app/ui/toasts';
import { useAppearanceOnStart } from '../appearance/useAppearance';
import { getPwaController, type PwaController } from './controller';
import { useOnline, usePwaState } from './hooks';

/** Long enough to read, short enough not to sit over the page (it can be closed sooner). */
export const OFFLINE_READY_TOAST_MS = 5000;

/** Registers anyway if the language worker has not settled by then. */
const REGISTER_FALLBACK_MS = 15000;

/**
 * App-wide device UI, mounted once in App: registers the service worker (once the language worker
 * has loaded the lemmatizer and dictionary, so that the precache does not compete with that
 * download on the first visit and can reuse it from the HTTP cache), says when the app is
 * ready to work offline, offers "update available — reload", shows an offline badge, and applies
 * the saved appearance (theme, text size, line spacing).
 */
export function PwaUi({ controller = getPwaController() }: { controller?: PwaController | null }) {
  const { t } = useTranslation('pwa');
  const online = useOnline();
  const state = usePwaState(controller);
  const worker = useWorkerState().status;
  useAppearanceOnStart();

  useEffect(() => {
    if (!controller) return;
    if (worker !== 'loading') {
      controller.start();
      return;
    }
    const id = setTimeout(() => controller.start(), REGISTER_FALLBACK_MS);
    return () => clearTimeout(id);
  }, [controller, worker]);

  useEffect(() => {
    if (!state.offlineReady || !controller) return;
    controller.dismissOfflineReady();
    showToast({ message: t('offlineReady') }, OFFLINE_READY_TOAST_MS);
  }, [state.offlineReady, controller, t]);

  return (
    <>
      {!online && (
        <p className="offline-badge" role="status" data-testid="offline-badge">
          <span aria-hidden="true" className="offline-dot" /> {t('offline')}
        </p>
      )}
      {state.needRefresh && controller && (
        <div className="update-banner" role="alert">
          <span>{t('updateReady')}</span>
          <button type="button" className="primary" onClick={() => controller.applyUpdate()}>
            {t('reload')}
          </button>
          <button type="button" onClick={() => controller.dismissUpdate()}>
            {t('later')}
          </button>
        </div>
      )}
    </>
  );
}
