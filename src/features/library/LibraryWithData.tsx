import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { deleteArticle, listArticles, restoreArticle } from '../../db/articles';
import { showToast, undoFocusKey } from '../../app/ui/toasts';
import type { ArticleRecord } from '../../db/types';
import { useArticleKnownStats } from '../vocabulary/useArticleKnownStats';
import { LibraryView } from './LibraryView';
import { useFirstRunSeeding } from './useFirstRunSeeding';

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

  return <LibraryView articles={articles} stats={stats} preparing={preparing} onDelete={onDelete} />;
}
