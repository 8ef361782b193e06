import { queueOf, withQueue } from './cards';
import { getDb } from './db';
import { guardStorage } from './errors';
import type { CardRecord, StatusLogRecord, WordRecord, WordStatus } from './types';
import { pendingEdits, writeNote, type NoteSaveResult, type WordNote } from './wordNotes';

export type { NoteOutcome, NoteSaveResult, WordNote } from './wordNotes';
export { changedFields, storedNote } from './wordNotes';

/**
 * The learner's vocabulary: one record per lemma key with its status (absent = New), own gloss and
 * note. Every status change is logged with its time (`statusLog`), and a word set to Learning gets
 * a review card (or its suspended card back) in the same transaction.
 */

export interface StatusChange {
  lemma: string;
  status: WordStatus;
  /** The word forms it was met in, remembered for counts in forms. */
  forms?: readonly string[];
}

/** A card to create if the lemma has none yet (the new card(s) of a word set to Learning). */
export type NewCard = Omit<CardRecord, 'id' | 'queue'>;

/** What `applyStatuses` changed, so that it can be put back exactly (undo). */
export interface StatusUndo {
  words: { lemma: string; before: WordRecord | undefined }[];
  logIds: number[];
  createdCards: number[];
  /** Cards whose `suspended` flag was flipped, with the value before. */
  flipped: { id: number; suspended: boolean }[];
}

export function getWord(lemma: string): Promise<WordRecord | undefined> {
  return getDb().words.get(lemma);
}

/** Records for the given lemma keys (missing ones are New). */
/**
 * Word records of these lemmas. An article has a few hundred lemmas: one get per key costs a
 * request and a callback each (about 50 ms on a slow phone), so a small vocabulary is read in one
 * request and filtered, and a large one with a single key cursor (`anyOf`).
 */
export async function getWords(lemmas: readonly string[]): Promise<Map<string, WordRecord>> {
  const keys = [...new Set(lemmas)];
  const out = new Map<string, WordRecord>();
  if (keys.length === 0) return out;
  const table = getDb().words;
  const cap = keys.length * SMALL_VOCABULARY_FACTOR;
  const head = await table.limit(cap + 1).toArray();
  let recs: WordRecord[];
  if (head.length <= cap) {
    const want = new Set(keys);
    recs = head.filter((r) => want.has(r.lemma));
  } else {
    recs = await table.where(':id').anyOf(keys).toArray();
  }
  for (const r of recs) out.set(r.lemma, r);
  return out;
}

/** A vocabulary up to this many times the asked-for lemmas is read whole. */
const SMALL_VOCABULARY_FACTOR = 4;

export function listWords(): Promise<WordRecord[]> {
  return getDb().words.toArray();
}

export function countWords(status: WordStatus): Promise<number> {
  return getDb().words.where('status').equals(status).count();
}

/** Known words counted two ways: lemmas, and the distinct word forms met for them. */
export async function knownCounts(): Promise<{ lemmas: number; forms: number }> {
  // One getAll on the index (a cursor over tens of thousands of records is much slower).
  const known = await getDb().words.where('status').equals('known').toArray();
  let forms = 0;
  for (const w of known) forms += Math.max(1, w.forms?.length ?? 0);
  return { lemmas: known.length, forms };
}

export function listStatusLog(): Promise<StatusLogRecord[]> {
  return getDb().statusLog.orderBy('at').toArray();
}

/**
 * Sets statuses, logs each change, and keeps cards in step — all in one transaction. `newCards`
 * (by lemma) are created for words set to Learning that have no card; a word leaving Learning has
 * its cards suspended, and coming back resumes them. Changes to the status a word already has only
 * remember the form.
 */
