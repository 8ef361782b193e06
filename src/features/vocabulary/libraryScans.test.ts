import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { saveArticle } from '../../db/articles';
import { LesaDB, getDb, useDatabase } from '../../db/db';
import type { Analysis } from '../../lang/types';
import { cardFromToken } from './cardFromToken';
import { dictionaryMeanings } from './dictionaryMeanings';
import { findSentences } from './findSentences';

/** An analysis of "Kýr er stór." (no horse in it): a second article in the library. */
function otherAnalysis(): Analysis {
  const a = fixtureAnalysis();
  const tok = (start: number, text: string, lemma: string, pos: 'noun' | 'verb' | 'adjective') => ({
    start,
    end: start + text.length,
    text,
    kind: 'word' as const,
    candidates: [{ lemma, pos }],
    chosen: 0,
    isName: false,
    sentence: 0,
  });
  return {
    ...a,
    sentences: [{ start: 0, end: 12 }],
    phrases: [],
    tokens: [tok(0, 'Kýr', 'kýr', 'noun'), tok(4, 'er', 'vera', 'verb'), tok(7, 'stór', 'stór', 'adjective')],
    entries: {
      kýr: [{ lemma: 'kýr', pos: 'noun', senses: [{ gloss: 'cow', source: 'apertium' }] }],
      vera: a.entries.vera,
      stór: [{ lemma: 'stór', pos: 'adjective', senses: [{ gloss: 'large', source: 'apertium' }] }],
    },
  };
}

const base = { author: null, publishedAt: null, site: null, caption: null, wordCount: 3, origin: 'test' };

let n = 0;
async function library() {
  useDatabase(new LesaDB(`test-library-scans-${n++}`));
  const horses = await saveArticle({ ...base, title: 'Hestar', text: FIXTURE_TEXT, createdAt: 1 }, fixtureAnalysis());
  const cows = await saveArticle({ ...base, title: 'Kýr', text: 'Kýr er stór.', createdAt: 2 }, otherAnalysis());
  const table = getDb().analysisEntries;
  const read = table.get.bind(table);
  const entryReads: number[] = [];
  table.get = (async (key: number) => {
    entryReads.push(key);
    return read(key);
  }) as typeof table.get;
  return { horses, cows, entryReads };
}

describe('scans of the library on the vocabulary page', () => {
  it('findSentences reads the dictionary entries only of the articles that have the word', async () => {
    const { horses, entryReads } = await library();
    const met = await findSentences('hestur');
    expect(met).toMatchObject([{ articleId: horses, title: 'Hestar', sentence: 'Musk á hest í gær.', formStart: 7, formEnd: 11 }]);
    expect(entryReads).toEqual([horses]);
    // The context still makes a card with the word's glosses.
    expect(cardFromToken(met[0].context, new Date(0))).toMatchObject({ lemma: 'hestur', glosses: ['horse'] });
  });

  it('findSentences finds a word in every article, newest first', async () => {
    const { horses, cows, entryReads } = await library();
    expect((await findSentences('stór')).map((m) => [m.articleId, m.sentence])).toEqual([
      [cows, 'Kýr er stór.'],
      [horses, 'Gervihnattarþyrpingin er stór.'],
    ]);
    expect(entryReads).toEqual([cows, horses]);
    expect(await findSentences('köttur')).toEqual([]);
  });

  it('dictionaryMeanings reads the entries only of articles that have a lemma still wanted', async () => {
    const { horses, cows, entryReads } = await library();
    // "stór" is found in the newest article: the older one is read only for "hestur".
    expect(await dictionaryMeanings(['stór', 'hestur', 'köttur'])).toEqual(
      new Map([
        ['stór', 'large'],
        ['hestur', 'horse'],
      ]),
    );
    expect(entryReads).toEqual([cows, horses]);
    entryReads.length = 0;
    expect(await dictionaryMeanings(['kýr'])).toEqual(new Map([['kýr', 'cow']]));
    expect(entryReads).toEqual([cows]);
    entryReads.length = 0;
    // A word met in no article: every article's light part is read, no entries.
    expect(await dictionaryMeanings(['köttur'])).toEqual(new Map());
    expect(entryReads).toEqual([]);
  });
});
