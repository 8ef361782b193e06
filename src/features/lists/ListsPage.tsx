import { ListsIndexWithData } from './ListsIndexWithData';
import { ListWithData } from './ListWithData';

/** `#/lists` (all lists, import) and `#/lists/<id>` (one list). */
export function ListsPage({ param }: { param?: string }) {
  const id = Number(param);
  return param && Number.isInteger(id) && id > 0 ? <ListWithData id={id} /> : <ListsIndexWithData />;
}
