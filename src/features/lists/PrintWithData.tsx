import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getList } from '../../db/lists';
import { PrintView } from './PrintView';
import { ListNotFound } from './ListNotFound';
import { useExampleSpans } from './useExampleSpans';

/** `#/list-print/<id>`: the print view of one list. */
export function PrintWithData({ param }: { param?: string }) {
  const { t } = useTranslation('lists');
  const id = Number(param);
  const list = useLiveQuery(async () => (Number.isInteger(id) && id > 0 ? ((await getList(id)) ?? null) : null), [id]);
  const spans = useExampleSpans(list?.entries);
  if (list === undefined) return <p role="status">{t('loading')}</p>;
  if (list === null) return <ListNotFound />;
  return <PrintView list={list} spans={spans} />;
}
