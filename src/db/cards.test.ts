import { answerStamp, buildDueQueue, countDue, countDueQueue, dueDates, getCard, saveAnswer, undoAnswer, withQueue, locateForm, listWordCard, listCardStates, updateMemoryStates } from './cards';
import { LesaDB, getDb, useDatabase } from './db';
import type { CardRecord, FsrsState } from './types';

let n = 0;
beforeEach(() => {
  useDatabase(new LesaDB(`test-cards-${n++}`));
});

const st = (due: number, state: number): FsrsState => ({
  due, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: state ? 1 : 0, lapses: 0, state,
});

async function add(lemma: string, due: number, state: number, extra: Partial<CardRecord> = {}) {
  const card = {
    lemma, kind: 'recognition' as const, display: lemma, pos: null, gender: null, ipa: null, glosses: [], sentence: lemma, formStart: 0,
    formEnd: lemma.length, articleId: null, due, fsrs: st(due, state), suspended: false, createdAt: due, ...extra,
  };
  return getDb().cards.add(withQueue(card));
}

const review = (cardId: number, at: number, state: number) =>
  getDb().reviews.add({ cardId, lemma: 'x', rating: 3, state, at, elapsedDays: 0, scheduledDays: 0, durationMs: 1, before: st(0, state) });

describe('due queue', () => {
  it('learning first, then reviews by due date, then new cards up to the daily limit', async () => {
    await add('nýtt1', 10, 0);
    await add('rifjun2', 30, 2);
    await add('nám', 40, 1);
    await add('rifjun1', 20, 2);
    await add('nýtt2', 11, 0);
    await add('nýtt3', 12, 0);
    await add('seinna', 500, 2);
    await add('hvílir', 5, 2, { suspended: true });
    const q = await buildDueQueue(100, 0, 2);
    const lemmas = await Promise.all(q.items.map(async (i) => (await getCard(i.id))!.lemma));
    expect(lemmas).toEqual(['nám', 'rifjun1', 'rifjun2', 'nýtt1', 'nýtt2']);
    expect(q.items.every((i) => i.due === 100)).toBe(true);
    expect(q).toMatchObject({ reviewCount: 3, newCount: 2, newWaiting: 1 });
    expect(await countDueQueue(100, 0, 2)).toBe(5);
  });

  it('new cards already introduced today count against the limit', async () => {
    const id = await add('nýtt1', 10, 0);
    await add('nýtt2', 11, 0);
    await review(id, 50, 0); // introduced today
    await review(id, -10, 0); // yesterday: does not count
    expect((await buildDueQueue(100, 0, 2)).newCount).toBe(1);
    expect((await buildDueQueue(100, 0, 1)).newCount).toBe(0);
  });

  it('counts due cards and lists due dates for the forecast, skipping suspended cards', async () => {
    await add('a', 10, 2);
    await add('b', 200, 2);
    await add('c', 300, 2, { suspended: true });
    expect(await countDue(100)).toBe(1);
    expect(await dueDates(100, 1000)).toEqual([200]);
  });
});

