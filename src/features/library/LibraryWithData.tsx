import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteArticle, listArticles, restoreArticle } from '../../db/articles';
import { showToast, undoFocusKey } from '../../app/ui/toasts';
import type { ArticleRecord } from '../../db/types';
import { useArticleKnownStats } from '../vocabulary/useArticleKnownStats';
import { LibraryView } from './LibraryView';
import { useFirstRunSeeding } from './useFirstRunSeeding';

// The undo key (useUndoKeys: U or Ctrl+Z undoes the newest deletion whose toast shows) loads after
// the page is drawn: the library is the first screen.
const UndoKeys = lazy(() => import('../../app/ui/useUndoKeys').then((m) => ({ default: m.UndoKeys })));

export function LibraryWithData() {
  const { t } = useTranslation('library');
  const articles = useLiveQuery(listArticles);
  const preparing = useFirstRunSeeding();
  const stats = useArticleKnownStats(articles?.map((a) => a.id!));

  async function onDelete(a: ArticleRecord) {
    if (a.id === undefined) return;
    const deleted = await deleteArticle(a.id);
    if (!deleted) return;
    showToast({
      message: t('deleted', { title: a.title }),
      actionLabel: t('undo'),
      action: () => restoreArticle(deleted),
      undoFocus: undoFocusKey('article', a.id),
    });
  }

  return (
    <>
      <LibraryView articles={articles} stats={stats} preparing={preparing} onDelete={onDelete} undoKeys />
      <Suspense fallback={null}>
        <UndoKeys kind="article" />
      </Suspense>
    </>
  );
}
