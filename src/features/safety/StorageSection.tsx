import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../app/ui/format';
import { estimateStorage, isNearlyFull, requestPersistence, type StorageInfo } from './storage';

const MB = 1024 * 1024;

function size(bytes: number, lng: string): string {
  const max = bytes < 10 * MB ? 1 : 0;
  return bytes >= 1024 * MB ? `${formatNumber(bytes / (1024 * MB), lng, { maxFraction: max })} GB` : `${formatNumber(bytes / MB, lng, { maxFraction: max })} MB`;
}

/** Settings section: how much space Lesa uses, whether the browser keeps it, a warning when nearly full. */
export function StorageSection() {
  const { t, i18n } = useTranslation('safety');
  const headingId = useId();
  const [info, setInfo] = useState<StorageInfo | null | undefined>(undefined);
  const refresh = () => void estimateStorage().then(setInfo);
  useEffect(refresh, []);

  return (
    <section className="settings-section storage-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('section.title')}</h2>
      {info === null && <p className="muted">{t('section.unknown')}</p>}
      {info && (
        <>
          <p data-testid="storage-usage">
            {t('section.usage', { used: size(info.usage, i18n.language), quota: size(info.quota, i18n.language), percent: formatPercent(info.quota ? info.usage / info.quota : 0, i18n.language) })}
          </p>
          {info.quota > 0 && <meter min={0} max={info.quota} value={info.usage} high={info.quota * 0.9} aria-label={t('section.meter')} />}
          {isNearlyFull(info) && (
            <p className="notice error" role="alert">
              {t('section.nearlyFull')}
            </p>
          )}
          <p className="hint">{info.persisted ? t('section.persisted') : t('section.notPersisted')}</p>
          {info.persisted === false && (
            <button type="button" onClick={() => void requestPersistence().then(refresh)}>
              {t('section.askPersist')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