describe('answers', () => {
  it('saves the new state with its log entry, and undo restores the card and drops the entry', async () => {
    const id = await add('hestur', 10, 0);
    const before = (await getDb().cards.get(id))!.fsrs;
    const rid = (await saveAnswer(id, st(5000, 1), {
      lemma: 'hestur', rating: 3, state: 0, at: 20, elapsedDays: 0, scheduledDays: 0, durationMs: 1500, before,
    }))!;
    expect(await getDb().cards.get(id)).toMatchObject({ due: 5000, fsrs: { state: 1 }, queue: 0 });
    expect(await getDb().reviews.get(rid)).toMatchObject({ cardId: id, rating: 3, durationMs: 1500 });
    const back = await undoAnswer(rid, answerStamp(st(5000, 1)));
    expect(back).toMatchObject({ due: 10, fsrs: before });
    expect(await getDb().cards.get(id)).toMatchObject({ due: 10, fsrs: before, queue: 2 });
    expect(await getDb().reviews.count()).toBe(0);
  });

  it('an answer whose "before" is out of date (the card was answered since, in another tab) writes nothing', async () => {
    const id = await add('hestur', 10, 0);
    const before = (await getDb().cards.get(id))!.fsrs;
    const log = { lemma: 'hestur', rating: 3 as const, state: 0, at: 20, elapsedDays: 0, scheduledDays: 0, durationMs: 1, before };
    expect(await saveAnswer(id, { ...st(5000, 1), reps: 1 }, log)).not.toBeNull();
    expect(await saveAnswer(id, { ...st(9000, 1), reps: 1 }, { ...log, at: 30 })).toBeNull();
    expect(await getDb().cards.get(id)).toMatchObject({ due: 5000 });
    expect(await getDb().reviews.count()).toBe(1);
  });

  it('undo writes nothing once the card has changed since the answer (answered again in another tab)', async () => {
    const id = await add('hestur', 10, 0);
    const before = (await getDb().cards.get(id))!.fsrs;
    const log = { lemma: 'hestur', rating: 3 as const, state: 0, at: 20, elapsedDays: 0, scheduledDays: 0, durationMs: 1, before };
    const mine = { ...st(5000, 1), reps: 1, last_review: 20 };
    const rid = (await saveAnswer(id, mine, log))!;
    // The other tab answers the card as this answer left it.
    const theirs = { ...st(9000, 1), reps: 2, last_review: 30 };
    const theirId = (await saveAnswer(id, theirs, { ...log, at: 30, before: mine }))!;
    expect(await undoAnswer(rid, answerStamp(mine))).toBeNull();
    expect(await getDb().cards.get(id)).toMatchObject({ due: 9000, fsrs: theirs });
    expect(await getDb().reviews.count()).toBe(2);
    // Once the other tab takes its answer back, the card is as this answer left it: undo works.
    expect(await undoAnswer(theirId, answerStamp(theirs))).toMatchObject({ fsrs: mine });
    expect(await undoAnswer(rid, answerStamp(mine))).toMatchObject({ due: 10, fsrs: before });
    expect(await getDb().reviews.count()).toBe(0);
    // An answer already taken back is not undone twice.
    expect(await undoAnswer(rid, answerStamp(mine))).toBeNull();
  });

  it('undo checks the due date too (the card moved otherwise, same reps)', async () => {
    const id = await add('hestur', 10, 0);
    const before = (await getDb().cards.get(id))!.fsrs;
    const mine = { ...st(5000, 1), reps: 1, last_review: 20 };
    const rid = (await saveAnswer(id, mine, { lemma: 'hestur', rating: 3, state: 0, at: 20, elapsedDays: 0, scheduledDays: 0, durationMs: 1, before }))!;
    await getDb().cards.update(id, { fsrs: { ...mine, due: 7000 }, due: 7000 });
    expect(await undoAnswer(rid, answerStamp(mine))).toBeNull();
    expect(await getDb().cards.get(id)).toMatchObject({ due: 7000 });
    expect(await getDb().reviews.count()).toBe(1);
  });

  it('an answer to a card that is gone writes no log entry', async () => {
    await expect(
      saveAnswer(99, st(1, 1), { lemma: 'x', rating: 3, state: 0, at: 1, elapsedDays: 0, scheduledDays: 0, durationMs: 1, before: st(0, 0) }),
    ).rejects.toThrow();
    expect(await getDb().reviews.count()).toBe(0);
  });
});

describe('memory states after a parameter change', () => {
  it('writes stability and difficulty only, and skips a card answered since (its reps changed)', async () => {
    const a = await add('hestur', 5000, 2);
    const b = await add('köttur', 6000, 2);
    const c = await add('hundur', 7000, 2);
    const states = await listCardStates();
    expect(states.map((s) => s.id).sort()).toEqual([a, b, c].sort());
    const changed = await updateMemoryStates([
      { id: a, reps: 1, stability: 12.5, difficulty: 4.2 },
      { id: b, reps: 7, stability: 99, difficulty: 9 }, // answered since: reps differ
      { id: c, reps: 1, stability: 1, difficulty: 5 }, // the same state: no write
      { id: 999, reps: 1, stability: 1, difficulty: 1 }, // gone
    ]);
    expect(changed).toBe(1);
    expect(await getDb().cards.get(a)).toMatchObject({ due: 5000, queue: 1, fsrs: { stability: 12.5, difficulty: 4.2, due: 5000, reps: 1, state: 2 } });
    expect((await getDb().cards.get(b))!.fsrs).toMatchObject({ stability: 1, difficulty: 5 });
  });
});

