import type { LesaDB } from './db';
import type { WordRecord } from './types';

/**
 * The learner's own gloss and note of a word, as typed in the Vocabulary panel: a compare-and-set
 * write, and the pending-edit log that makes it survive a page that ends before its write is done.
 *
 * Compare-and-set (as cards do with `reps`): each edit carries the `base` it was typed over — the
 * stored text the panel showed. A field whose stored text is no longer its base (changed in another
 * tab meanwhile) and not already what was typed is a conflict: nothing is written, and the caller
 * is given the newer text, so a stale panel never overwrites a value it never showed.
 *
 * Pending edits: a write started as a page ends (reload, tab closed) may never commit. Every edit is
 * therefore logged synchronously (localStorage, the only storage a closing page writes for sure)
 * before its transaction starts, and dropped once its transaction is done. The log is applied when
 * the database opens (`applyPendingEdits`, run by LesaDB's `ready` event before any other query), so
 * a rescued gloss is in place for the reader, Review and export as well as for Vocabulary.
 */

export interface WordNote {
  gloss: string;
  note: string;
}

export type NoteOutcome = 'saved' | 'unchanged' | 'conflict';

export interface NoteSaveResult {
  outcome: NoteOutcome;
  /** The stored gloss and note after the write (or, on a conflict, the newer ones that stay). */
  stored: WordNote;
  /** The record's `updatedAt` after it (0: no record). */
  updatedAt: number;
}

const FIELDS = ['gloss', 'note'] as const;

/** The stored text of a record's fields ('' when absent). */
export function storedNote(rec: Pick<WordRecord, 'gloss' | 'note'> | undefined | null): WordNote {
  return { gloss: rec?.gloss ?? '', note: rec?.note ?? '' };
}

/** The fields of `typed` that differ from `base` (compared as stored: trimmed). */
export function changedFields(typed: WordNote, base: WordNote): (keyof WordNote)[] {
  return FIELDS.filter((f) => typed[f].trim() !== base[f]);
}

/**
 * Writes the changed fields of an edit in one transaction of `db` unless a conflict (see above).
 * Must be given the connection to use (the app's, or the `ready` event's).
 */
export function writeNote(db: LesaDB, lemma: string, typed: WordNote, base: WordNote, now: number): Promise<NoteSaveResult> {
  return db.transaction('rw', db.words, async () => {
    const had = await db.words.get(lemma);
    const stored = storedNote(had);
    const changed = changedFields(typed, base).filter((f) => stored[f] !== typed[f].trim());
    if (changed.length === 0) return { outcome: 'unchanged' as const, stored, updatedAt: had?.updatedAt ?? 0 };
    if (changed.some((f) => stored[f] !== base[f])) return { outcome: 'conflict' as const, stored, updatedAt: had?.updatedAt ?? 0 };
    const rec: WordRecord = had ? { ...had } : { lemma, status: 'new', updatedAt: now };
    for (const f of changed) {
      const v = typed[f].trim();
      if (v) rec[f] = v;
      else delete rec[f];
    }
    rec.updatedAt = Math.max(now, (had?.updatedAt ?? 0) + 1);
    await db.words.put(rec);
    return { outcome: 'saved' as const, stored: storedNote(rec), updatedAt: rec.updatedAt };
  });
}

// ---------------------------------------------------------------------------------------------
// The pending-edit log.

const KEY = 'lesa:pending-word-notes';
/** The key of the older, Vocabulary-only rescue (one edit, `since` = the word's updatedAt then). */
const OLD_KEY = 'lesa:vocab-unsaved';

export interface PendingEdit {
  lemma: string;
  typed: WordNote;
  base: WordNote;
  /** Unique per save, so that a finished save drops its own entry only. */
  id: string;
  at: number;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage refused (some private modes): no log, the write itself still goes ahead.
    return null;
  }
}

function readLog(s: Storage): Record<string, PendingEdit> {
  try {
    const v = JSON.parse(s.getItem(KEY) ?? '{}') as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, PendingEdit>) : {};
  } catch {
    return {};
  }
}

