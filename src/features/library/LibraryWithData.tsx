import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteArticle, listArticles, restoreArticle } from '../../db/articles';
import { showToast, undoFocusKey } from '../../app/ui/toasts';
import type { ArticleRecord } from '../../db/types';
import { useArticleKnownStats } from '../vocabulary/useArticleKnownStats';
import { LibraryView } from './LibraryView';
import { useFirstRunSeeding } from './useFirstRunSeeding';

// The undo key (useUndoKeys: U or Ctrl+Z undoes the newest deletion whose toast shows) loads after
// the page is drawn: the library is the first screen. A deletion's toast waits for it (it has
// almost always loaded by then), so that a U pressed as soon as an Undo toast shows is never missed.

export function LibraryWithData() {
  const { t } = useTranslation('library');
  const articles = useLiveQuery(listArticles);
  const preparing = useFirstRunSeeding();
  const stats = useArticleKnownStats(articles?.map((a) => a.id!));
  /** Settles once the undo key listens (or could not be loaded: the toast's Undo button still works). */
  const undoKeys = useRef<Promise<unknown>>(null);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    undoKeys.current = import('../../app/ui/useUndoKeys').then(
      (m) => live && (stop = m.installUndoKeys('article')),
      () => {},
    );
    return () => {
      live = false;
      stop?.();
    };
  }, []);

  async function onDelete(a: ArticleRecord) {
    if (a.id === undefined) return;
    // (Should its code never come, the toast does not wait more than a moment: its Undo button works.)
    const [deleted] = await Promise.all([deleteArticle(a.id), Promise.race([undoKeys.current, new Promise((r) => setTimeout(r, 1500))])]);
    if (!deleted) return;
    showToast({
      message: t('deleted', { title: a.title }),
      actionLabel: t('undo'),
      action: () => restoreArticle(deleted),
      undoFocus: undoFocusKey('article', a.id),
    });
  }

  return (
    <LibraryView articles={articles} stats={stats} preparing={preparing} onDelete={onDelete} undoKeys />
  );
}
