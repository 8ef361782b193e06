import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { storageFailureOf } from '../../db/errors';

interface State {
  error: unknown;
  backup: 'idle' | 'busy' | 'failed';
}

/** What the user sees instead of a white screen: what happened, reload, download a backup. */
function CrashScreen({ error, backup, onBackup }: { error: unknown; backup: State['backup']; onBackup: () => void }) {
  const { t } = useTranslation('safety');
  const failure = storageFailureOf(error);
  return (
    <div className="notice error crash-screen" role="alert">
      <h1>{t('crash.title')}</h1>
      <p>{failure ? t(`storage.${failure}`) : t('crash.body')}</p>
      <p className="muted">{t('crash.dataSafe')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          {t('reload')}
        </button>
        <button type="button" onClick={onBackup} disabled={backup === 'busy'}>
          {t('crash.downloadBackup')}
        </button>
      </div>
      {backup === 'failed' && <p>{t('crash.backupFailed')}</p>}
      <details>
        <summary>{t('crash.details')}</summary>
        <pre className="crash-details">{String((error as Error)?.stack ?? (error as Error)?.message ?? error)}</pre>
      </details>
    </div>
  );
}

/**
 * Catches render errors below it. It resets on navigation (hash change), so that one broken page
 * does not take the whole app down.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null, backup: 'idle' };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown error') };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Lesa crashed while showing a page', error, info.componentStack);
  }

  componentDidMount() {
    window.addEventListener('hashchange', this.reset);
  }

  componentWillUnmount() {
    window.removeEventListener('hashchange', this.reset);
  }

  reset = () => {
    if (this.state.error) this.setState({ error: null, backup: 'idle' });
  };

  onBackup = async () => {
    this.setState({ backup: 'busy' });
    try {
      // Loaded on demand: the backup code is not needed until someone asks for a backup.
      const { downloadBackup } = await import('../backup/backupActions');
      await downloadBackup();
      this.setState({ backup: 'idle' });
    } catch {
      this.setState({ backup: 'failed' });
    }
  };

  render() {
    if (this.state.error) return <CrashScreen error={this.state.error} backup={this.state.backup} onBackup={this.onBackup} />;
    return this.props.children;
  }
}
