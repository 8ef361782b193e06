import { getSetting, setSetting } from '../../db/settings';
import { saveReviewSettings } from '../review/reviewSettings';
import { recomputeMemoryStates } from './memoryStates';
import { isWeights, type FitResult } from './optimize';

/** What the Settings page says about the parameters in use. */
export interface ParametersFit {
  /** Epoch ms when the learner chose the fitted parameters. */
  at: number;
  answers: number;
  items: number;
  logLossBefore: number;
  logLossAfter: number;
}

const KEY = 'parametersFit';

export function loadParametersFit(): Promise<ParametersFit | null> {
  return getSetting<ParametersFit | null>(KEY, null);
}

/**
 * Puts fitted parameters in use: every answer from now on is scheduled with them (stored as the
 * review settings' `weights`, which src/features/review/scheduler.ts passes to ts-fsrs), and every
 * card's memory state is recomputed with them from its answers. Returns how many cards changed.
 */
export async function applyParameters(result: FitResult, answers: number, now: Date): Promise<number> {
  if (!isWeights(result.fitted.weights)) throw new Error('not a set of FSRS-6 parameters');
  await saveReviewSettings({ weights: result.fitted.weights });
  await setSetting<ParametersFit>(KEY, { at: now.getTime(), answers, items: result.items, logLossBefore: result.current.logLoss, logLossAfter: result.fitted.logLoss });
  return recomputeMemoryStates();
}

/** Back to FSRS-6's default parameters, with memory states recomputed. Returns how many cards changed. */
export async function resetParameters(): Promise<number> {
  await saveReviewSettings({ weights: null });
  await setSetting<ParametersFit | null>(KEY, null);
  return recomputeMemoryStates();
}
