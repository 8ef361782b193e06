import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../app/ui/format';
import { undoFocusKey } from '../../app/ui/toasts';
import type { ArticleKnownStats } from './tokens';
import './vocabulary.css';

export interface ReaderFooterProps {
  stats: ArticleKnownStats | undefined;
  busy?: boolean;
  onMarkRestKnown(): void;
}

/** The Undo focus key of "Mark the remaining … as known": its toast's Undo brings the button back, and focus to it. */
export const MARK_REST_UNDO_FOCUS = undoFocusKey('reader', 'mark-rest-known');

/** End of an article: its known-word figures, "mark the rest as known", and the colour legend. Display only. */
export function ReaderFooter({ stats, busy, onMarkRestKnown }: ReaderFooterProps) {
  const { t, i18n } = useTranslation('vocabulary');
  // Once the rest is marked, the button (and the focus on it) gives way to "No new words left":
  // focus goes there rather than onto the page.
  const pressed = useRef(false);
  const noneLeftRef = useRef<HTMLParagraphElement>(null);
  const noneLeft = stats !== undefined && stats.newLemmas === 0;
  useEffect(() => {
    if (!pressed.current || !noneLeft) return;
    pressed.current = false;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) noneLeftRef.current?.focus();
  }, [noneLeft]);
  return (
    <section className="reader-footer" aria-labelledby="reader-footer-title">
      <h2 id="reader-footer-title" className="visually-hidden">
        {t('footerTitle')}
      </h2>
      {stats && (
        <ul className="stats" data-testid="article-known">
          <li>{t('knownPercent', { percent: formatPercent(stats.knownShare, i18n.language) })}</li>
          <li>{t('lemmaCount', { count: stats.lemmas })}</li>
          <li>{t('newCount', { count: stats.newLemmas })}</li>
          <li>{t('learningCount', { count: stats.learningLemmas })}</li>
          <li>{t('knownCount', { count: stats.knownLemmas })}</li>
        </ul>
      )}
      {stats && stats.newLemmas > 0 ? (
        <>
          {/* Marked unavailable while busy, not disabled: a disabled button drops the keyboard focus. */}
          <button
            type="button"
            className="primary"
            aria-disabled={busy || undefined}
            data-undo-focus={MARK_REST_UNDO_FOCUS}
            onClick={() => {
              if (busy) return;
              pressed.current = true;
              onMarkRestKnown();
            }}
          >
            {t('markRestKnown', { count: stats.newLemmas })}
          </button>
          <p className="hint">{t('markRestKnownHint')}</p>
        </>
      ) : (
        stats && (
          <p className="hint" tabIndex={-1} ref={noneLeftRef}>
            {t('noNewLeft')}
          </p>
        )
      )}
      <ul className="legend" aria-label={t('legend')}>
        <li>
          <span className="w st-new">{t('status.new')}</span>
        </li>
        <li>
          <span className="w st-learning">{t('status.learning')}</span>
        </li>
        <li>
          <span className="legend-plain">{t('legendKnown')}</span>
        </li>
      </ul>
      <p className="hint">{t('keysHint')}</p>
    </section>
  );
}
