import { useTranslation } from 'react-i18next';
import { formatDayMonth, formatNumber, formatPercent } from '../../app/ui/format';
import { BarChart } from './BarChart';
import type { DayValue } from './progressModel';
import './progress.css';

export interface ProgressData {
  known: { lemmas: number; forms: number };
  learning: number;
  cards: number;
  dueToday: number;
  knownOverTime: DayValue[];
  reviewsPerDay: DayValue[];
  forecast: DayValue[];
  retention: { rate: number | null; count: number };
  desiredRetention: number;
}

/** Known words, reviews per day, the due forecast, retention achieved vs desired. Display only. */
export function ProgressView({ data }: { data: ProgressData | undefined }) {
  const { t, i18n } = useTranslation('progress');
  const lng = i18n.language;
  const formatDay = (d: number) => formatDayMonth(d, lng);
  const num = (n: number) => formatNumber(n, lng);
  const pct = (share: number) => formatPercent(share, lng);
  if (!data) return <p role="status">{t('loading')}</p>;
  return (
    <section className="progress" aria-labelledby="progress-title">
      <h1 id="progress-title">{t('title')}</h1>
      <ul className="progress-figures">
        <li>
          <span className="figure" data-testid="known-lemmas">
            {num(data.known.lemmas)}
          </span>
          {t('knownLemmas', { count: data.known.lemmas })}
        </li>
        <li>
          <span className="figure">{num(data.known.forms)}</span>
          {t('knownForms', { count: data.known.forms })}
        </li>
        <li>
          <span className="figure">{num(data.learning)}</span>
          {t('learning', { count: data.learning })}
        </li>
        <li>
          <span className="figure">{num(data.dueToday)}</span>
          {t('dueToday', { count: data.dueToday })}
        </li>
        <li>
          <span className="figure">{data.retention.rate === null ? '–' : pct(data.retention.rate)}</span>
          {t('retention', { desired: pct(data.desiredRetention) })}
        </li>
      </ul>
      {data.retention.rate !== null ? (
        <p className="hint">
          {t('retentionNote', { count: data.retention.count, achieved: pct(data.retention.rate), desired: pct(data.desiredRetention) })}
        </p>
      ) : (
        <p className="hint retention-empty" data-testid="retention-empty">
          {t('retentionEmpty')}
        </p>
      )}
      <h2>{t('knownOverTime')}</h2>
      {data.knownOverTime.some((d) => d.value > 0) ? (
        <BarChart data={data.knownOverTime} kind="line" label={t('knownOverTimeLabel')} formatDay={formatDay} formatValue={num} />
      ) : (
        <p className="empty">{t('noKnown')}</p>
      )}
      <h2>{t('reviewsPerDay')}</h2>
      {data.reviewsPerDay.some((d) => d.value > 0) ? (
        <BarChart data={data.reviewsPerDay} label={t('reviewsPerDayLabel')} formatDay={formatDay} formatValue={num} />
      ) : (
        <p className="empty">{t('noReviews')}</p>
      )}
      <h2>{t('forecast')}</h2>
      {data.cards > 0 ? <BarChart data={data.forecast} label={t('forecastLabel')} formatDay={formatDay} formatValue={num} /> : <p className="empty">{t('noCards')}</p>}
    </section>
  );
}
