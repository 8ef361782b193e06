import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { loadAppearance, SPACINGS, TEXT_SIZES, THEMES, type Appearance } from './appearance';
import { useAppearance } from './useAppearance';

function Choice<K extends keyof Appearance>(props: { name: K; options: readonly Appearance[K][] }) {
  const { t } = useTranslation('appearance');
  const value = useAppearance((s) => s.appearance[props.name]);
  const set = useAppearance((s) => s.set);
  return (
    <fieldset className="choice">
      <legend>{t(`${props.name}.label`)}</legend>
      <div className="choice-options">
        {props.options.map((o) => (
          <label key={o} className="choice-option">
            <input
              type="radio"
              name={`appearance-${props.name}`}
              value={o}
              checked={value === o}
              onChange={() => void set({ [props.name]: o } as Partial<Appearance>)}
            />
            <span>{t(`${props.name}.${o}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Settings section: theme (system/light/dark), reader text size and line spacing; saved on change. */
export function AppearanceSection() {
  const { t } = useTranslation('appearance');
  const headingId = useId();
  useEffect(() => {
    if (useAppearance.getState().loaded) return;
    void loadAppearance().then((a) => {
      if (!useAppearance.getState().loaded) useAppearance.setState({ appearance: a, loaded: true });
    });
  }, []);
  return (
    <section className="settings-section appearance-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('title')}</h2>
      <Choice name="theme" options={THEMES} />
      <Choice name="textSize" options={TEXT_SIZES} />
      <Choice name="lineSpacing" options={SPACINGS} />
      <p className="appearance-sample article-body" lang="is">
        {t('sample')}
      </p>
    </section>
  );
}
