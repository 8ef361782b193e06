import { useTranslation } from 'react-i18next';
import type { WordStatus } from '../../db/types';
import { STATUSES } from './setWordStatus';
import './vocabulary.css';

/** Key that sets each status while a word is selected (shown on the buttons). */
export const STATUS_KEYS: Record<string, WordStatus> = { '1': 'new', '2': 'learning', '3': 'known', '4': 'ignored' };
export const KEY_OF: Record<WordStatus, string> = { new: '1', learning: '2', known: '3', ignored: '4' };

/** One-tap status buttons for the word in the popover. Display only. */
export function StatusButtons({ status, onSet, error }: { status: WordStatus; onSet(s: WordStatus): void; error?: string | null }) {
  const { t } = useTranslation('vocabulary');
  return (
    <>
      <div className="status-buttons" role="group" aria-label={t('statusGroup')}>
        {STATUSES.map((s) => {
          // (Rendered on every tap in the reader's popover: one look-up of the name per button.)
          const name = t(`status.${s}`);
          return (
            <button
              key={s}
              type="button"
              aria-pressed={status === s}
              onClick={() => onSet(s)}
              aria-keyshortcuts={KEY_OF[s]}
              title={t('setStatusKey', { status: name, key: KEY_OF[s] })}
            >
              <span>{name}</span>
              <kbd aria-hidden="true">{KEY_OF[s]}</kbd>
            </button>
          );
        })}
      </div>
      {error && (
        <p className="status-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
