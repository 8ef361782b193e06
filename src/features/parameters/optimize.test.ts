import { default_w } from 'ts-fsrs';
import { loadNodeEngine } from '../../../test/support/fsrsEngineNode';
import { FORGETFUL_WEIGHTS, simulateLearner } from '../../../test/support/simulatedLearner';
import type { FsrsEngine } from './engine';
import { logLoss } from './logLoss';
import { fitParameters, isWeights, WEIGHT_COUNT } from './optimize';
import { buildTrainingSet } from './trainingItems';

const UTC = { utcOffsetMinutes: () => 0 };

describe('fitParameters with the real fsrs-rs optimiser (fsrs-browser WebAssembly)', () => {
  let engine: FsrsEngine;
  beforeAll(async () => {
    engine = await loadNodeEngine();
  });

  it('a forgetful learner: the fitted parameters predict their answers better than the defaults', () => {
    const log = simulateLearner({ cards: 120, days: 90, seed: 7 });
    expect(log.length).toBeGreaterThan(400);
    const set = buildTrainingSet(log, UTC);
    const result = fitParameters(set.items, null, engine);
    expect(result.current).toMatchObject({ weights: [...default_w], personal: false });
    expect(result.fitted.weights).toHaveLength(WEIGHT_COUNT);
    expect(result.fitted.logLoss).toBeLessThan(result.current.logLoss);
    expect(result.better).toBe(true);
    // The learner forgets new words faster than the defaults assume: first-day stabilities drop.
    expect(result.fitted.weights[2]).toBeLessThan(default_w[2]);
    expect(result.items).toBe(set.items.length);
  });

  it('scores the parameters in use: personal ones are compared, not the defaults', () => {
    const set = buildTrainingSet(simulateLearner({ cards: 80, days: 60, seed: 3 }), UTC);
    const first = fitParameters(set.items, null, engine);
    const again = fitParameters(set.items, first.fitted.weights, engine);
    expect(again.current).toMatchObject({ personal: true, weights: first.fitted.weights });
    expect(again.current.logLoss).toBeCloseTo(first.fitted.logLoss, 6);
  });

  it('log loss is lower for the parameters that generated the answers than for the defaults', () => {
    const set = buildTrainingSet(simulateLearner({ cards: 150, days: 90, seed: 11 }), UTC);
    expect(logLoss(set.items, FORGETFUL_WEIGHTS, engine.memoryState)).toBeLessThan(logLoss(set.items, default_w, engine.memoryState));
  });

  it('refuses to run without items', () => {
    expect(() => fitParameters([], null, engine)).toThrow(/no training items/);
  });
});

describe('isWeights', () => {
  it.each([
    { w: [...default_w], ok: true },
    { w: default_w.slice(0, 19), ok: false },
    { w: [...default_w.slice(0, 20), NaN], ok: false },
    { w: null, ok: false },
    { w: 'x', ok: false },
  ])('$w → $ok', ({ w, ok }) => expect(isWeights(w)).toBe(ok));
});
