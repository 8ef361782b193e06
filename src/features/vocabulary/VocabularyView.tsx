import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import type { WordRecord, WordStatus } from '../../db/types';
import { STATUSES } from './setWordStatus';
import { VirtualList } from './VirtualList';
import './vocabulary.css';

export interface VocabularyViewProps {
  words: WordRecord[] | undefined;
  known: { lemmas: number; forms: number } | undefined;
  selected: string | null;
  onSelect(lemma: string): void;
  /** The dictionary's first sense of each lemma (shown when the learner has no gloss of their own). */
  meanings?: ReadonlyMap<string, string>;
  /** The selected word's panel. */
  detail?: ReactNode;
}

type Filter = 'all' | WordStatus;
type Sort = 'recent' | 'alpha';
export const ROW_HEIGHT = 48;

const collator = new Intl.Collator('is');

/** Longest gloss said whole in a row's name; a longer one is cut at a word's end, with "…". */
const NAME_GLOSS_MAX = 60;

/** A gloss short enough to hear in a row's name: whole if it is short, else its first words. */
function glossForName(gloss: string, max = NAME_GLOSS_MAX): string {
  const g = gloss.replace(/\s+/g, ' ').trim();
  if (g.length <= max) return g;
  const head = g.slice(0, max);
  const cut = head.lastIndexOf(' ');
  return `${(cut > max / 3 ? head.slice(0, cut) : head).replace(/[\s,;:(–—-]+$/, '')}…`;
}

/** The learner's words: search, filter by status, sort, open one. Display only. */
export function VocabularyView({ words, known, selected, onSelect, detail, meanings }: VocabularyViewProps) {
  const { t } = useTranslation('vocabulary');
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [sort, setSort] = useState<Sort>('recent');
  const rootRef = useRef<HTMLElement>(null);

  // Closing a word (its × or Escape) takes its panel, and the focus in it, away: focus goes back to
  // the word's row (or, if the row is scrolled out of the list, to the search field).
  const lastSelected = useRef(selected);
  useEffect(() => {
    const was = lastSelected.current;
    lastSelected.current = selected;
    if (selected !== null || was === null) return;
    const active = document.activeElement;
    if (active && active !== document.body && rootRef.current?.contains(active)) return;
    const row = rootRef.current?.querySelector<HTMLElement>(`.vocab-row[data-lemma="${CSS.escape(was)}"]`);
    (row ?? rootRef.current?.querySelector<HTMLElement>('input[type="search"]'))?.focus();
  }, [selected]);

  const counts = useMemo(() => {
    const c: Record<WordStatus, number> = { new: 0, learning: 0, known: 0, ignored: 0 };
    for (const w of words ?? []) c[w.status]++;
    return c;
  }, [words]);

  const sorted = useMemo(() => {
    const list = [...(words ?? [])];
    if (sort === 'alpha') list.sort((a, b) => collator.compare(a.lemma, b.lemma));
    else list.sort((a, b) => b.updatedAt - a.updatedAt || collator.compare(a.lemma, b.lemma));
    return list;
  }, [words, sort]);

  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('is');
    return sorted.filter(
      (w) =>
        (filter === 'all' || w.status === filter) &&
        (!q ||
          w.lemma.toLocaleLowerCase('is').includes(q) ||
          (w.gloss || meanings?.get(w.lemma) || '').toLocaleLowerCase('is').includes(q) ||
          (w.forms ?? []).some((f) => f.includes(q))),
    );
  }, [sorted, filter, query, meanings]);

  const empty = words?.length === 0;
  const hasWords = !!words && words.length > 0;
  return (
    <section className="vocabulary" aria-labelledby="vocab-title" ref={rootRef}>
      <h1 id="vocab-title">{t('title')}</h1>
      {empty ? (
        // Nothing to search, filter or count yet: what the page is for and how words get here.
        <div className="vocab-empty">
          <p>{t('emptyIntro')}</p>
          <p>{t('empty')}</p>
          <a className="button primary" href={href({ name: 'library' })}>
            {t('toLibrary')}
          </a>
        </div>
      ) : (
        <p className="hint">{t('intro')}</p>
      )}
      {hasWords && known && (
        <p data-testid="known-summary">
          {known.lemmas === 0
            ? t('knownSummaryWords', { count: 0 })
            : t('knownSummary', { words: t('knownSummaryWords', { count: known.lemmas }), forms: t('knownSummaryForms', { count: known.forms }) })}
        </p>
      )}
      {hasWords && (
        <div className="vocab-filters">
          <label className="search">
            <span className="visually-hidden">{t('search')}</span>
            <input type="search" value={query} placeholder={t('searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('filterStatus')}</span>
            <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
              <option value="all">{t('all', { count: words?.length ?? 0 })}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t('statusCount', { status: t(`status.${s}`), count: counts[s] })}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('sort')}</span>
            <select value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
              <option value="recent">{t('sortRecent')}</option>
              <option value="alpha">{t('sortAlpha')}</option>
            </select>
          </label>
        </div>
      )}
      {detail}
      {hasWords && shown.length === 0 && <p className="empty">{t('noMatch')}</p>}
      {shown.length > 0 && (
        <>
          <p className="hint" role="status">
            {t('wordCount', { count: shown.length })}
          </p>
          <VirtualList
            items={shown}
            rowHeight={ROW_HEIGHT}
            label={t('listLabel')}
            render={(w) => {
              const gloss = w.gloss || meanings?.get(w.lemma) || '';
              const status = t(`status.${w.status}`);
              return (
                <button
                  type="button"
                  className={`vocab-row link-button${selected === w.lemma ? ' selected' : ''}`}
                  style={{ height: ROW_HEIGHT, width: '100%' }}
                  aria-current={selected === w.lemma ? 'true' : undefined}
                  data-lemma={w.lemma}
                  onClick={() => onSelect(w.lemma)}
                  aria-label={gloss ? t('openWordGloss', { lemma: w.lemma, gloss: glossForName(gloss), status }) : t('openWord', { lemma: w.lemma, status })}
                >
                  <span className="vocab-lemma" lang="is">
                    {w.lemma}
                  </span>
                  {w.gloss ? (
                    <span className="vocab-gloss vocab-gloss-user">{w.gloss}</span>
                  ) : (
                    <span className="vocab-gloss">{meanings?.get(w.lemma) ?? ''}</span>
                  )}
                  <span className={`status-pill st-${w.status}`}>{status}</span>
                </button>
              );
            }}
          />
        </>
      )}
    </section>
  );
}
