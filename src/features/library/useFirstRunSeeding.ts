import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysisClient } from '../../app/services';
import { showToast } from '../../app/ui/toasts';
import { seedFirstRun } from '../import/seedFirstRun';

let running: Promise<number> | null = null;

/** Imports the sample articles on the very first run. Returns true while that is under way. */
export function useFirstRunSeeding(): boolean {
  const client = useAnalysisClient();
  const { t } = useTranslation('library');
  const [preparing, setPreparing] = useState(running !== null);
  useEffect(() => {
    let alive = true;
    if (!running) {
      running = seedFirstRun(client).catch((e: unknown) => {
        running = null;
        showToast({ tone: 'error', message: t('seedFailed', { error: String((e as Error)?.message ?? e) }) }, 0);
        return 0;
      });
    }
    setPreparing(true);
    void running.finally(() => alive && setPreparing(false));
    return () => {
      alive = false;
    };
  }, [client, t]);
  return preparing;
}
