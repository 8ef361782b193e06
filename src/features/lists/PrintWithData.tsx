import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getList } from '../../db/lists';
import { PrintView } from './PrintView';

/** `#/list-print/<id>`: the print view of one list. */
export function PrintWithData({ param }: { param?: string }) {
  const { t } = useTranslation('lists');
  const id = Number(param);
  const list = useLiveQuery(async () => (Number.isInteger(id) && id > 0 ? ((await getList(id)) ?? null) : null), [id]);
  if (list === undefined) return <p role="status">{t('loading')}</p>;
  if (list === null)
    return (
      <section>
        <h1>{t('notFound')}</h1>
        <a href="#/lists">{t('backToLists')}</a>
      </section>
    );
  return <PrintView list={list} />;
}
