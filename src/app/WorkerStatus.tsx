import { useTranslation } from 'react-i18next';
import { useWorkerState } from './services';

/** A small progress line while the lemmatizer and dictionary load; the library works meanwhile. */
export function WorkerStatus() {
  const { t } = useTranslation();
  const state = useWorkerState();
  if (state.status === 'ready') return null;
  if (state.status === 'failed')
    return (
      <p className="worker-status error" role="alert">
        {t('worker.failed', { error: state.error })}
      </p>
    );
  return (
    <p className="worker-status" role="status">
      <span className="spinner" aria-hidden="true" /> {t('worker.loading')}
    </p>
  );
}
