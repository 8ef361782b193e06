import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysisClient } from '../../app/services';
import { errorText } from '../../app/ui/errorText';
import { showToast } from '../../app/ui/toasts';
import { getSetting } from '../../db/settings';
import type { AnalysisClient } from '../../worker/client';

let running: Promise<Seeding> | null = null;

/** localStorage hint that this browser has seeded before (the database's 'seeded' setting decides). */
const SEEDED_HINT = 'lesa.seeded';
function seededHint(): boolean {
  try {
    return localStorage.getItem(SEEDED_HINT) === '1';
  } catch {
    return false;
  }
}
function setSeededHint(): void {
  try {
    localStorage.setItem(SEEDED_HINT, '1');
  } catch {
    /* private mode: the database setting still holds it */
  }
}

type Seeding = { saved: number } | { error: unknown };

/**
 * Starts the first-run import of the sample articles, once per page (later calls return the same
 * run). main.tsx calls it before the first render so that the database is opened and the seeding
 * code fetched while the page is still being drawn.
 */
export function startFirstRunSeeding(client: Pick<AnalysisClient, 'analyse'>): Promise<Seeding> {
  running ??= (async (): Promise<Seeding> => {
    // Probably a first run: fetch the seeding code while the database is asked.
    const early = seededHint() ? null : import('../import/seedFirstRun');
    early?.catch(() => undefined);
    if (await getSetting('seeded', false)) {
      setSeededHint();
      return { saved: 0 };
    }
    // The import code and the samples load only on a first run (they are precached for offline).
    const { seedFirstRun } = await (early ?? import('../import/seedFirstRun'));
    const saved = await seedFirstRun(client);
    setSeededHint();
    return { saved };
  })().catch((e: unknown) => {
    running = null;
    return { error: e };
  });
  return running;
}

/** The first-run import as the library sees it: true while under way; a failure becomes a toast. */
export function useFirstRunSeeding(): boolean {
  const client = useAnalysisClient();
  const { t } = useTranslation('library');
  // No "preparing" flash on the usual start, when this browser is known to have seeded already.
  const [preparing, setPreparing] = useState(() => !seededHint());
  useEffect(() => {
    let alive = true;
    void startFirstRunSeeding(client).then((r) => {
      if (!alive) return;
      setPreparing(false);
      if ('error' in r) showToast({ tone: 'error', message: t('seedFailed', { error: errorText(r.error, t) }) }, 0);
    });
    return () => {
      alive = false;
    };
  }, [client, t]);
  return preparing;
}
