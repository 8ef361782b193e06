/**
 * Replaying a card's answers with other FSRS parameters gives the memory state (stability,
 * difficulty) those parameters would have computed. Pure; `memoryStates.ts` loads and stores.
 */
import type { MemoryUpdate } from '../../db/cards';
import type { FsrsState, ReviewRecord } from '../../db/types';
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
