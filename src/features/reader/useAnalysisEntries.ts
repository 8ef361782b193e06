import { useEffect, useState } from 'react';
import { getAnalysisEntries } from '../../db/articles';
import type { ArticleRecord, StoredAnalysis } from '../../db/types';
import type { Analysis } from '../../lang/types';

/**
 * Which analysis a set of entries belongs to: the article's text and the analysis' code and
 * dictionary versions. A new analysis of the same text (a background refresh) changes a version; a
 * token choice changes neither, and keeps the entries already read.
 */
function entriesKey(articleId: number, article: ArticleRecord | undefined, analysis: StoredAnalysis | undefined): string | undefined {
  return article && analysis ? `${articleId}\n${article.contentHash}\n${analysis.version}\n${analysis.dictVersion}` : undefined;
}

/**
 * The dictionary entries of the analysis the reader shows, read once `start` is true (the reader
 * sets it when the whole text is in the page, so that neither the first screen nor the rest of the
 * text waits for them) and again whenever the analysis is replaced. Undefined until the entries of
 * *this* analysis are read: never the previous analysis' entries beside a new one. Both parts are
 * written in one transaction, so entries read after the analysis was are at least as new as it is.
 */
export function useAnalysisEntries(
  articleId: number,
  article: ArticleRecord | undefined,
  analysis: StoredAnalysis | undefined,
  start: boolean,
): Analysis['entries'] | undefined {
  const key = start ? entriesKey(articleId, article, analysis) : undefined;
  const [state, setState] = useState<{ key: string; entries: Analysis['entries'] } | null>(null);
  const [error, setError] = useState<{ error: unknown } | null>(null);

  useEffect(() => {
    if (key === undefined) return;
    let live = true;
    getAnalysisEntries(articleId, analysis).then(
      (entries) => live && setState({ key, entries: entries ?? {} }),
      (e: unknown) => live && setError({ error: e }),
    );
    return () => {
      live = false;
    };
    // `analysis` matters only through `key` (and for a record from before v5, which holds its entries).
  }, [articleId, key]);

  // As useLiveQuery does: a failed read goes to the nearest error boundary.
  if (error) throw error.error;
  return state && state.key === key ? state.entries : undefined;
}
