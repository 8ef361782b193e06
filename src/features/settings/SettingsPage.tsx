import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../i18n';
import { setLanguage } from './language';
import { settingsSections } from './sections';

export function SettingsPage() {
  const { t, i18n } = useTranslation('settings');
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('title')}</h1>
      <div className="field">
        <label htmlFor="ui-language">{t('language')}</label>
        <select id="ui-language" value={i18n.language} onChange={(e) => void setLanguage(e.target.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
      </div>
      {settingsSections.map((S, i) => (
        <S key={i} />
      ))}
    </section>
  );
}
