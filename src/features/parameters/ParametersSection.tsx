import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, formatPercent } from '../../app/ui/format';
import type { ParametersFit } from './applyParameters';
import type { FitResult } from './optimize';
import './parameters.css';

export type OptimiseState =
  | { kind: 'idle' }
  | { kind: 'running'; answers: number }
  | { kind: 'result'; result: FitResult }
  | { kind: 'nothingToFit' }
  | { kind: 'updating' }
  | { kind: 'applied'; cards: number }
  | { kind: 'reset'; cards: number }
  | { kind: 'failed'; message: string };

export interface ParametersSectionProps {
  /** Answers in the review log, and how many are needed before fitting is offered. */
  answers: number;
  minAnswers: number;
  /** Personal parameters in use (with when and from what they were fitted), or null for the defaults. */
  inUse: ParametersFit | null;
  state: OptimiseState;
  onOptimise(): void;
  onApply(result: FitResult): void;
  onDiscard(): void;
  onReset(): void;
}

const fmtLoss = (x: number, lng: string) => formatNumber(x, lng, { minFraction: 4, maxFraction: 4 });
const fmtDate = (ms: number, lng: string) => formatDate(ms, lng);

/** Settings section: fit FSRS parameters to the learner's own answers and show how much better they predict. */
export function ParametersSection({ answers, minAnswers, inUse, state, onOptimise, onApply, onDiscard, onReset }: ParametersSectionProps) {
  const { t, i18n } = useTranslation('parameters');
  const headingId = useId();
  const lng = i18n.language;
  const enough = answers >= minAnswers;
  const running = state.kind === 'running' || state.kind === 'updating';

  return (
    <section className="settings-section parameters-section" aria-labelledby={headingId} aria-busy={running}>
      <h2 id={headingId}>
        {t('title')} <span className="heading-aside">{t('titleTechnical')}</span>
      </h2>
      <p className="hint">{t('intro')}</p>
      <p data-testid="parameters-in-use">
        {inUse ? t('inUsePersonal', { date: fmtDate(inUse.at, lng), count: inUse.answers }) : t('inUseDefault')}
      </p>
      <p className="muted" data-testid="parameters-answers">
        {enough ? t('answers', { count: answers }) : t('notEnough', { count: answers, min: minAnswers })}
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onOptimise} disabled={!enough || running}>
          {t('optimise')}
        </button>
        {inUse && (
          <button type="button" onClick={onReset} disabled={running}>
            {t('reset')}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {state.kind === 'running' && <p>{t('running', { count: state.answers })}</p>}
        {state.kind === 'updating' && <p>{t('updating')}</p>}
        {state.kind === 'nothingToFit' && <p>{t('nothingToFit')}</p>}
        {state.kind === 'applied' && <p>{t('applied', { count: state.cards })}</p>}
        {state.kind === 'reset' && <p>{t('resetDone', { count: state.cards })}</p>}
      </div>
      {state.kind === 'failed' && (
        <p className="notice error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'result' && <ResultView result={state.result} lng={lng} onApply={onApply} onDiscard={onDiscard} />}
    </section>
  );
}

function ResultView({ result, lng, onApply, onDiscard }: { result: FitResult; lng: string; onApply(r: FitResult): void; onDiscard(): void }) {
  const { t } = useTranslation('parameters');
  const share = (result.current.logLoss - result.fitted.logLoss) / result.current.logLoss;
  // Better parameters always show a gain: a tiny one (or none to measure) reads "<1%".
  const gain = formatPercent(share > 0 ? share : 0.001, lng);
  return (
    <div className="parameters-result" data-testid="parameters-result">
      <table>
        <caption>{t('tableCaption', { count: result.items })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colParameters')}</th>
            <th scope="col">{t('colLogLoss')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{result.current.personal ? t('currentPersonal') : t('currentDefault')}</th>
            <td data-testid="logloss-before">{fmtLoss(result.current.logLoss, lng)}</td>
          </tr>
          <tr>
            <th scope="row">{t('fitted')}</th>
            <td data-testid="logloss-after">{fmtLoss(result.fitted.logLoss, lng)}</td>
          </tr>
        </tbody>
      </table>
      <p>{result.better ? t('better', { percent: gain }) : t('notBetter')}</p>
      <details>
        <summary>{t('showWeights')}</summary>
        <p className="weights">
          <code>{result.fitted.weights.join(', ')}</code>
        </p>
      </details>
      <div className="actions">
        {result.better && (
          <button type="button" className="primary" onClick={() => onApply(result)}>
            {t('apply')}
          </button>
        )}
        <button type="button" onClick={onDiscard}>
          {result.better ? t('discard') : t('close')}
        </button>
      </div>
    </div>
  );
}
