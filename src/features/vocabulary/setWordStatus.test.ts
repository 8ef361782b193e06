import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { LesaDB, getDb, useDatabase } from '../../db/db';
import { getWord, listStatusLog, undoStatuses } from '../../db/words';
import { setWordStatus } from './setWordStatus';

let n = 0;
beforeEach(() => useDatabase(new LesaDB(`test-set-status-${n++}`)));

const T = new Date('2026-03-02T09:00:00Z');
const ctx = (tokenIndex: number) => ({ articleId: 7, text: FIXTURE_TEXT, analysis: fixtureAnalysis(), tokenIndex });

describe('setWordStatus', () => {
  it('Learning makes a card from the sentence the word was met in, with the word marked', async () => {
    await setWordStatus('hestur', 'learning', { context: ctx(2), now: T });
    const [card] = await getDb().cards.toArray();
    expect(card).toMatchObject({
      lemma: 'hestur', display: 'hestur', pos: 'noun', gender: 'm', ipa: 'hɛstʏr', glosses: ['horse'],
      sentence: 'Musk á hest í gær.', articleId: 7, suspended: false, due: T.getTime(), createdAt: T.getTime(),
    });
    expect(card.sentence.slice(card.formStart, card.formEnd)).toBe('hest');
    expect(card.fsrs).toMatchObject({ state: 0, reps: 0, due: T.getTime() });
    expect(await getWord('hestur')).toMatchObject({ status: 'learning', forms: ['hest'] });
  });

  it('the sentence is cut at the token’s sentence, without the paragraph break', async () => {
    await setWordStatus('stór', 'learning', { context: ctx(8), now: T });
    const [card] = await getDb().cards.toArray();
    expect(card.sentence).toBe('Gervihnattarþyrpingin er stór.');
    expect(card.sentence.slice(card.formStart, card.formEnd)).toBe('stór');
  });

  it('Known suspends the card; Learning again brings the same card back', async () => {
    await setWordStatus('hestur', 'learning', { context: ctx(2), now: T });
    await setWordStatus('hestur', 'known', { now: T });
    expect((await getDb().cards.toArray())[0].suspended).toBe(true);
    await setWordStatus('hestur', 'learning', { context: ctx(2), now: T });
    expect(await getDb().cards.count()).toBe(1);
    expect((await getDb().cards.toArray())[0].suspended).toBe(false);
    expect((await listStatusLog()).map((l) => l.to)).toEqual(['learning', 'known', 'learning']);
  });

  it('can be undone', async () => {
    const undo = await setWordStatus('hestur', 'learning', { context: ctx(2), now: T });
    await undoStatuses(undo);
    expect(await getWord('hestur')).toBeUndefined();
    expect(await getDb().cards.count()).toBe(0);
    expect(await listStatusLog()).toEqual([]);
  });
});

describe('setWordStatus without a sentence', () => {
  it('Learning still makes a card, showing the word alone', async () => {
    await setWordStatus('þyrping', 'learning', { now: T, gloss: 'cluster' });
    expect(await getDb().cards.toArray()).toMatchObject([{ lemma: 'þyrping', sentence: '', glosses: ['cluster'], due: T.getTime() }]);
  });
});

describe('setWordStatus with cloze cards on', () => {
  it('makes a cloze card from the same sentence as well', async () => {
    await setWordStatus('hestur', 'learning', { context: ctx(2), now: T, cloze: true });
    const cards = await getDb().cards.orderBy('id').toArray();
    expect(cards.map((c) => c.kind)).toEqual(['recognition', 'cloze']);
    expect(cards[1].sentence.slice(cards[1].formStart, cards[1].formEnd)).toBe('hest');
    await setWordStatus('hestur', 'known', { now: T });
    expect((await getDb().cards.toArray()).every((c) => c.suspended)).toBe(true);
  });
});
