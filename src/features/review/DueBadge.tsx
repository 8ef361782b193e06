import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countDueQueue } from '../../db/cards';
import { startOfDay } from './dueQueue';
import { loadReviewSettings } from './reviewSettings';

/** Due cards (with today's new-card limit) next to "Review" in the navigation; refreshed each minute. */
export function DueBadge() {
  const { t } = useTranslation('review');
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setTick(Date.now()), 60_000);
    return () => clearInterval(id);
  }, []);
  const n = useLiveQuery(async () => {
    const now = new Date();
    const s = await loadReviewSettings();
    return countDueQueue(now.getTime(), startOfDay(now), s.newPerDay);
  }, [tick]);
  if (!n) return null;
  return (
    <span className="nav-badge" data-testid="due-badge" aria-label={t('dueBadge', { count: n })}>
      {n}
    </span>
  );
}
