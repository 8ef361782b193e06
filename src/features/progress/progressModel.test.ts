// @vitest-environment node
import type { ReviewRecord, StatusLogRecord } from '../../db/types';
import { days, dueForecast, knownOverTime, localDay, retention, reviewsPerDay } from './progressModel';

const at = (iso: string) => new Date(iso).getTime();
const NOW = at('2026-03-10T15:00:00');
const log = (lemma: string, from: StatusLogRecord['from'], to: StatusLogRecord['to'], iso: string): StatusLogRecord => ({ lemma, from, to, at: at(iso) });
const rev = (iso: string, rating: 1 | 2 | 3 | 4, state = 2): ReviewRecord => ({
  cardId: 1, lemma: 'x', rating, state, at: at(iso), elapsedDays: 0, scheduledDays: 0, durationMs: 0,
  before: { due: 0, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state },
});

describe('progress figures', () => {
  it('days are local calendar days ending today, or starting today going forward', () => {
    expect(days(NOW, 3)).toEqual([at('2026-03-08T00:00'), at('2026-03-09T00:00'), at('2026-03-10T00:00')]);
    expect(days(NOW, 2, true)).toEqual([at('2026-03-10T00:00'), at('2026-03-11T00:00')]);
  });

  it('known lemmas over time follow the status log, both ways', () => {
    const l = [
      log('a', 'new', 'known', '2026-03-01T10:00'), // before the range: counted from the start
      log('b', 'new', 'learning', '2026-03-08T10:00'),
      log('b', 'learning', 'known', '2026-03-09T10:00'),
      log('c', 'new', 'known', '2026-03-09T11:00'),
      log('a', 'known', 'learning', '2026-03-10T09:00'),
    ];
    expect(knownOverTime(l, NOW, 3).map((d) => d.value)).toEqual([1, 3, 2]);
  });

  it('reviews per day count answers by local day', () => {
    const r = [rev('2026-03-09T23:59', 3), rev('2026-03-10T00:01', 1), rev('2026-03-10T12:00', 3), rev('2026-02-01T12:00', 3)];
    expect(reviewsPerDay(r, NOW, 2).map((d) => d.value)).toEqual([1, 2]);
  });

  it('the due forecast puts overdue cards on today and ignores those beyond the range', () => {
    const dues = [at('2026-03-01T10:00'), at('2026-03-10T20:00'), at('2026-03-11T08:00'), at('2026-04-30T08:00')];
    expect(dueForecast(dues, NOW, 3).map((d) => d.value)).toEqual([2, 1, 0]);
    expect(dueForecast(dues, NOW, 3)[0].day).toBe(localDay(NOW));
  });

  it('retention counts only answers to cards in the Review state', () => {
    const r = [rev('2026-03-09T10:00', 3), rev('2026-03-09T10:00', 1), rev('2026-03-09T10:00', 4), rev('2026-03-09T10:00', 1, 1), rev('2026-01-01T10:00', 1)];
    expect(retention(r, at('2026-03-01T00:00'))).toEqual({ rate: 2 / 3, count: 3 });
    expect(retention([], 0)).toEqual({ rate: null, count: 0 });
  });
});
