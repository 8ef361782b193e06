import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WordStatus } from '../../db/types';
import { STATUSES } from './setWordStatus';
import './vocabulary.css';

/** Key that sets each status while a word is selected (shown on the buttons). */
export const STATUS_KEYS: Record<string, WordStatus> = { '1': 'new', '2': 'learning', '3': 'known', '4': 'ignored' };
export const KEY_OF: Record<WordStatus, string> = { new: '1', learning: '2', known: '3', ignored: '4' };

/**
 * One-tap status buttons for the word in the popover. Display only. With `announce` (the word's
 * lemma), a change of this word's status made from elsewhere than the buttons (the 1–4 keys) is
 * said to screen readers: the pressed state of a button without focus is not.
 */
export function StatusButtons({ status, onSet, error, announce }: { status: WordStatus; onSet(s: WordStatus): void; error?: string | null; announce?: string }) {
  const { t } = useTranslation('vocabulary');
  const groupRef = useRef<HTMLDivElement>(null);
  const last = useRef({ lemma: announce, status });
  const [said, setSaid] = useState('');
  useEffect(() => {
    const before = last.current;
    last.current = { lemma: announce, status };
    if (announce === undefined || (before.lemma === announce && before.status === status)) return;
    const onButton = !!document.activeElement && !!groupRef.current?.contains(document.activeElement);
    setSaid(before.lemma === announce && !onButton ? t('statusNow', { lemma: announce, status: t(`status.${status}`) }) : '');
  }, [announce, status, t]);
  return (
    <>
      <div className="status-buttons" role="group" aria-label={t('statusGroup')} ref={groupRef}>
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
      {announce !== undefined && (
        <span className="visually-hidden" role="status">
          {said}
        </span>
      )}
      {error && (
        <p className="status-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
