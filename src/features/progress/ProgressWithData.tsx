import { useLiveQuery } from 'dexie-react-hooks';
import { countCards, countDueQueue, dueDates } from '../../db/cards';
import { reviewsSince } from '../../db/reviews';
import { countWords, knownCounts, listStatusLog } from '../../db/words';
import { startOfDay } from '../review/dueQueue';
import { loadReviewSettings } from '../review/reviewSettings';
import { DAY, days, dueForecast, knownOverTime, retention, reviewsPerDay } from './progressModel';
import { ProgressView, type ProgressData } from './ProgressView';

const HISTORY_DAYS = 30;
const FORECAST_DAYS = 30;

/** The Progress page (`#/progress`). */
export function ProgressWithData({ now = () => new Date() }: { now?: () => Date; param?: string }) {
  const data = useLiveQuery(async (): Promise<ProgressData> => {
    const at = now();
    const t = at.getTime();
    const settings = await loadReviewSettings();
    const since = days(t, HISTORY_DAYS)[0];
    const [known, learning, cards, dueToday, log, reviews, dues] = await Promise.all([
      knownCounts(),
      countWords('learning'),
      countCards(),
      countDueQueue(t, startOfDay(at), settings.newPerDay),
      listStatusLog(),
      reviewsSince(since),
      dueDates(0, t + (FORECAST_DAYS + 1) * DAY),
    ]);
    return {
      known,
      learning,
      cards,
      dueToday,
      knownOverTime: knownOverTime(log, t, HISTORY_DAYS),
      reviewsPerDay: reviewsPerDay(reviews, t, HISTORY_DAYS),
      forecast: dueForecast(dues, t, FORECAST_DAYS),
      retention: retention(reviews, since),
      desiredRetention: settings.retention,
    };
  });
  return <ProgressView data={data} />;
}
