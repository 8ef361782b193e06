/**
 * After a change of FSRS parameters, each card's memory state (stability, difficulty) is
 * recomputed by replaying its answers with the new parameters, as Anki does: otherwise the next
 * answer would start from a state the old parameters computed. Due dates stay as they are; the
 * new parameters set each card's next interval from its next answer.
 */
import { listCardStates, updateMemoryStates, type MemoryUpdate } from '../../db/cards';
import type { ReviewRecord } from '../../db/types';
import { listReviews } from '../../db/reviews';
import { loadReviewSettings } from '../review/reviewSettings';
import { replayMemoryStates } from './replayMemoryStates';

/** Cards replayed between two pauses that let the page respond (about 20 µs per answer). */
const CHUNK = 250;

/**
 * Recomputes every card's memory state with the review settings now stored, in chunks so that
 * a long history does not freeze the page. Returns how many cards changed.
 */
export async function recomputeMemoryStates(): Promise<number> {
  const [cards, reviews, settings] = await Promise.all([listCardStates(), listReviews(), loadReviewSettings()]);
  const byCard = new Map<number, ReviewRecord[]>();
  for (const r of reviews) {
    const list = byCard.get(r.cardId);
    if (list) list.push(r);
    else byCard.set(r.cardId, [r]);
  }
  const updates: MemoryUpdate[] = [];
  for (let k = 0; k < cards.length; k += CHUNK) {
    const chunk = cards.slice(k, k + CHUNK);
    updates.push(...replayMemoryStates(chunk, chunk.flatMap((c) => byCard.get(c.id) ?? []), settings));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return updateMemoryStates(updates);
}