function writeLog(s: Storage, log: Record<string, PendingEdit>) {
  try {
    if (Object.keys(log).length === 0) s.removeItem(KEY);
    else s.setItem(KEY, JSON.stringify(log));
  } catch {
    // Full: the write itself still goes ahead.
  }
}

let seq = 0;

/** Pending edits, one per lemma (the latest), kept until their write is done. */
export const pendingEdits = {
  /** Logs an edit at once (synchronously); returns its entry, to `drop` once written. */
  keep(lemma: string, typed: WordNote, base: WordNote, now: number): PendingEdit {
    const entry: PendingEdit = { lemma, typed: { ...typed }, base: { ...base }, id: `${now}-${Math.random().toString(36).slice(2, 8)}-${seq++}`, at: now };
    const s = storage();
    if (s) writeLog(s, { ...readLog(s), [lemma]: entry });
    return entry;
  },
  /** Drops `entry` if it is still the one kept for its lemma (a later edit of the word stays). */
  drop(entry: PendingEdit): void {
    const s = storage();
    if (!s) return;
    const log = readLog(s);
    if (log[entry.lemma]?.id !== entry.id) return;
    delete log[entry.lemma];
    writeLog(s, log);
  },
  list(): PendingEdit[] {
    const s = storage();
    return s ? Object.values(readLog(s)).filter(isPendingEdit) : [];
  },
};

function isNote(v: unknown): v is WordNote {
  const o = v as WordNote | null;
  return !!o && typeof o.gloss === 'string' && typeof o.note === 'string';
}

function isPendingEdit(v: unknown): v is PendingEdit {
  const o = v as PendingEdit | null;
  return !!o && typeof o.lemma === 'string' && typeof o.id === 'string' && isNote(o.typed) && isNote(o.base);
}

/**
 * Writes the edits logged by a page that ended before their writes were done (through `db`, the
 * `ready` event's connection), then drops them: written, already there, or overtaken by a newer
 * change (a conflict: the newer text stays). An edit whose write fails stays for the next start.
 * Never rejects (a rejection would fail the opening of the database). Returns the outcomes.
 */
export async function applyPendingEdits(db: LesaDB, now: number = Date.now()): Promise<{ lemma: string; outcome: NoteOutcome }[]> {
  const done: { lemma: string; outcome: NoteOutcome }[] = [];
  for (const entry of pendingEdits.list()) {
    try {
      const { outcome } = await writeNote(db, entry.lemma, entry.typed, entry.base, now);
      pendingEdits.drop(entry);
      done.push({ lemma: entry.lemma, outcome });
    } catch {
      // Not now (storage full, say): tried again on the next start.
    }
  }
  await applyOldRescue(db, now, done);
  return done;
}

/** An edit kept by the previous version's rescue: written unless the word changed since. */
async function applyOldRescue(db: LesaDB, now: number, done: { lemma: string; outcome: NoteOutcome }[]) {
  const s = storage();
  let raw: string | null = null;
  try {
    raw = s?.getItem(OLD_KEY) ?? null;
  } catch {
    return;
  }
  if (!s || !raw) return;
  const e = parseOld(raw);
  if (!e || typeof e.lemma !== 'string' || typeof e.gloss !== 'string' || typeof e.note !== 'string' || typeof e.since !== 'number') {
    s.removeItem(OLD_KEY);
    return;
  }
  try {
    const had = await db.words.get(e.lemma);
    if ((had?.updatedAt ?? 0) <= e.since) {
      const { outcome } = await writeNote(db, e.lemma, { gloss: e.gloss, note: e.note }, storedNote(had), now);
      done.push({ lemma: e.lemma, outcome });
    } else done.push({ lemma: e.lemma, outcome: 'conflict' });
    s.removeItem(OLD_KEY);
  } catch {
    // Not now: tried again on the next start.
  }
}

function parseOld(raw: string): { lemma?: unknown; gloss?: unknown; note?: unknown; since?: unknown } | null {
  try {
    return JSON.parse(raw) as { lemma?: unknown } | null;
  } catch {
    return null;
  }
}
