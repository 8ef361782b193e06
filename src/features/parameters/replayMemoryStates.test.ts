// @vitest-environment node
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import { FORGETFUL_WEIGHTS, simulateLearner } from '../../../test/support/simulatedLearner';
import type { FsrsState, ReviewRecord } from '../../db/types';
import { DEFAULT_REVIEW_SETTINGS, newCardState, toState } from '../review/scheduler';
import { replayMemoryStates } from './replayMemoryStates';

/** ts-fsrs itself, with the app's default settings and the given weights (the oracle). */
function oracle(rows: ReviewRecord[], w?: number[]): FsrsState {
  const f = fsrs(
    generatorParameters({
      request_retention: DEFAULT_REVIEW_SETTINGS.retention,
      maximum_interval: DEFAULT_REVIEW_SETTINGS.maximumInterval,
      enable_fuzz: false,
      enable_short_term: true,
      learning_steps: DEFAULT_REVIEW_SETTINGS.learningSteps,
      relearning_steps: DEFAULT_REVIEW_SETTINGS.relearningSteps,
      ...(w ? { w } : {}),
    }),
  );
  let card: Card = createEmptyCard(new Date(rows[0].at));
  for (const r of rows) card = f.next(card, new Date(r.at), r.rating as Grade).card;
  return toState(card);
}

const log: ReviewRecord[] = simulateLearner({ cards: 25, days: 60, seed: 9 }).map((a, i) => ({ ...a, id: i + 1, before: newCardState(new Date(a.at)) }));
const ids = [...new Set(log.map((r) => r.cardId))];
const rowsOf = (id: number) => log.filter((r) => r.cardId === id).sort((a, b) => a.at - b.at);
/** Cards as the app stored them: answered with the default parameters. */
const cards = ids.map((id) => ({ id, fsrs: oracle(rowsOf(id)) }));

describe('replaying memory states with new parameters', () => {
  it('with the parameters the cards were answered with, every state comes out as stored', () => {
    const updates = replayMemoryStates(cards, log, DEFAULT_REVIEW_SETTINGS);
    expect(updates).toHaveLength(cards.length);
    for (const u of updates) {
      const c = cards.find((x) => x.id === u.id)!;
      expect(u.stability).toBeCloseTo(c.fsrs.stability, 9);
      expect(u.difficulty).toBeCloseTo(c.fsrs.difficulty, 9);
      expect(u.reps).toBe(c.fsrs.reps);
    }
  });

  it('with other weights, each card gets the stability and difficulty ts-fsrs gives with them', () => {
    const updates = replayMemoryStates(cards, log, { ...DEFAULT_REVIEW_SETTINGS, weights: FORGETFUL_WEIGHTS });
    expect(updates).toHaveLength(cards.length);
    let lower = 0;
    for (const u of updates) {
      const want = oracle(rowsOf(u.id), FORGETFUL_WEIGHTS);
      expect(u.stability).toBeCloseTo(want.stability, 9);
      expect(u.difficulty).toBeCloseTo(want.difficulty, 9);
      if (u.stability < cards.find((c) => c.id === u.id)!.fsrs.stability) lower++;
    }
    // A learner who forgets faster: most memories are less stable than the defaults thought.
    expect(lower).toBeGreaterThan(cards.length / 2);
  });

  it('leaves out cards whose log does not start with a new-card answer or does not match the stored card', () => {
    const [first, second, third] = ids;
    const edited = log.filter((r) => !(r.cardId === first && r === rowsOf(first)[0]));
    const stored = cards.map((c) => (c.id === second ? { ...c, fsrs: { ...c.fsrs, reps: c.fsrs.reps + 1 } } : c));
    const updates = replayMemoryStates(stored, edited, DEFAULT_REVIEW_SETTINGS);
    const got = new Set(updates.map((u) => u.id));
    expect(got.has(first)).toBe(false);
    expect(got.has(second)).toBe(false);
    expect(got.has(third)).toBe(true);
    // A card with no answers is not touched either.
    expect(replayMemoryStates([{ id: 12345, fsrs: newCardState(new Date(0)) }], log, DEFAULT_REVIEW_SETTINGS)).toEqual([]);
  });
});
