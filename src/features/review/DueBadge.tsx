import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/ui/format';
import { countDueQueue, onCardsChanged } from '../../db/cards';
import { startOfDay } from './dueQueue';
import { loadReviewSettings } from './reviewSettings';

async function dueNow(): Promise<number> {
  const now = new Date();
  const s = await loadReviewSettings();
  return countDueQueue(now.getTime(), startOfDay(now), s.newPerDay);
}

/** Due cards (with today's new-card limit) next to "Review" in the navigation; updated on every change and each minute. */
export function DueBadge() {
  const { t, i18n } = useTranslation();
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      // Coalesce bursts of writes.
      timer = setTimeout(() => {
        dueNow().then(
          (v) => live && setN(v),
          () => undefined,
        );
      }, 30);
    };
    refresh();
    const stop = onCardsChanged(refresh);
    const tick = setInterval(refresh, 60_000);
    return () => {
      live = false;
      clearTimeout(timer);
      clearInterval(tick);
      stop();
    };
  }, []);
  if (!n) return null;
  return (
    <span className="nav-badge" data-testid="due-badge" aria-label={t('nav.dueBadge', { count: n })}>
      {formatNumber(n, i18n.language)}
    </span>
  );
}
