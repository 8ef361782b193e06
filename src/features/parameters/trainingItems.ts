/**
 * Turns the review log into FSRS training items (the input of the fsrs-rs optimiser).
 *
 * Each card's answers are put in order. An item is a card's history up to one answer plus that
 * answer: the answer's rating is what the model must predict, from the answers before it and the
 * whole days between them. Days are the learner's calendar days, with the day starting at 4 am
 * (as in Anki), so a late-night session counts as the day it began.
 *
 * Answers minutes apart (learning steps, an Again followed by a retry) stay in the history, where
 * FSRS-6's short-term model uses them, but they are never an item's target: only answers given
 * on a later day than the previous one are. Otherwise a card answered five times in ten minutes
 * would count as five near-certain recalls and teach the model that memory never fades.
 * A card whose first logged answer was not made on a new card (its start is missing from the log,
 * e.g. a review row lost to an old undo) is left out, because its history would start mid-way.
 */

export interface LoggedAnswer {
  cardId: number;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  /** The card's state before the answer (0 New). */
  state: number;
  /** Epoch ms. */
  at: number;
}

export interface TrainingItem {
  /** Ratings of the history and, last, of the answer to predict. */
  ratings: number[];
  /** Whole days since the previous answer (0 for the first, 0 within a day). */
  deltaDays: number[];
}

export interface TrainingSet {
  items: TrainingItem[];
  /** Answers in the log, and answers on cards that could be used. */
  answers: number;
  usedAnswers: number;
  cards: number;
  /** Cards left out because their history does not start at the card's first answer. */
  skippedCards: number;
}

export interface DayOptions {
  /** Minutes to add to UTC for local time at an instant (−getTimezoneOffset), injectable for tests. */
  utcOffsetMinutes?: (at: number) => number;
  /** Hour of the local day at which a new day starts. */
  dayStartHour?: number;
}

const DAY_MS = 86_400_000;
const localOffset = (at: number) => -new Date(at).getTimezoneOffset();

/** The learner's day number of an instant (days since the epoch, in local time, day starting at `dayStartHour`). */
export function dayNumber(at: number, opts: DayOptions = {}): number {
  const offset = (opts.utcOffsetMinutes ?? localOffset)(at);
  const startHour = opts.dayStartHour ?? 4;
  return Math.floor((at + offset * 60_000 - startHour * 3_600_000) / DAY_MS);
}

export function buildTrainingSet(log: readonly LoggedAnswer[], opts: DayOptions = {}): TrainingSet {
  const byCard = new Map<number, LoggedAnswer[]>();
  for (const a of log) {
    if (!(a.rating >= 1 && a.rating <= 4) || !Number.isFinite(a.at)) continue;
    let list = byCard.get(a.cardId);
    if (!list) byCard.set(a.cardId, (list = []));
    list.push(a);
  }
  const items: TrainingItem[] = [];
  let skippedCards = 0;
  let usedAnswers = 0;
  for (const answers of byCard.values()) {
    answers.sort((a, b) => a.at - b.at);
    if (answers[0].state !== 0) {
      skippedCards++;
      continue;
    }
    usedAnswers += answers.length;
    const ratings: number[] = [];
    const deltaDays: number[] = [];
    let prevDay = 0;
    answers.forEach((a, i) => {
      const day = dayNumber(a.at, opts);
      ratings.push(a.rating);
      deltaDays.push(i === 0 ? 0 : Math.max(0, day - prevDay));
      prevDay = day;
      if (i > 0 && deltaDays[i] > 0) items.push({ ratings: ratings.slice(), deltaDays: deltaDays.slice() });
    });
  }
  return { items, answers: log.length, usedAnswers, cards: byCard.size - skippedCards, skippedCards };
}
