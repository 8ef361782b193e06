import type { ReviewRecord, StatusLogRecord } from '../../db/types';

/** Pure figures for the Progress page. Days are local calendar days; `dayStart` gives their start. */

const DAY = 86_400_000;

export interface DayValue {
  /** Local midnight, epoch ms. */
  day: number;
  value: number;
}

export function localDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** The `n` local days ending with the day of `now` (or starting with it, for `forward`). */
export function days(now: number, n: number, forward = false): number[] {
  const out: number[] = [];
  const start = localDay(now);
  for (let i = 0; i < n; i++) {
    const d = new Date(start);
    d.setDate(d.getDate() + (forward ? i : i - n + 1));
    out.push(d.getTime());
  }
  return out;
}

/** Known lemmas at the end of each of the last `n` days, from the status log. */
export function knownOverTime(log: readonly StatusLogRecord[], now: number, n: number): DayValue[] {
  const range = days(now, n);
  const sorted = [...log].sort((a, b) => a.at - b.at);
  let known = 0;
  let i = 0;
  return range.map((day) => {
    const end = new Date(day);
    end.setDate(end.getDate() + 1);
    while (i < sorted.length && sorted[i].at < end.getTime()) {
      const e = sorted[i++];
      if (e.to === 'known' && e.from !== 'known') known++;
      else if (e.from === 'known' && e.to !== 'known') known--;
    }
    return { day, value: known };
  });
}

/** Answers given on each of the last `n` days. */
export function reviewsPerDay(reviews: readonly ReviewRecord[], now: number, n: number): DayValue[] {
  const range = days(now, n);
  const counts = new Map(range.map((d) => [d, 0]));
  for (const r of reviews) {
    const d = localDay(r.at);
    if (counts.has(d)) counts.set(d, counts.get(d)! + 1);
  }
  return range.map((day) => ({ day, value: counts.get(day)! }));
}

/** Cards falling due on each of the next `n` days (overdue ones count today). */
export function dueForecast(dues: readonly number[], now: number, n: number): DayValue[] {
  const range = days(now, n, true);
  const counts = new Map(range.map((d) => [d, 0]));
  const first = range[0];
  for (const due of dues) {
    const d = Math.max(first, localDay(due));
    if (counts.has(d)) counts.set(d, counts.get(d)! + 1);
  }
  return range.map((day) => ({ day, value: counts.get(day)! }));
}

/**
 * Retention achieved: share of answers to cards in the Review state (scheduled by FSRS, not in
 * same-day learning steps) that were not Again, since `since`.
 */
export function retention(reviews: readonly ReviewRecord[], since: number): { rate: number | null; count: number } {
  let count = 0;
  let recalled = 0;
  for (const r of reviews) {
    if (r.at < since || r.state !== 2) continue;
    count++;
    if (r.rating > 1) recalled++;
  }
  return { rate: count ? recalled / count : null, count };
}

export { DAY };
