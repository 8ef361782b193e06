import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { formatDateTime, formatPercent } from '../../app/ui/format';
import { undoFocusKey } from '../../app/ui/toasts';
import { useFocusAfterRemoval } from '../../app/ui/useFocusAfterRemoval';
import type { ArticleRecord } from '../../db/types';
import './library.css';

export interface ArticleStats {
  /** Unique lemmas in the article. */
  lemmas: number;
  /** Share (0–1) of running words whose lemma the learner knows. */
  knownShare: number;
  /** Lemmas still New. */
  newLemmas: number;
}

export interface LibraryViewProps {
  articles: ArticleRecord[] | undefined;
  stats?: ReadonlyMap<number, ArticleStats>;
  /** Shown while sample articles are being prepared on the very first run. */
  preparing?: boolean;
  onDelete(article: ArticleRecord): void;
  /** The page takes the undo key (`useUndoKeys`): say so. */
  undoKeys?: boolean;
}

/** The list of imported articles. Display only: data and actions come from `LibraryWithData`. */
export function LibraryView({ articles, stats, preparing, onDelete, undoKeys }: LibraryViewProps) {
  const { t, i18n } = useTranslation('library');
  const [query, setQuery] = useState('');
  // After a delete the article's card (and its focused Delete button) goes away: focus goes to the
  // Delete button of the article that took its place, or of the last one, or to the search field.
  // Undo in the toast brings the article back and focus to its Delete button (`data-undo-focus`).
  const listRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const setDeletedAt = useFocusAfterRemoval(listRef, '.article-card button.danger', searchRef, articles);
  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('is');
    return (articles ?? []).filter((a) => !q || a.title.toLocaleLowerCase('is').includes(q));
  }, [articles, query]);

  return (
    <section className="library" aria-labelledby="library-title">
      <div className="page-head">
        <h1 id="library-title">{t('title')}</h1>
        <a className="button primary" href={href({ name: 'import' })}>
          {t('import')}
        </a>
      </div>
      <label className="search">
        <span className="visually-hidden">{t('search')}</span>
        <input ref={searchRef} type="search" value={query} placeholder={t('searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {preparing && (
        <p className="notice" role="status">
          {t('preparing')}
        </p>
      )}
      {articles && articles.length === 0 && !preparing && <p className="empty">{t('empty')}</p>}
      {articles && articles.length > 0 && shown.length === 0 && <p className="empty">{t('noMatch', { query })}</p>}
      {undoKeys && shown.length > 0 && <p className="hint undo-keys-hint">{t('common:undoKeyHelp')}</p>}
      <ul className="article-list" ref={listRef}>
        {shown.map((a, i) => {
          const s = a.id !== undefined ? stats?.get(a.id) : undefined;
          return (
            <li key={a.id} className="article-card">
              <a className="article-link" href={href({ name: 'reader', articleId: a.id! })}>
                <span className="article-title">{a.title}</span>
              </a>
              <div className="article-meta">
                {a.site && <span>{a.site}</span>}
                {a.publishedAt && <time dateTime={a.publishedAt}>{formatDateTime(a.publishedAt, i18n.language)}</time>}
                <span>{t('words', { count: a.wordCount })}</span>
                {s && <span>{t('lemmas', { count: s.lemmas })}</span>}
                {s && <span>{t('known', { percent: formatPercent(s.knownShare, i18n.language) })}</span>}
                {s && <span>{t('newLemmas', { count: s.newLemmas })}</span>}
              </div>
              <button
                type="button"
                className="link-button danger"
                data-undo-focus={undoFocusKey('article', a.id!)}
                onClick={() => {
                  setDeletedAt(i);
                  onDelete(a);
                }}
                aria-label={t('deleteNamed', { title: a.title })}
              >
                {t('delete')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
