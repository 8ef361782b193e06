import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/ui/format';
import { restoreRemoved, type ImportDraft } from './importArticle';
import './import.css';

/** A title proposed from the first words of the text, for a paste with no headline (at most ~8 words, 60 characters). */
export function proposeTitle(paragraphs: readonly string[]): string {
  const first = (paragraphs.find((p) => p.trim()) ?? '').trim().replace(/\s+/g, ' ');
  if (!first) return '';
  const sentence = /^(.+?[.!?])(\s|$)/u.exec(first)?.[1] ?? first;
  const words = sentence.split(' ');
  let title = '';
  for (const w of words.slice(0, 8)) {
    if (title && (title + ' ' + w).length > 60) break;
    title = title ? `${title} ${w}` : w;
  }
  if (title.length > 60) title = title.slice(0, 60);
  const shortened = title.length < sentence.length;
  title = title.replace(/[.!?,;:]+$/u, '');
  return shortened ? `${title}…` : title;
}

export interface ImportPreviewProps {
  draft: ImportDraft;
  position: { index: number; total: number };
  busy: boolean;
  onSave(draft: ImportDraft): void;
  onCancel(): void;
}

/** The cleaned article before saving: edit the title, look at and restore removed blocks. */
export function ImportPreview({ draft: initial, position, busy, onSave, onCancel }: ImportPreviewProps) {
  const { t, i18n } = useTranslation('import');
  // A paste with no headline gets a title proposed from its first words (the learner can edit it).
  const [suggested, setSuggested] = useState(() => !initial.title.trim() && proposeTitle(initial.paragraphs) !== '');
  const [draft, setDraft] = useState(() => (suggested ? { ...initial, title: proposeTitle(initial.paragraphs) } : initial));
  // The cleaner took out all of the text (one line that reads like a headline, a paste of menus):
  // the preview says so, and Save waits until something is restored.
  const noText = draft.paragraphs.length === 0;
  const missingTitle = !noText && !draft.title.trim();
  const removedRef = useRef<HTMLUListElement>(null);
  const bodyHeadingRef = useRef<HTMLHeadingElement>(null);
  // The Restore button pressed is gone with its block: focus goes to the Restore button now at its
  // place (or the one before), or to the article text once none is left, instead of the page.
  const [refocus, setRefocus] = useState<number | null>(null);
  useEffect(() => {
    if (refocus === null) return;
    setRefocus(null);
    if (document.activeElement && document.activeElement !== document.body) return;
    const buttons = removedRef.current?.querySelectorAll<HTMLButtonElement>('li > button') ?? [];
    (buttons[Math.min(refocus, buttons.length - 1)] ?? bodyHeadingRef.current)?.focus();
  }, [refocus]);

  function restore(index: number) {
    const next = restoreRemoved(draft, index);
    // The first text back in a draft with none and no title: propose one from it, as for a paste.
    const proposed = noText && !draft.title.trim() ? proposeTitle(next.paragraphs) : '';
    if (proposed) setSuggested(true);
    setDraft(proposed ? { ...next, title: proposed } : next);
    setRefocus(index);
  }
  // Chromium moves focus to the page when the focused Save button is disabled while saving; when
  // saving ends (a duplicate or a failure keeps the preview up) focus goes back to it.
  const saveRef = useRef<HTMLButtonElement>(null);
  const saveHadFocus = useRef(false);
  useEffect(() => {
    if (busy) return;
    const el = saveRef.current;
    if (saveHadFocus.current && el?.isConnected && (!document.activeElement || document.activeElement === document.body)) el.focus();
    saveHadFocus.current = false;
  }, [busy]);
  const describedBy = [missingTitle ? 'import-title-error' : suggested && draft.title.trim() ? 'import-title-suggested' : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="import-preview">
      {position.total > 1 && <p className="muted">{t('position', position)}</p>}
      {noText && (
        <p className="notice error import-problem" role="alert">
          {t('nothingLeft')}
        </p>
      )}
      <div className="field">
        {/* "(required)" sits beside the label, not in it: the input's `required` says so to screen readers. */}
        <div className="label-row">
          <label htmlFor="import-title-input">{t('articleTitle')}</label>{' '}
          <span className="required-mark" aria-hidden="true">
            {t('required')}
          </span>
        </div>
        <input
          id="import-title-input"
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
          lang="is"
          required
          aria-invalid={missingTitle || undefined}
          aria-describedby={describedBy}
        />
        {missingTitle ? (
          <p className="field-error" id="import-title-error">
            {t('titleMissing')}
          </p>
        ) : (
          suggested &&
          draft.title.trim() && (
            <p className="hint" id="import-title-suggested">
              {t('titleSuggested')}
            </p>
          )
        )}
      </div>
      <dl className="meta">
        <dt>{t('author')}</dt>
        <dd lang="is" className={draft.author ? undefined : 'meta-none'}>
          {draft.author ?? t('unknown')}
        </dd>
        <dt>{t('published')}</dt>
        <dd className={draft.publishedAt ? undefined : 'meta-none'}>{draft.publishedAt ? formatDateTime(draft.publishedAt, i18n.language) : t('unknown')}</dd>
        {draft.site && (
          <>
            <dt>{t('site')}</dt>
            <dd>{draft.site}</dd>
          </>
        )}
        {draft.caption && (
          <>
            <dt>{t('caption')}</dt>
            <dd lang="is">{draft.caption}</dd>
          </>
        )}
      </dl>
      <h2 tabIndex={-1} ref={bodyHeadingRef}>
        {t('body', { count: draft.paragraphs.length })}
      </h2>
      {!noText && (
        <div className="preview-body" lang="is">
          {draft.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
      {draft.removed.length > 0 && (
        <>
          <h2>{t('removedTitle', { count: draft.removed.length })}</h2>
          <ul className="removed-list" ref={removedRef}>
            {draft.removed.map((r, i) => (
              <li key={i}>
                <details>
                  <summary>
                    <span className="badge">{t(`removedReason.${r.reason}`, { defaultValue: r.reason })}</span>{' '}
                    <span lang="is">{r.text.length > 80 ? `${r.text.slice(0, 80)}…` : r.text}</span>
                  </summary>
                  <p lang="is">{r.text}</p>
                </details>
                <button type="button" className="link-button" onClick={() => restore(i)}>
                  {t('restore')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="actions sticky-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || missingTitle || noText}
          aria-describedby={missingTitle || noText ? 'import-save-blocked' : undefined}
          ref={saveRef}
          onClick={() => {
            saveHadFocus.current = document.activeElement === saveRef.current;
            onSave(draft);
          }}
        >
          {busy ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {position.total > 1 ? t('skipThis') : t('cancel')}
        </button>
        {(missingTitle || noText) && (
          <p className="save-blocked" id="import-save-blocked">
            {noText ? t('saveNeedsText') : t('saveNeedsTitle')}
          </p>
        )}
      </div>
    </div>
  );
}
