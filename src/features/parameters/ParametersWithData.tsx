import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, storageMessage } from '../../app/ui/errorText';
import { countReviews, listReviews } from '../../db/reviews';
import { loadReviewSettings } from '../review/reviewSettings';
import { applyParameters, loadParametersFit, resetParameters } from './applyParameters';
import { runOptimizerInWorker, type RunOptimizer } from './optimizerClient';
import { ParametersSection, type OptimiseState } from './ParametersSection';
import { buildTrainingSet } from './trainingItems';

/** Answers needed before fitting is offered (fewer give parameters that mostly echo noise). */
export const MIN_ANSWERS = 400;

/** Loads the review log and settings, runs the optimiser in its worker, and stores the learner's choice. */
export function ParametersWithData({ run = runOptimizerInWorker, now = () => new Date() }: { run?: RunOptimizer; now?: () => Date }) {
  const { t } = useTranslation('parameters');
  const answers = useLiveQuery(countReviews, [], undefined);
  const fit = useLiveQuery(loadParametersFit, [], undefined);
  const [state, setState] = useState<OptimiseState>({ kind: 'idle' });
  const [answersFitted, setAnswersFitted] = useState(0);
  if (answers === undefined || fit === undefined) return null;

  const storageFailed = (e: unknown) => setState({ kind: 'failed', message: storageMessage(e, t) });

  async function optimise() {
    let log, settings;
    try {
      [log, settings] = await Promise.all([listReviews(), loadReviewSettings()]);
    } catch (e) {
      return storageFailed(e);
    }
    const set = buildTrainingSet(log);
    if (set.items.length === 0) return setState({ kind: 'nothingToFit' });
    setAnswersFitted(log.length);
    setState({ kind: 'running', answers: log.length });
    try {
      setState({ kind: 'result', result: await run(set.items, settings.weights) });
    } catch (e) {
      setState({ kind: 'failed', message: t('optimiserError', { error: errorText(e, t) }) });
    }
  }

  return (
    <ParametersSection
      answers={answers}
      minAnswers={MIN_ANSWERS}
      inUse={fit}
      state={state}
      onOptimise={() => void optimise()}
      onApply={(result) => {
        setState({ kind: 'updating' });
        void applyParameters(result, answersFitted, now())
          .then((cards) => setState({ kind: 'applied', cards }))
          .catch(storageFailed);
      }}
      onDiscard={() => setState({ kind: 'idle' })}
      onReset={() => {
        setState({ kind: 'updating' });
        void resetParameters()
          .then((cards) => setState({ kind: 'reset', cards }))
          .catch(storageFailed);
      }}
    />
  );
}
