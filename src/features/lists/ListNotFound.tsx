import { useTranslation } from 'react-i18next';

/** What a list page shows for a list id that is not (or no longer) in the library. */
export function ListNotFound() {
  const { t } = useTranslation('lists');
  return (
    <section>
      <h1>{t('notFound')}</h1>
      <a className="back-link" href="#/lists">{t('backToLists')}</a>
    </section>
  );
}
