import i18n from 'i18next';
import { startList } from '../../db/lists';

/**
 * The reader's "Make a word list" for an article (see `startList`): the fresh list made for it
 * before, or a new list named after the article — numbered apart, in the UI language's pattern
 * (`lists:numberedName`, "Hestar (2)"), when a list from that article already has that name.
 */
export function startArticleList(articleId: number, title: string): Promise<number> {
  return startList(articleId, title, (name, n) => i18n.t('numberedName', { ns: 'lists', name, n }));
}
