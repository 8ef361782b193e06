// @vitest-environment node
import { createEmptyCard, fsrs, generatorParameters, Rating, State } from 'ts-fsrs';
import { DEFAULT_REVIEW_SETTINGS, makeScheduler, newCardState, toCard, toState } from './scheduler';

const T0 = new Date('2026-03-02T09:00:00Z');
const exact = { ...DEFAULT_REVIEW_SETTINGS, fuzz: false };
const min = 60_000;
const day = 86_400_000;

describe('scheduler (ts-fsrs wrapper)', () => {
  it('stores a ts-fsrs card and reads it back unchanged', () => {
    const c = createEmptyCard(T0);
    expect(toCard(toState(c))).toEqual({ ...c, last_review: undefined });
  });

  it('gives the same schedule as ts-fsrs itself for a run of answers', () => {
    const f = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: false, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] }));
    const s = makeScheduler(exact);
    let ref = createEmptyCard(T0);
    let mine = newCardState(T0);
    let now = T0;
    for (const r of [Rating.Good, Rating.Good, Rating.Good, Rating.Again, Rating.Good, Rating.Easy, Rating.Hard] as const) {
      ref = f.next(ref, now, r).card;
      mine = s.answer(mine, now, r).next;
      expect(mine).toEqual(toState(ref));
      now = new Date(mine.due);
    }
  });

  it('never schedules Easy with or before Good once Good is a day away (Again, Good: both graduate to 1 day in ts-fsrs)', () => {
    const s = makeScheduler(exact);
    const again = s.answer(newCardState(T0), T0, 1).next;
    const step = s.answer(again, new Date(again.due), 3).next;
    const now = new Date(step.due);
    const preview = s.preview(step, now);
    expect(preview[3] - now.getTime()).toBe(day);
    expect(preview[4] - now.getTime()).toBe(2 * day);
    const easy = s.answer(step, now, 4).next;
    expect(easy.due).toBe(preview[4]);
    expect(easy.scheduled_days).toBe(2);
  });

  it('uses the learning steps the same day and FSRS intervals after', () => {
    const s = makeScheduler(exact);
    const first = s.answer(newCardState(T0), T0, 3);
    expect(first.next.state).toBe(State.Learning);
    expect(first.next.due - T0.getTime()).toBe(10 * min);
    expect(first.log).toMatchObject({ rating: 3, state: State.New, elapsedDays: 0 });
    const again = s.answer(newCardState(T0), T0, 1);
    expect(again.next.due - T0.getTime()).toBe(1 * min);
    const at = new Date(first.next.due);
    const grad = s.answer(first.next, at, 3);
    expect(grad.next.state).toBe(State.Review);
    expect(grad.next.due - at.getTime()).toBeGreaterThanOrEqual(day);
  });

  it('previews one due date per answer, later for easier answers', () => {
    const p = makeScheduler(exact).preview(newCardState(T0), T0);
    expect(p[1]).toBeLessThan(p[2]);
    expect(p[2]).toBeLessThan(p[3]);
    expect(p[3]).toBeLessThan(p[4]);
  });

  it('schedules with personal parameters when they are set (same as ts-fsrs given those weights)', () => {
    // A learner who forgets new words fast: smaller initial stabilities than the defaults.
    const w = [0.05, 0.3, 0.6, 2.1, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.35];
    const f = fsrs(generatorParameters({ w, enable_fuzz: false, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] }));
    const personal = makeScheduler({ ...exact, weights: w }).answer(newCardState(T0), T0, 4).next;
    expect(personal).toEqual(toState(f.next(createEmptyCard(T0), T0, Rating.Easy).card));
    expect(personal.scheduled_days).toBeLessThan(makeScheduler(exact).answer(newCardState(T0), T0, 4).next.scheduled_days);
  });

  it('higher desired retention means shorter intervals', () => {
    const graduate = (retention: number) => {
      const s = makeScheduler({ ...exact, retention });
      let st = newCardState(T0);
      st = s.answer(st, T0, 4).next;
      return st.scheduled_days;
    };
    expect(graduate(0.95)).toBeLessThan(graduate(0.8));
  });

  it('counts elapsed days from the last review', () => {
    const s = makeScheduler(exact);
    const st = s.answer(newCardState(T0), T0, 4).next;
    const later = new Date(T0.getTime() + 5 * day + 3 * 3_600_000);
    expect(s.answer(st, later, 3).log.elapsedDays).toBe(5);
  });
});