export async function applyStatuses(changes: readonly StatusChange[], now: number, newCards: ReadonlyMap<string, NewCard | NewCard[]> = new Map()): Promise<StatusUndo> {
  const db = getDb();
  return guardStorage(() =>
    db.transaction('rw', [db.words, db.statusLog, db.cards], async () => {
      const undo: StatusUndo = { words: [], logIds: [], createdCards: [], flipped: [] };
      const byLemma = new Map<string, StatusChange>();
      for (const c of changes) byLemma.set(c.lemma, { ...c, forms: [...(byLemma.get(c.lemma)?.forms ?? []), ...(c.forms ?? [])] });
      const lemmas = [...byLemma.keys()];
      const before = await db.words.bulkGet(lemmas);
      const puts: WordRecord[] = [];
      const logs: StatusLogRecord[] = [];
      lemmas.forEach((lemma, i) => {
        const c = byLemma.get(lemma)!;
        const had = before[i];
        const from: WordStatus = had?.status ?? 'new';
        const forms = new Set(had?.forms ?? []);
        const size = forms.size;
        for (const f of c.forms ?? []) if (f.trim()) forms.add(f.trim().toLocaleLowerCase('is'));
        const addForm = forms.size > size;
        if (from === c.status && !addForm) return;
        undo.words.push({ lemma, before: had });
        const rec: WordRecord = { ...had, lemma, status: c.status, updatedAt: from === c.status && had ? had.updatedAt : now };
        if (addForm) rec.forms = [...forms];
        puts.push(rec);
        if (from !== c.status) logs.push({ lemma, from, to: c.status, at: now });
      });
      await db.words.bulkPut(puts);
      await recordTransitions(logs, newCards, undo);
      return undo;
    }),
  );
}

/**
 * Logs status transitions and keeps cards in step with them: a word that becomes Learning gets its
 * suspended card back or its new card from `newCards`; a word leaving Learning has its cards
 * suspended. Must run inside a transaction over words, statusLog and cards.
 */
export async function recordTransitions(logs: StatusLogRecord[], newCards: ReadonlyMap<string, NewCard | NewCard[]>, undo?: StatusUndo): Promise<void> {
  const db = getDb();
  if (!logs.length) return;
  const logIds = (await db.statusLog.bulkAdd(logs, { allKeys: true })) as number[];
  undo?.logIds.push(...logIds);
  const toLearning = new Set(logs.filter((l) => l.to === 'learning').map((l) => l.lemma));
  const touched = [...new Set(logs.filter((l) => l.to === 'learning' || l.from === 'learning').map((l) => l.lemma))];
  if (!touched.length) return;
  const cards = await db.cards.where('lemma').anyOf(touched).toArray();
  const withCard = new Set<string>();
  for (const card of cards) {
    withCard.add(card.lemma);
    const suspended = !toLearning.has(card.lemma);
    if (card.suspended === suspended) continue;
    undo?.flipped.push({ id: card.id!, suspended: card.suspended });
    await db.cards.update(card.id!, { suspended, queue: queueOf(card.fsrs.state, suspended) });
  }
  const create = [...toLearning].filter((l) => !withCard.has(l) && newCards.has(l)).flatMap((l) => [newCards.get(l)!].flat().map(withQueue));
  if (!create.length) return;
  const ids = (await db.cards.bulkAdd(create, { allKeys: true })) as number[];
  undo?.createdCards.push(...ids);
}

/** Puts back everything one `applyStatuses` changed (its log entries go too). */
export async function undoStatuses(undo: StatusUndo): Promise<void> {
  const db = getDb();
  await guardStorage(() =>
    db.transaction('rw', [db.words, db.statusLog, db.cards, db.reviews], async () => {
      const restore = undo.words.filter((w) => w.before).map((w) => w.before!);
      const remove = undo.words.filter((w) => !w.before).map((w) => w.lemma);
      await db.words.bulkPut(restore);
      await db.words.bulkDelete(remove);
      await db.statusLog.bulkDelete(undo.logIds);
      for (const f of undo.flipped) {
        await db.cards.where(':id').equals(f.id).modify((c) => {
          c.suspended = f.suspended;
          c.queue = queueOf(c.fsrs.state, f.suspended);
        });
      }
      if (undo.createdCards.length) {
        await db.reviews.where('cardId').anyOf(undo.createdCards).delete();
        await db.cards.bulkDelete(undo.createdCards);
      }
    }),
  );
}

/**
 * Saves the learner's gloss and note as typed over `base` (the stored text they were shown): only
 * the fields changed from it are written, and none if another tab changed one of them meanwhile
 * (`conflict`: the newer text is returned and stays). The edit is logged at once, before the write
 * starts, and kept until its write is done, so a page that ends meanwhile does not lose it: it is
 * written when the database next opens (see src/db/wordNotes.ts). A failed write stays logged too.
 */
export function saveWordNote(lemma: string, typed: WordNote, base: WordNote, now: number = Date.now()): Promise<NoteSaveResult> {
  // Synchronously, before anything awaits: this may be a closing page's last task.
  const entry = pendingEdits.keep(lemma, typed, base, now);
  return guardStorage(() => writeNote(getDb(), lemma, typed, base, now)).then((r) => {
    pendingEdits.drop(entry);
    return r;
  });
}
