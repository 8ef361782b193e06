import type { TFunction } from 'i18next';
import { formatDate } from '../../app/ui/format';
import { startOfDay } from './dueQueue';

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * When the next card is due, said from `now` in calendar days: "later today, at 14:20", "tomorrow,
 * at 09:05", "in 3 days (5 Mar 2026)" (local time, 24-hour clock as the app's dates have it), or
 * that none is scheduled (`due` null). Shown on the finished session's summary and the empty page.
 */
export function nextDueText(due: number | null, now: number, lng: string, t: TFunction): string {
  if (due === null) return t('review:nextDueNone');
  const d = new Date(due);
  // (Rounded: a day with a clock change is 23 or 25 hours long.)
  const days = Math.round((startOfDay(d) - startOfDay(new Date(now))) / 86_400_000);
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
  if (days <= 0) return t('review:nextDueToday', { time });
  if (days === 1) return t('review:nextDueTomorrow', { time });
  return t('review:nextDueDays', { count: days, date: formatDate(d, lng) });
}
