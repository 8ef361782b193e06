import { useTranslation } from 'react-i18next';
import { CREDITS, showLicence } from './credits';

/** Credits and licences: BÍN (required by its terms), Apertium, FreeDict, the libraries that ship in the app (credits.ts), and Lesa itself. */
export function AboutPage() {
  const { t } = useTranslation('about');
  return (
    <section className="prose" aria-labelledby="about-title">
      <h1 id="about-title">{t('title')}</h1>
      <p>{t('intro')}</p>

      <h2>{t('bin.title')}</h2>
      <p>{t('bin.credit')}</p>
      <p>{t('bin.terms')}</p>

      <h2>{t('dictionary.title')}</h2>
      <p>{t('dictionary.apertium')}</p>
      <p>{t('dictionary.freedict')}</p>
      <p>{t('dictionary.lesa')}</p>
      <p>{t('dictionary.licence')}</p>

      <h2>{t('libraries.title')}</h2>
      <p>{t('libraries.intro')}</p>
      <ul className="credits">
        {CREDITS.map((c) => (
          <li key={c.name}>
            {t('libraries.item', { name: c.name, licence: showLicence(c.licence) })}
            {c.includes?.map((inc) => (
              <span key={inc.name}>
                {' '}
                {t('libraries.includes', {
                  name: inc.name,
                  licence: inc.licence === 'public-domain' ? t('libraries.publicDomain') : showLicence(inc.licence),
                })}
              </span>
            ))}
          </li>
        ))}
      </ul>
      <p>{t('libraries.own')}</p>

      <h2>{t('privacy.title')}</h2>
      <p>{t('privacy.text')}</p>
    </section>
  );
}
