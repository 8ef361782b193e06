import { getSetting, setSetting } from '../../db/settings';
import { DEFAULT_REVIEW_SETTINGS, type ReviewSettings } from './settingsDefaults';

const KEY = 'review';

export async function loadReviewSettings(): Promise<ReviewSettings> {
  const saved = await getSetting<Partial<ReviewSettings>>(KEY, {});
  return { ...DEFAULT_REVIEW_SETTINGS, ...saved };
}

export async function saveReviewSettings(change: Partial<ReviewSettings>): Promise<ReviewSettings> {
  const next = { ...(await loadReviewSettings()), ...change };
  next.retention = Math.min(0.99, Math.max(0.7, next.retention));
  next.newPerDay = Math.max(0, Math.round(next.newPerDay));
  await setSetting(KEY, next);
  return next;
}
