import type { TFunction } from 'i18next';

/** A short interval label ("10 min", "3 d", "2 mo") for the answer buttons. */
export function formatInterval(ms: number, t: TFunction): string {
  const min = Math.max(1, Math.round(ms / 60_000));
  if (min < 60) return t('review:interval.minutes', { count: min });
  const h = Math.round(min / 60);
  if (h < 24) return t('review:interval.hours', { count: h });
  const d = Math.round(ms / 86_400_000);
  if (d < 31) return t('review:interval.days', { count: d });
  if (d < 365) return t('review:interval.months', { count: Math.round(d / 30.4) });
  return t('review:interval.years', { count: Math.round((d / 365) * 10) / 10 });
}
