import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/ui/format';
import { restoreRemoved, type ImportDraft } from './importArticle';

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
  const [draft, setDraft] = useState(initial);
  return (
    <div className="import-preview">
      {position.total > 1 && <p className="muted">{t('position', position)}</p>}
      <div className="field">
        <label htmlFor="import-title-input">{t('articleTitle')}</label>
        <input id="import-title-input" value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} lang="is" />
      </div>
      <dl className="meta">
        <dt>{t('author')}</dt>
        <dd lang="is">{draft.author ?? t('unknown')}</dd>
        <dt>{t('published')}</dt>
        <dd>{draft.publishedAt ? formatDateTime(draft.publishedAt, i18n.language) : t('unknown')}</dd>
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
      <h2>{t('body', { count: draft.paragraphs.length })}</h2>
      <div className="preview-body" lang="is">
        {draft.paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      {draft.removed.length > 0 && (
        <>
          <h2>{t('removedTitle', { count: draft.removed.length })}</h2>
          <ul className="removed-list">
            {draft.removed.map((r, i) => (
              <li key={i}>
                <details>
                  <summary>
                    <span className="badge">{t(`removedReason.${r.reason}`, { defaultValue: r.reason })}</span>{' '}
                    <span lang="is">{r.text.length > 80 ? `${r.text.slice(0, 80)}…` : r.text}</span>
                  </summary>
                  <p lang="is">{r.text}</p>
                </details>
                <button type="button" className="link-button" onClick={() => setDraft(restoreRemoved(draft, i))}>
                  {t('restore')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="actions sticky-actions">
        <button type="button" className="primary" disabled={busy || !draft.title.trim()} onClick={() => onSave(draft)}>
          {busy ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {position.total > 1 ? t('skipThis') : t('cancel')}
        </button>
      </div>
    </div>
  );
}
