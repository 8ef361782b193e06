import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysisClient } from '../../app/services';
import { showToast } from '../../app/ui/toasts';
import { getSetting } from '../../db/settings';

let running: Promise<number> | null = null;

/** Imports the sample articles on the very first run. Returns true while that is under way. */
export function useFirstRunSeeding(): boolean {
  const client = useAnalysisClient();
  const { t } = useTranslation('library');
  const [preparing, setPreparing] = useState(running !== null);
  useEffect(() => {
    let alive = true;
    if (!running) {
      // The import code and the sample texts load only on a first run (they are precached for offline).
      running = (async () => {
        if (await getSetting('seeded', false)) return 0;
        const { seedFirstRun } = await import('../import/seedFirstRun');
        return seedFirstRun(client);
      })().catch((e: unknown) => {
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
