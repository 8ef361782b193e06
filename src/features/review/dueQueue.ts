import { buildDueQueue, type DueQueue } from '../../db/cards';

/** Local midnight of the day `now` is in: new-card limits count from here. */
export function startOfDay(now: Date): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** The cards to review at `now`, with the daily new-card limit applied. Measured as `lesa:due-queue`. */
export async function loadDueQueue(now: Date, newPerDay: number): Promise<DueQueue> {
  const t0 = performance.now();
  const q = await buildDueQueue(now.getTime(), startOfDay(now), newPerDay);
  performance.measure?.('lesa:due-queue', { start: t0, end: performance.now(), detail: { cards: q.items.length } });
  return q;
}
