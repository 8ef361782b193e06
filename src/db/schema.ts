import type Dexie from 'dexie';
import { moveEntriesOut } from './analysisParts';

/**
 * Every schema change is a new version here, with an upgrade function when data must move.
 * Never edit an existing version: users' databases were created by it.
 *
 * v1 — articles, their analyses, words (status per lemma), settings.
 * v3 — lists: teachers' word lists (src/db/lists.ts).
 * v4 — vocabulary and review: status log, review cards, review log (src/db/{words,cards,reviews}.ts).
 * v5 — an analysis' dictionary entries in a table of their own (src/db/analysisParts.ts).
 */
export function declareSchema(db: Dexie) {
  db.version(1).stores({
    articles: '++id, &contentHash, title, createdAt, publishedAt',
    analyses: 'articleId',
    words: 'lemma, status, updatedAt',
    settings: 'key',
  });
  // v3 — word lists (teachers' lists built from articles; src/db/lists.ts).
  db.version(3).stores({
    lists: '++id, name, updatedAt',
  });
  // v4 — every status change (timeline of known words), FSRS cards (due queue), review log.
  db.version(4).stores({
    statusLog: '++id, lemma, at',
    cards: '++id, lemma, due, [queue+due], createdAt',
    reviews: '++id, cardId, at',
  });
  // v5 — the dictionary entries of an analysis apart from its tokens: opening an article reads
  // only what the first screen needs; the entries (for taps) are read right after.
  db.version(5)
    .stores({ analysisEntries: 'articleId' })
    .upgrade((tx) => moveEntriesOut(tx.table('analyses'), tx.table('analysisEntries')));
}
