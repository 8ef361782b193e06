/**
 * After a change of FSRS parameters, each card's memory state (stability, difficulty) is
 * recomputed by replaying its answers with the new parameters, as Anki does: otherwise the next
 * answer would start from a state the old parameters computed. Due dates stay as they are; the
 * new parameters set each card's next interval from its next answer.
 */
import { listCardStates, updateMemoryStates, type MemoryUpdate } from '../../db/cards';
import type { FsrsState, ReviewRecord } from '../../db/types';
import { listReviews } from '../../db/reviews';
import { loadReviewSettings } from '../review/reviewSettings';
import { makeScheduler, newCardState, type ReviewSettings } from '../review/scheduler';

/**
 * The memory state of each card replayed from its answers with `settings` (pure). Cards whose log
 * does not start with a new-card answer, or whose replay does not end in the stored state and
 * answer count (a log edited elsewhere), are left out.
 */
export function replayMemoryStates(cards: { id: number; fsrs: FsrsState }[], reviews: ReviewRecord[], settings: ReviewSettings): MemoryUpdate[] {
  const byCard = new Map<number, ReviewRecord[]>();
  for (const r of reviews) {
    const list = byCard.get(r.cardId);
    if (list) list.push(r);
    else byCard.set(r.cardId, [r]);
  }
  // Fuzz only moves due dates, which are not replayed; without it the replay is deterministic.
  const scheduler = makeScheduler({ ...settings, fuzz: false });
  const out: MemoryUpdate[] = [];
  for (const card of cards) {
    const log = byCard.get(card.id);
    if (!log || log.length === 0) continue;
    log.sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
    if (log[0].state !== 0) continue;
    let state = newCardState(new Date(log[0].at));
    for (const r of log) state = scheduler.answer(state, new Date(r.at), r.rating).next;
    if (state.reps !== card.fsrs.reps || state.state !== card.fsrs.state) continue;
    out.push({ id: card.id, reps: card.fsrs.reps, stability: state.stability, difficulty: state.difficulty });
  }
  return out;
}

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
