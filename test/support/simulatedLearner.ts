import type { ReviewRecord } from '../../src/db/types';
import { createEmptyCard, default_w, forgetting_curve, fsrs, generatorParameters, State, type Card, type Grade } from 'ts-fsrs';

/** A review-log row as the app writes it, less the id and the card's state before (not simulated). */
export type SimulatedAnswer = Omit<ReviewRecord, 'id' | 'before'>;

/** FSRS-6's defaults with the first-day stabilities cut to a quarter and a flatter forgetting curve. */
export const FORGETFUL_WEIGHTS: number[] = default_w.map((w, i) => (i < 4 ? w * 0.25 : i === 20 ? 0.35 : w));

const DAY = 86_400_000;

/**
 * A simulated learner for optimiser tests and benchmarks: cards are scheduled with FSRS-6's
 * default parameters (what Lesa does before personalising), while the learner's real memory
 * follows other parameters (`trueWeights`): by default they forget new words much faster than
 * the defaults expect. Answers are drawn from the real memory's recall probability with a seeded
 * generator, so the same options give the same log.
 */
export function simulateLearner(opts: { cards: number; days: number; seed?: number; start?: number; trueWeights?: number[] }): SimulatedAnswer[] {
  let s = opts.seed ?? 1;
  const rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const start = opts.start ?? Date.UTC(2026, 0, 5, 9);
  const end = start + opts.days * DAY;
  const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: true }));
  const memory = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: true, w: opts.trueWeights ?? FORGETFUL_WEIGHTS }));
  const weights = opts.trueWeights ?? FORGETFUL_WEIGHTS;
  const out: SimulatedAnswer[] = [];
  for (let id = 1; id <= opts.cards; id++) {
    // New cards arrive over the first half of the period, at some hour of a day.
    const first = start + Math.floor(rnd() * (opts.days / 2)) * DAY + Math.floor(rnd() * 10) * 3_600_000;
    let card: Card = createEmptyCard(new Date(first));
    let mem: Card = createEmptyCard(new Date(first));
    let now = first;
    while (now < end) {
      let rating: Grade;
      if (mem.state === State.New) rating = (rnd() < 0.3 ? 1 : 3) as Grade;
      else {
        const r = forgetting_curve(weights, Math.max(0, (now - mem.last_review!.getTime()) / DAY), mem.stability);
        rating = (rnd() < r ? (rnd() < 0.1 ? 2 : rnd() < 0.1 ? 4 : 3) : 1) as Grade;
      }
      const elapsedDays = card.last_review ? Math.floor((now - card.last_review.getTime()) / DAY) : 0;
      const stateBefore = card.state;
      card = scheduler.next(card, new Date(now), rating).card;
      mem = memory.next(mem, new Date(now), rating).card;
      out.push({ cardId: id, lemma: `orð${id}`, rating, state: stateBefore, at: now, elapsedDays, scheduledDays: card.scheduled_days, durationMs: 4000 });
      // The learner comes back when the card is due, within the next few hours.
      now = card.due.getTime() + (card.scheduled_days > 0 ? Math.floor(rnd() * 6) * 3_600_000 : 0);
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