describe('cards for words without a sentence', () => {
  it('an empty scheduling state is ts-fsrs’s empty card', async () => {
    const { createEmptyCard } = await import('ts-fsrs');
    const { toState } = await import('../features/review/scheduler');
    const { emptyFsrsState } = await import('./cards');
    expect(emptyFsrsState(1_700_000_000_000)).toEqual(toState(createEmptyCard(new Date(1_700_000_000_000))));
  });

  it('importing a list into the vocabulary logs each word and gives it a card, in the same transaction', async () => {
    const { importIntoVocabulary } = await import('./lists');
    await getDb().words.put({ lemma: 'köttur', status: 'known', updatedAt: 1 });
    await importIntoVocabulary(['hestur', 'köttur'], () => ({
      plan: null,
      learning: [{ lemma: 'hestur', gloss: 'horse', note: '' }],
    }));
    expect(await getDb().cards.toArray()).toMatchObject([{ lemma: 'hestur', glosses: ['horse'], sentence: '', suspended: false, fsrs: { state: 0 } }]);
    expect(await getDb().statusLog.toArray()).toMatchObject([{ lemma: 'hestur', from: 'new', to: 'learning' }]);
    expect(await countDue(Date.now())).toBe(1);
  });
});

describe('cards for words from a word list', () => {
  it.each([
    { sentence: 'Hann sá hestinn í gær.', lemma: 'hestur', form: 'hestinn', reason: 'inflected form shares the stem' },
    { sentence: 'Bandaríkin og Kína semja.', lemma: 'Bandaríkin', form: 'Bandaríkin', reason: 'exact form, case-insensitive' },
    { sentence: 'Hún fór til Bandaríkjanna.', lemma: 'Bandaríkin', form: 'Bandaríkjanna', reason: 'longest shared beginning wins' },
    { sentence: 'Barnið svaf vel.', lemma: 'maður', form: null, reason: 'no word close enough' },
  ])('$lemma in “$sentence” → $form ($reason)', ({ sentence, lemma, form }) => {
    const at = locateForm(sentence, lemma);
    expect(at ? sentence.slice(at.start, at.end) : null).toBe(form);
  });

  it('a list word’s card carries its headword, part of speech and example sentence', () => {
    const card = listWordCard(
      { lemma: 'hestur', display: 'hestur', pos: 'noun', gender: 'm', example: 'Hann sá hestinn í gær.' },
      'horse',
      1000,
    );
    expect(card).toMatchObject({ display: 'hestur', pos: 'noun', gender: 'm', sentence: 'Hann sá hestinn í gær.', glosses: ['horse'], due: 1000 });
    expect(card.sentence.slice(card.formStart, card.formEnd)).toBe('hestinn');
    expect(listWordCard({ lemma: 'hestur' }, '', 5)).toMatchObject({ sentence: '', formStart: 0, formEnd: 0, articleId: null });
  });

  it('a list word’s card names the article it was picked from when given one (the review screen links to it)', () => {
    expect(listWordCard({ lemma: 'hestur', example: 'Hann sá hestinn í gær.', articleId: 7 }, 'horse', 5)).toMatchObject({ articleId: 7, sentence: 'Hann sá hestinn í gær.' });
  });

  it('importing words into the vocabulary keeps the article on the card only while it is in the library', async () => {
    const { importIntoVocabulary } = await import('./lists');
    const { saveArticle } = await import('./articles');
    const { fixtureAnalysis, FIXTURE_TEXT } = await import('../../test/unit/analysisFixture');
    const there = await saveArticle({ title: 'Hestar', author: null, publishedAt: null, site: null, caption: null, wordCount: 8, origin: 'test', text: FIXTURE_TEXT }, fixtureAnalysis());
    await importIntoVocabulary(['hestur', 'köttur'], () => ({
      plan: null,
      learning: [
        { lemma: 'hestur', gloss: 'horse', note: '', example: 'Hann sá hestinn.', articleId: there },
        { lemma: 'köttur', gloss: 'cat', note: '', example: 'Kötturinn svaf.', articleId: there + 1 },
      ],
    }));
    const byLemma = new Map((await getDb().cards.toArray()).map((c) => [c.lemma, c]));
    expect(byLemma.get('hestur')).toMatchObject({ articleId: there, sentence: 'Hann sá hestinn.' });
    expect(byLemma.get('köttur')).toMatchObject({ articleId: null, sentence: 'Kötturinn svaf.' });
  });
});

describe('card phrase (optional field)', () => {
  it('an old card stored without `phrase` still loads and is queued; a new one keeps its phrase', async () => {
    const oldId = await add('eiga', 10, 0);
    const newId = await add('hafa', 11, 0, { phrase: { text: 'átt í', lemma: 'eiga í', glosses: ['be engaged in'] } });
    const old = await getCard(oldId);
    expect(old).toMatchObject({ lemma: 'eiga', glosses: [] });
    expect(old!.phrase).toBeUndefined();
    expect((await getCard(newId))!.phrase).toEqual({ text: 'átt í', lemma: 'eiga í', glosses: ['be engaged in'] });
    const q = await buildDueQueue(100, 0, 10);
    expect(q.items.map((i) => i.id)).toEqual([oldId, newId]);
  });
});
