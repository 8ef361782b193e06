import { buildTrainingSet, dayNumber, type LoggedAnswer } from './trainingItems';

const UTC = { utcOffsetMinutes: () => 0 };
const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 2, day, hour, minute);
const answer = (cardId: number, rating: number, state: number, when: number): LoggedAnswer => ({ cardId, rating, state, at: when });

describe('dayNumber', () => {
  it.each([
    { what: 'same afternoon', a: at(10, 13), b: at(10, 18), diff: 0 },
    { what: 'late night counts as the day it began (day starts 4 am)', a: at(10, 22), b: at(11, 2), diff: 0 },
    { what: 'after 4 am is the next day', a: at(10, 22), b: at(11, 5), diff: 1 },
    { what: 'a week', a: at(10, 9), b: at(17, 8), diff: 7 },
  ])('$what', ({ a, b, diff }) => {
    expect(dayNumber(b, UTC) - dayNumber(a, UTC)).toBe(diff);
  });

  it('uses local time: 23:30 UTC is the next morning in UTC+5', () => {
    const plus5 = { utcOffsetMinutes: () => 300 };
    expect(dayNumber(at(10, 23, 30), plus5) - dayNumber(at(10, 12), plus5)).toBe(1);
    expect(dayNumber(at(10, 23, 30), UTC) - dayNumber(at(10, 12), UTC)).toBe(0);
  });
});

describe('buildTrainingSet', () => {
  it('makes one item per answer given on a later day, with the whole history before it', () => {
    const log = [
      answer(1, 3, 0, at(1, 9)),
      answer(1, 3, 1, at(1, 9, 1)), // learning step, minutes later
      answer(1, 3, 1, at(1, 9, 11)),
      answer(1, 1, 2, at(4, 10)), // forgot after 3 days
      answer(1, 3, 3, at(4, 10, 10)), // relearning step
      answer(1, 3, 2, at(6, 8)),
    ];
    const set = buildTrainingSet(log, UTC);
    expect(set.items).toEqual([
      { ratings: [3, 3, 3, 1], deltaDays: [0, 0, 0, 3] },
      { ratings: [3, 3, 3, 1, 3, 3], deltaDays: [0, 0, 0, 3, 0, 2] },
    ]);
    expect(set).toMatchObject({ answers: 6, usedAnswers: 6, cards: 1, skippedCards: 0 });
  });

  it('answers minutes apart never become targets, however many there are', () => {
    const log = Array.from({ length: 8 }, (_, i) => answer(7, 3, i === 0 ? 0 : 1, at(2, 9, i * 2)));
    expect(buildTrainingSet(log, UTC).items).toEqual([]);
  });

  it('sorts each card by time and keeps cards apart', () => {
    const log = [answer(2, 3, 2, at(5, 9)), answer(1, 1, 2, at(3, 9)), answer(2, 3, 0, at(1, 9)), answer(1, 3, 0, at(1, 8))];
    expect(buildTrainingSet(log, UTC).items).toEqual([
      { ratings: [3, 3], deltaDays: [0, 4] },
      { ratings: [3, 1], deltaDays: [0, 2] },
    ]);
  });

  it('leaves out a card whose log does not start at its first answer', () => {
    const log = [answer(1, 3, 2, at(3, 9)), answer(1, 3, 2, at(9, 9)), answer(2, 3, 0, at(1, 9)), answer(2, 4, 2, at(2, 9))];
    const set = buildTrainingSet(log, UTC);
    expect(set.items).toEqual([{ ratings: [3, 4], deltaDays: [0, 1] }]);
    expect(set).toMatchObject({ cards: 1, skippedCards: 1, usedAnswers: 2, answers: 4 });
  });

  it('ignores rows with an impossible rating or time', () => {
    const log = [answer(1, 3, 0, at(1, 9)), answer(1, 0, 2, at(2, 9)), answer(1, 5, 2, at(3, 9)), answer(1, 3, 2, NaN), answer(1, 2, 2, at(4, 9))];
    expect(buildTrainingSet(log, UTC).items).toEqual([{ ratings: [3, 2], deltaDays: [0, 3] }]);
  });

  it('an empty log gives no items', () => {
    expect(buildTrainingSet([], UTC)).toEqual({ items: [], answers: 0, usedAnswers: 0, cards: 0, skippedCards: 0 });
  });
});
