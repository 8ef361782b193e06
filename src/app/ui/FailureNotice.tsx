import { useTranslation } from 'react-i18next';
import { explainError } from './errorText';

/**
 * A caught error's raw technical text, folded away under "Details": the learner reads the
 * translated reason, and a bug report can still quote what the browser said.
 */
export function ErrorDetails({ detail }: { detail: string }) {
  const { t } = useTranslation('common');
  return (
    <details className="error-details">
      <summary>{t('errors.details')}</summary>
      <code>{detail}</code>
    </details>
  );
}

/**
 * A failure notice: `message` puts the error's translated reason (see `explainError`) into the
 * page's own sentence ("The import failed and nothing was changed. {{error}}"); the error's raw
 * text follows under "Details".
 */
export function FailureNotice({ error, message, className = '' }: { error: unknown; message: (reason: string) => string; className?: string }) {
  const { t } = useTranslation('common');
  const { reason, detail } = explainError(error, t);
  return (
    <div className={`notice error ${className}`.trim()} role="alert">
      <p className="error-message">{message(reason)}</p>
      <ErrorDetails detail={detail} />
    </div>
  );
}
