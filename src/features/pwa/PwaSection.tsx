import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getPwaController, type PwaController } from './controller';
import { useInstallState, useOnline, usePwaState } from './hooks';
import { promptInstall } from './install';

/** Settings section: install the app (where the browser offers it), offline status, check for updates. */
export function PwaSection({ controller = getPwaController() }: { controller?: PwaController | null }) {
  const { t } = useTranslation('pwa');
  const headingId = useId();
  const install = useInstallState();
  const online = useOnline();
  // The same service-worker state the "ready to work offline" toast reacts to, or (with no
  // controller, e.g. the dev server) whether a service worker controls the page.
  const pwa = usePwaState(controller ?? null);
  const controlled = !!pwa.savedOffline || (typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller);
  const [checking, setChecking] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');

  return (
    <section className="settings-section pwa-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('section.title')}</h2>
      <p data-testid="offline-status">{controlled ? t('section.offlineYes') : t('section.offlineNo')}</p>
      {install === 'available' && (
        <div className="actions">
          <button type="button" className="primary" onClick={() => void promptInstall()}>
            {t('section.install')}
          </button>
        </div>
      )}
      {install === 'installed' && <p className="hint">{t('section.installed')}</p>}
      {controller && (
        <div className="actions">
          <button
            type="button"
            disabled={!online || checking === 'busy'}
            onClick={() => {
              setChecking('busy');
              controller.checkForUpdate().then(
                () => setChecking('done'),
                () => setChecking('failed'),
              );
            }}
          >
            {t('section.checkUpdate')}
          </button>
          <span className="hint" role="status">
            {checking === 'done' ? t('section.checked') : checking === 'failed' ? t('section.checkFailed') : ''}
          </span>
        </div>
      )}
    </section>
  );
}
