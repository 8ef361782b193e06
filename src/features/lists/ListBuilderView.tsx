import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/ui/format';
import { entryKey } from '../../db/lists';
import type { ArticleRecord } from '../../db/types';
import type { PartOfSpeech } from '../../lang/types';
import { useWordLabels } from '../export/useWordLabels';
import { PARTS_OF_SPEECH } from '../export/words';
import { tellApart } from './tellApart';
import './lists.css';
import { DEFAULT_FILTER, filterLemmas, sortLemmas, type ArticleLemma, type LemmaFilter, type LemmaOrder } from './articleLemmas';

export const HIDE_TOP_CHOICES = [0, 100, 250, 500, 1000, 2000] as const;

export interface ListBuilderViewProps {
  articles: ArticleRecord[] | undefined;
  articleId: number | null;
  onPickArticle(id: number | null): void;
  /** Lemmas of the picked article (undefined while loading). */
  lemmas: ArticleLemma[] | undefined;
  ranks?: ReadonlyMap<string, number>;
  known?: ReadonlySet<string>;
  /** Entry keys already in the list. */
  inList: ReadonlySet<string>;
  onAdd(lemmas: ArticleLemma[]): void;
}

/** Picks words from an article for the list: filters, order, select all/none/one by one. Display only. */
export function ListBuilderView({ articles, articleId, onPickArticle, lemmas, ranks, known, inList, onAdd }: ListBuilderViewProps) {
  const { t, i18n } = useTranslation('lists');
  const { t: tg } = useTranslation('gloss');
  const [filter, setFilter] = useState<LemmaFilter>(DEFAULT_FILTER);
  const [order, setOrder] = useState<LemmaOrder>('article');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Another article is a fresh view: filters, order and choice back to their defaults. The same
  // article shown again (its words re-read, the vocabulary changed) keeps them. Reset here rather
  // than by remounting, so that the article menu keeps the keyboard focus.
  const [viewOf, setViewOf] = useState(articleId);
  if (articleId !== viewOf) {
    setViewOf(articleId);
    setFilter(DEFAULT_FILTER);
    setOrder('article');
    setSelected(new Set());
  }

  const shown = useMemo(
    () => sortLemmas(filterLemmas(lemmas ?? [], filter, { ranks, known }), order).filter((l) => !inList.has(entryKey(l))),
    [lemmas, filter, ranks, known, order, inList],
  );
  const posPresent = useMemo(() => PARTS_OF_SPEECH.filter((p) => lemmas?.some((l) => l.pos === p)), [lemmas]);
  // Words spelled the same ("að" the preposition, the conjunction…) get their part of speech in
  // their checkbox's name, so that a screen reader tells them apart.
  const labels = useWordLabels();
  const apart = useMemo(() => tellApart(shown, labels), [shown, labels]);
  const chosen = shown.filter((l) => selected.has(entryKey(l)));
  const set = (patch: Partial<LemmaFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const toggle = (key: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(key)) n.delete(key);
      else n.add(key);
      return n;
    });

  return (
    <section className="list-builder no-print" aria-labelledby="builder-title">
      <h2 id="builder-title">{t('builder.title')}</h2>
      <label className="field">
        <span>{t('builder.article')}</span>
        <select value={articleId ?? ''} onChange={(e) => onPickArticle(e.target.value ? Number(e.target.value) : null)}>
          <option value="">{t('builder.chooseArticle')}</option>
          {(articles ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </label>
      {articles && articles.length === 0 && <p className="empty">{t('builder.noArticles')}</p>}

      {articleId !== null && !lemmas && <p role="status">{t('builder.loading')}</p>}
      {articleId !== null && lemmas && (
        <>
          <fieldset className="filters">
            <legend>{t('builder.filters')}</legend>
            <label className="field">
              <span>{t('builder.pos')}</span>
              <select value={filter.pos} onChange={(e) => set({ pos: e.target.value as PartOfSpeech | 'all' })}>
                <option value="all">{t('builder.allPos')}</option>
                {posPresent.map((p) => (
                  <option key={p} value={p}>
                    {tg(`pos.${p}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('builder.hideTop')}</span>
              <select value={filter.hideTop} onChange={(e) => set({ hideTop: Number(e.target.value) })} disabled={!ranks}>
                {HIDE_TOP_CHOICES.map((n) => (
                  <option key={n} value={n}>
                    {n === 0 ? t('builder.hideTopNone') : t('builder.hideTopN', { count: n })}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('builder.order')}</span>
              <select value={order} onChange={(e) => setOrder(e.target.value as LemmaOrder)}>
                <option value="article">{t('builder.orderArticle')}</option>
                <option value="count">{t('builder.orderCount')}</option>
                <option value="alphabet">{t('builder.orderAlphabet')}</option>
              </select>
            </label>
            <label className="check">
              <input type="checkbox" checked={filter.hideNames} onChange={(e) => set({ hideNames: e.target.checked })} />
              {t('builder.hideNames')}
            </label>
            <label className="check">
              <input type="checkbox" checked={filter.hideKnown} onChange={(e) => set({ hideKnown: e.target.checked })} />
              {t('builder.hideKnown')}
            </label>
          </fieldset>

          <div className="actions">
            <button type="button" onClick={() => setSelected(new Set(shown.map(entryKey)))}>
              {t('builder.selectAll', { count: shown.length })}
            </button>
            <button type="button" onClick={() => setSelected(new Set())}>
              {t('builder.selectNone')}
            </button>
          </div>
          {/* Stays in sight (under the top bar) while the words are picked, however far down the
              list: the add button was at its top, a long scroll back up from the 100th word. */}
          <div className="builder-add">
            <button
              type="button"
              className="primary"
              // Marked unavailable rather than disabled: adding empties the choice, and a disabled
              // button would drop the keyboard focus onto the page.
              aria-disabled={chosen.length === 0}
              onClick={() => {
                if (chosen.length === 0) return;
                onAdd(chosen);
                setSelected(new Set());
              }}
            >
              {chosen.length === 0 ? t('builder.addNone') : t('builder.add', { count: chosen.length })}
            </button>
          </div>
          <p className="hint" role="status">
            {t('builder.shown', { count: shown.length, total: lemmas.length })}
          </p>
          <div className="table-scroll">
            <table className="list-table builder-table">
              <thead>
                <tr>
                  <th scope="col">{t('col.lemma')}</th>
                  <th scope="col">{t('col.count')}</th>
                  <th scope="col">{t('col.gloss')}</th>
                  <th scope="col">{t('col.example')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((l, i) => {
                  const key = entryKey(l);
                  return (
                    <tr key={key}>
                      <th scope="row" className="pick-cell">
                        {/* The whole word is the checkbox's label: a tap anywhere on it picks the word. */}
                        <label className="pick-label">
                          <input type="checkbox" checked={selected.has(key)} onChange={() => toggle(key)} aria-label={t('builder.pickNamed', { lemma: l.display, pos: apart[i], context: apart[i] ? 'pos' : undefined })} />
                          <span className="lemma-cell">
                            <span className="list-lemma">{l.display}</span>
                            <span className="muted">{[tg(`pos.${l.pos}`), l.gender ? tg(`gender.${l.gender}`) : ''].filter(Boolean).join(', ')}</span>
                          </span>
                        </label>
                      </th>
                      <td className="count-cell">
                        {/* The number under the column's name in the table; on a phone's card (no
                            column names there) a phrase: "11 times in the article". One of the two
                            is shown (lists.css), and only that one is read. */}
                        <span className="count-number">{formatNumber(l.count, i18n.language)}</span>
                        <span className="count-phrase">{t('builder.timesInArticle', { count: l.count })}</span>
                      </td>
                      <td className="gloss-cell">{l.gloss || <span className="muted">{t('noGloss')}</span>}</td>
                      <td className="list-example">{l.example}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
