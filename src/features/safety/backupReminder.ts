import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/ui/toasts';
import { getSetting } from '../../db/settings';
import { countReviews, REVIEWS_AT_LAST_BACKUP_KEY } from '../backup/backupCounters';

/** Offer a backup after this many reviews since the last one. */
export const REVIEWS_PER_REMINDER = 200;

/** Reviews made since the last backup downloaded from this browser (live, across tabs). */
export function useReviewsSinceBackup(): number | undefined {
  return useLiveQuery(async () => (await countReviews()) - (await getSetting<number>(REVIEWS_AT_LAST_BACKUP_KEY, 0)), []);
}

/** Once per session, when enough reviews were made since the last backup, a toast offers one. */
export function useBackupReminder() {
  const { t } = useTranslation('safety');
  const since = useReviewsSinceBackup();
  const shown = useRef(false);
  useEffect(() => {
    if (shown.current || since === undefined || since < REVIEWS_PER_REMINDER) return;
    shown.current = true;
    showToast(
      {
        message: t('reminder', { count: since }),
        actionLabel: t('crash.downloadBackup'),
        action: async () => {
          try {
            const { downloadBackup } = await import('../backup/backupActions');
            await downloadBackup();
          } catch {
            showToast({ tone: 'error', message: t('crash.backupFailed') });
          }
        },
      },
      0,
    );
  }, [since, t]);
}
