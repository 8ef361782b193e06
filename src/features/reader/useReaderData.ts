import { liveQuery, type Subscription } from 'dexie';
import { useLayoutEffect, useState } from 'react';
import { getArticle, getStoredAnalysis } from '../../db/articles';
import type { ArticleRecord, StoredAnalysis, WordRecord } from '../../db/types';
import { getWords } from '../../db/words';
import { articleLemmas, type ArticleLemmas } from '../vocabulary/tokens';

export interface ReaderData {
  article: ArticleRecord | undefined;
  /** Without its dictionary entries (see `useAnalysisEntries`). */
  analysis: StoredAnalysis | undefined;
  /** The article's lemmas (when it has an analysis). */
  lemmas: ArticleLemmas | undefined;
  /** The learner's records for those lemmas (absent = New); undefined until read. */
  words: Map<string, WordRecord> | undefined;
}

/**
 * An article, its analysis (without the dictionary entries, which only a tap needs: they are read
 * after the first screen by `useAnalysisEntries`) and the learner's records for its lemmas, kept
 * live. Undefined until
 * the article and its analysis are read; `words` follows as soon as they are, without a render in
 * between, so the reader can draw the text once, already coloured by status.
 *
 * Two live queries: the article with its analysis, and the words. A status change re-reads only the
 * words (the analysis is a large record); a new analysis re-reads the words only when its lemmas
 * changed, and keeps showing the statuses already known meanwhile. Subscribed in a layout effect
 * so that the reads start before the browser paints the loading state.
 */
export function useReaderData(articleId: number): ReaderData | undefined {
  const [state, setState] = useState<{ id: number; data: ReaderData } | null>(null);
  const [error, setError] = useState<{ error: unknown } | null>(null);

  useLayoutEffect(() => {
    let current: Omit<ReaderData, 'words'> | undefined;
    let words: Map<string, WordRecord> | undefined;
    let wordsSub: Subscription | undefined;
    let wordsKey: string | undefined;
    const publish = () => current && setState({ id: articleId, data: { ...current, words } });
    const fail = (e: unknown) => setError({ error: e });
    const dataSub = liveQuery(() => Promise.all([getArticle(articleId), getStoredAnalysis(articleId)])).subscribe({
      next([article, analysis]) {
        const lemmas = analysis ? articleLemmas(analysis) : undefined;
        current = { article, analysis, lemmas };
        if (!article || !lemmas) {
          wordsSub?.unsubscribe();
          wordsSub = wordsKey = words = undefined;
          publish();
          return;
        }
        const keys = [...lemmas.lemmas.keys()];
        const key = keys.join('\n');
        if (key !== wordsKey) {
          wordsSub?.unsubscribe();
          wordsKey = key;
          wordsSub = liveQuery(() => getWords(keys)).subscribe({
            next(w) {
              words = w;
              publish();
            },
            error: fail,
          });
        }
        // Until the new lemmas' records are read, the ones already known stay on screen.
        if (words) publish();
      },
      error: fail,
    });
    return () => {
      dataSub.unsubscribe();
      wordsSub?.unsubscribe();
    };
  }, [articleId]);

  // As useLiveQuery does: a failed read goes to the nearest error boundary.
  if (error) throw error.error;
  return state?.id === articleId ? state.data : undefined;
}
