import { useTranslation } from 'react-i18next';
import { useWorkerState } from './services';
import { ErrorDetails } from './ui/FailureNotice';
import { explainError } from './ui/errorText';

/**
 * While the lemmatizer and dictionary load: a small status pill over the page (it takes no room,
 * so nothing moves when it goes, and taps pass through it). Reading works meanwhile; importing
 * waits. If loading fails, a message in the page that stays.
 */
export function WorkerStatus() {
  const { t } = useTranslation();
  const state = useWorkerState();
  if (state.status === 'ready') return null;
  if (state.status === 'failed') {
    const { reason, detail } = explainError(state.cause ?? state.error, t);
    return (
      <div className="worker-status error" role="alert">
        <p>{t('worker.failed', { error: reason })}</p>
        <ErrorDetails detail={detail} />
      </div>
    );
  }
  return (
    <p className="worker-pill" role="status">
      <span className="spinner" aria-hidden="true" /> {t('worker.loading')}
    </p>
  );
}
