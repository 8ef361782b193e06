import { replaceRoute } from '../../app/router';
import { ListsIndexWithData } from './ListsIndexWithData';
import { ListWithData } from './ListWithData';

const positive = (s: string | undefined) => {
  const n = Number(s);
  return s && Number.isInteger(n) && n > 0 ? n : null;
};

/**
 * `#/lists` (all lists, import), `#/lists/<id>` (one list) and `#/lists/<id>/<articleId>` (one list,
 * its builder on that article: a list started from the reader). The address follows the article
 * chosen in the builder, in place (Back still leaves the page), so that a reload keeps it.
 */
export function ListsPage({ param, sub }: { param?: string; sub?: string }) {
  const id = positive(param);
  if (id === null) return <ListsIndexWithData />;
  return (
    <ListWithData
      id={id}
      articleId={positive(sub)}
      onPickArticle={(a) => replaceRoute({ name: 'page', page: 'lists', param: String(id), ...(a === null ? {} : { sub: String(a) }) })}
    />
  );
}
