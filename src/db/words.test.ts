import { LesaDB, getDb, useDatabase } from './db';
import type { CardRecord } from './types';
import { applyStatuses, getWord, getWords, knownCounts, listStatusLog, saveWordNote, undoStatuses, type NewCard } from './words';

let n = 0;
beforeEach(() => {
  useDatabase(new LesaDB(`test-words-${n++}`));
});

function card(lemma: string, extra: Partial<CardRecord> = {}): NewCard {
  const fsrs = { due: 1000, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0 };
  return {
    lemma, kind: 'recognition', display: lemma, pos: 'noun', gender: 'm', ipa: null, glosses: ['horse'],
    sentence: `Ég sá ${lemma}.`, formStart: 6, formEnd: 6 + lemma.length, articleId: 1, due: 1000, fsrs, suspended: false, createdAt: 1000, ...extra,
  };
}

describe('getWords', () => {
  it.each([
    { vocabulary: 6, reason: 'small vocabulary: read whole and filtered' },
    { vocabulary: 200, reason: 'large vocabulary: one key cursor' },
  ])('returns exactly the asked-for lemmas that have records ($reason)', async ({ vocabulary }) => {
    const lemmas = Array.from({ length: vocabulary }, (_, i) => `orð${String(i).padStart(3, '0')}`);
    await applyStatuses(lemmas.map((lemma, i) => ({ lemma, status: i % 2 ? 'known' : 'learning' })), 100);
    const asked = ['orð001', 'orð004', 'vantar', 'orð001'];
    const got = await getWords(asked);
    expect([...got.keys()].sort()).toEqual(['orð001', 'orð004']);
    expect(got.get('orð001')?.status).toBe('known');
    expect(got.get('orð004')?.status).toBe('learning');
    expect((await getWords([])).size).toBe(0);
  });
});

describe('word statuses', () => {
  it('sets statuses, logs every change with its time, and remembers forms', async () => {
    await applyStatuses([{ lemma: 'hestur', status: 'learning', forms: ['Hestinum'] }], 100);
    await applyStatuses([{ lemma: 'hestur', status: 'known', forms: ['hest'] }, { lemma: 'vera', status: 'known', forms: ['er'] }], 200);
    expect(await getWord('hestur')).toMatchObject({ status: 'known', forms: ['hestinum', 'hest'], updatedAt: 200 });
    expect((await listStatusLog()).map(({ lemma, from, to, at }) => [lemma, from, to, at])).toEqual([
      ['hestur', 'new', 'learning', 100],
      ['hestur', 'learning', 'known', 200],
      ['vera', 'new', 'known', 200],
    ]);
    expect(await knownCounts()).toEqual({ lemmas: 2, forms: 3 });
  });

  it('setting the status a word already has logs nothing', async () => {
    await applyStatuses([{ lemma: 'vera', status: 'known' }], 100);
    await applyStatuses([{ lemma: 'vera', status: 'known' }], 200);
    await applyStatuses([{ lemma: 'fara', status: 'new' }], 200);
    expect(await listStatusLog()).toHaveLength(1);
    expect(await getWord('fara')).toBeUndefined();
  });

  it('creates a card for a word set to Learning, suspends it when known, resumes it when Learning again', async () => {
    await applyStatuses([{ lemma: 'hestur', status: 'learning' }], 100, new Map([['hestur', card('hestur')]]));
    const [c] = await getDb().cards.toArray();
    expect(c).toMatchObject({ lemma: 'hestur', suspended: false, sentence: 'Ég sá hestur.' });
    await applyStatuses([{ lemma: 'hestur', status: 'known' }], 200);
    expect((await getDb().cards.get(c.id!))?.suspended).toBe(true);
    await applyStatuses([{ lemma: 'hestur', status: 'learning' }], 300, new Map([['hestur', card('hestur')]]));
    expect(await getDb().cards.count()).toBe(1);
    expect((await getDb().cards.get(c.id!))?.suspended).toBe(false);
  });

  it('undo puts words, log and cards back exactly', async () => {
    await applyStatuses([{ lemma: 'vera', status: 'known' }], 50);
    await saveWordNote('vera', { gloss: 'to be', note: '' }, { gloss: '', note: '' }, 60);
    const undo = await applyStatuses(
      [{ lemma: 'vera', status: 'learning' }, { lemma: 'hestur', status: 'learning' }],
      100,
      new Map([['hestur', card('hestur')], ['vera', card('vera')]]),
    );
    expect(await getDb().cards.count()).toBe(2);
    await undoStatuses(undo);
    expect(await getWord('vera')).toEqual({ lemma: 'vera', status: 'known', gloss: 'to be', updatedAt: 60 });
    expect(await getWord('hestur')).toBeUndefined();
    expect(await getDb().cards.count()).toBe(0);
    expect(await listStatusLog()).toHaveLength(1);
  });

  it('writes nothing when part of the change cannot be stored', async () => {
    const bad = card('hestur', { glosses: [(() => 'x') as unknown as string] });
    await expect(applyStatuses([{ lemma: 'hestur', status: 'learning' }], 100, new Map([['hestur', bad]]))).rejects.toThrow();
    expect(await getWord('hestur')).toBeUndefined();
    expect(await listStatusLog()).toEqual([]);
  });

  it('edits the learner’s gloss and note; empty text removes them', async () => {
    await saveWordNote('hestur', { gloss: ' horse ', note: 'sterk beyging' }, { gloss: '', note: '' }, 10);
    expect(await getWord('hestur')).toMatchObject({ status: 'new', gloss: 'horse', note: 'sterk beyging' });
    await saveWordNote('hestur', { gloss: 'horse', note: '' }, { gloss: 'horse', note: 'sterk beyging' }, 20);
    expect((await getWord('hestur'))?.note).toBeUndefined();
    expect((await getWord('hestur'))?.gloss).toBe('horse');
  });
});
