import { useTranslation } from 'react-i18next';
import { href } from './router';

/** An address that matches no page: say so, and offer the way back to the library. */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <a className="button primary" href={href({ name: 'library' })}>
          {t('notFound.back')}
        </a>
      </p>
    </section>
  );
}
