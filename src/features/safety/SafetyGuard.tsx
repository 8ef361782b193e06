import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../app/ui/format';
import { showToast } from '../../app/ui/toasts';
import { getDb } from '../../db/db';
import { storageFailureOf } from '../../db/errors';
import { useBackupReminder } from './backupReminder';
import { useDbWatch, watchDatabase } from './dbWatch';
import { ErrorBoundary } from './ErrorBoundary';
import { estimateStorage, isNearlyFull, onDatabaseWrite, requestPersistenceOnce } from './storage';

/** Banner when another tab upgraded the database (this tab's code is old) or holds an upgrade up. */
function DbBanner() {
  const { t } = useTranslation('safety');
  const { outdated, blocked } = useDbWatch();
  if (outdated) {
    return (
      <div className="notice error safety-banner" role="alert">
        <span>{t('outdated')}</span>{' '}
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          {t('reload')}
        </button>
      </div>
    );
  }
  if (blocked) {
    return (
      <div className="notice safety-banner" role="status">
        {t('blocked')}
      </div>
    );
  }
  return null;
}

/** Storage errors nobody handled (a failed save somewhere) become a toast that says what happened. */
function useStorageErrorToasts() {
  const { t } = useTranslation('safety');
  useEffect(() => {
    const onRejection = (ev: PromiseRejectionEvent) => {
      const failure = storageFailureOf(ev.reason);
      if (!failure) return;
      ev.preventDefault();
      if (useDbWatch.getState().outdated) return; // the banner already says it
      showToast({ tone: 'error', message: t(`storage.${failure}`) }, 0);
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [t]);
}

/** After the first write: ask for persistent storage once, and warn when the disk is nearly full. */
function useStorageWatch() {
  const { t, i18n } = useTranslation('safety');
  useEffect(() => {
    let warned = false;
    let asked = false;
    const check = async () => {
      if (!asked) {
        asked = true;
        await requestPersistenceOnce().catch(() => null);
      }
      const info = await estimateStorage();
      if (!warned && isNearlyFull(info)) {
        warned = true;
        showToast({ tone: 'error', message: t('nearlyFull', { percent: formatPercent(info!.usage / info!.quota, i18n.language) }) }, 0);
      }
    };
    return onDatabaseWrite(getDb().name, () => void check());
  }, [t, i18n]);
}

/**
 * App-wide safety net, mounted once around the page content: database version changes from other
 * tabs, storage errors, storage persistence and fullness, backup reminders, and an error boundary.
 */
export function SafetyGuard({ children }: { children: ReactNode }) {
  useEffect(() => watchDatabase(getDb()), []);
  useStorageErrorToasts();
  useStorageWatch();
  useBackupReminder();
  return (
    <>
      <DbBanner />
      <ErrorBoundary>{children}</ErrorBoundary>
    </>
  );
}
