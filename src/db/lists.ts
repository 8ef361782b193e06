import { getDb } from './db';
import { guardStorage } from './errors';
import { listWordCard } from './cards';
import type { StatusLogRecord, WordListEntry, WordListRecord, WordListSource, WordRecord, WordStatus } from './types';
import type { Gender, PartOfSpeech } from '../lang/types';
import { recordTransitions, type NewCard } from './words';

/**
 * Word lists: teachers' lists of lemmas (built from articles, typed in, or imported from a file).
 * Entries are kept in the list's order; an entry is identified by lemma key + part of speech.
 */

export const entryKey = (e: Pick<WordListEntry, 'lemma' | 'pos'>) => `${e.lemma}|${e.pos ?? ''}`;

export function listLists(): Promise<WordListRecord[]> {
  return getDb().lists.orderBy('updatedAt').reverse().toArray();
}

export function getList(id: number): Promise<WordListRecord | undefined> {
  return getDb().lists.get(id);
}

export async function createList(
  name: string,
  content: { entries?: WordListEntry[]; sources?: WordListSource[] } = {},
): Promise<number> {
  const now = Date.now();
  return guardStorage(() =>
    getDb().lists.add({ name: name.trim(), entries: content.entries ?? [], sources: content.sources ?? [], createdAt: now, updatedAt: now }),
  );
}

/**
 * The list that "Make a word list" opens for an article: the list the button made for that same
 * article before, if it has never had a word (the latest, if several), else a new list named after
 * the article. Pressing the button again opens the same list instead of piling up empty ones; a list
 * emptied by removing its words, one typed in or imported, or one made for another article (even
 * one with the same title) is never taken for a fresh one. The list opened comes first among the
 * lists, as a new one would. Returns its id.
 *
 * A new list is named apart from the lists already made from that article under the same name
 * (one that has words, say): the first free `numbered(name, n)` from n = 2 ("Hestar (2)"), so the
 * lists index does not show two lists of one name for one article. `numbered` is the UI language's
 * pattern (the caller's translation); the default is "name (n)".
 */
export async function startList(articleId: number, name: string, numbered: (name: string, n: number) => string = (b, k) => `${b} (${k})`): Promise<number> {
  const n = name.trim();
  const db = getDb();
  return guardStorage(() =>
    db.transaction('rw', db.lists, async () => {
      const now = Date.now();
      const fresh = await db.lists.filter((l) => l.startedFrom?.articleId === articleId && l.entries.length === 0).toArray();
      const latest = fresh.sort((a, b) => b.updatedAt - a.updatedAt)[0];
      if (!latest) return db.lists.add({ name: await nameApart(articleId, n, numbered), entries: [], sources: [], startedFrom: { articleId }, createdAt: now, updatedAt: now });
      await db.lists.update(latest.id!, { updatedAt: now });
      return latest.id!;
    }),
  );
}

/** `name`, or when a list from article `articleId` has that name already, the first numbered name no list has. Inside a transaction on `lists`. */
async function nameApart(articleId: number, name: string, numbered: (name: string, n: number) => string): Promise<string> {
  const db = getDb();
  const fromArticle = (l: WordListRecord) => l.startedFrom?.articleId === articleId || l.sources.some((s) => s.articleId === articleId);
  const clash = await db.lists.where('name').equals(name).filter(fromArticle).count();
  if (clash === 0) return name;
  const taken = new Set((await db.lists.orderBy('name').keys()).map(String));
  // Some n up to one past the number of lists is free (a pattern that ignores n falls back to `name`).
  for (let k = 2; k <= taken.size + 2; k++) {
    const candidate = numbered(name, k).trim();
    if (!taken.has(candidate)) return candidate;
  }
  return name;
}

/**
 * The sources a list shows ("From articles", the printed handout, exported files): only the
 * articles that still give it words, in their order, with the entries pointing at them anew. A list
 * emptied of its words has none.
 */
export function contributingSources<L extends Pick<WordListRecord, 'entries' | 'sources'>>(list: L): L {
  const used = new Set(list.entries.map((e) => e.source).filter((i): i is number => i !== undefined && i >= 0 && i < list.sources.length));
  if (used.size === list.sources.length) return list;
  const kept = list.sources.map((_, i) => i).filter((i) => used.has(i));
  const at = new Map(kept.map((old, i) => [old, i]));
  return {
    ...list,
    sources: kept.map((i) => list.sources[i]),
    entries: list.entries.map((e) => {
      if (e.source === undefined) return e;
      const i = at.get(e.source);
      if (i !== undefined) return { ...e, source: i };
      const { source: _, ...rest } = e;
      return rest;
    }),
  };
}

/** What a change returns to leave the list untouched (see `update`). */
const NO_CHANGE = Symbol('no change');

/**
 * Changes a list as it is in the database now, in one read-modify-write transaction (so that a word
 * added meanwhile — by the article builder, a typed word, another tab — is never overwritten).
 * `change` returns what the caller gets back; returning `NO_CHANGE` leaves the list untouched. A list
 * that is not there (deleted) is left alone and gives `undefined`.
 */
async function update<R = void>(id: number, change: (list: WordListRecord) => R | typeof NO_CHANGE): Promise<R | typeof NO_CHANGE | undefined> {
  const db = getDb();
  return guardStorage(() =>
    db.transaction('rw', db.lists, async () => {
      const list = await db.lists.get(id);
      if (!list) return undefined;
      const result = change(list);
      if (result === NO_CHANGE) return result;
      // A list with words is no longer the fresh list "Make a word list" made (see `startList`).
      if (list.entries.length > 0) delete list.startedFrom;
      list.updatedAt = Date.now();
      await db.lists.put(list);
      return result;
    }),
  );
}

export async function renameList(id: number, name: string): Promise<void> {
  const n = name.trim();
  await update(id, (l) => {
    if (n) l.name = n;
  });
}

/** Copies a list under a new name; returns the new id. */
export async function duplicateList(id: number, name: string): Promise<number | undefined> {
  const db = getDb();
  return guardStorage(() =>
    db.transaction('rw', db.lists, async () => {
      const list = await db.lists.get(id);
      if (!list) return undefined;
      const now = Date.now();
      // A copy is a list of its own, not the one "Make a word list" made (see `startList`).
      const { id: _, startedFrom: __, ...rest } = structuredClone(list);
      return db.lists.add({ ...rest, name: name.trim() || list.name, createdAt: now, updatedAt: now });
    }),
  );
}

type ListContent = { name: string; entries: WordListEntry[]; sources: WordListSource[] };

/** What makes two lists the same list (local ids and dates aside). */
function listSignature(list: ListContent): string {
  // Sources as shown: a stored list keeps articles whose words were all removed (for Undo).
  const l = contributingSources(list);
  return JSON.stringify([
    l.name.trim(),
    l.entries.map((e) => [e.lemma, e.display, e.pos, e.gender, e.gloss, e.note, e.example, e.count, e.source ?? null]),
    l.sources.map((s) => [s.title, s.site, s.author, s.publishedAt]),
  ]);
}

/**
 * Keeps an imported list: adds it, unless an identical list (same name, words and sources) is
 * already there — importing the same file twice gives one list. Call inside a transaction on `lists`.
 */
async function keepImportedList(list: ListContent, now: number): Promise<{ listId: number; listExisted: boolean }> {
  const db = getDb();
  const sig = listSignature(list);
  const same = await db.lists.where('name').equals(list.name.trim()).filter((l) => listSignature(l) === sig).first();
  if (same) return { listId: same.id!, listExisted: true };
  return { listId: await db.lists.add({ ...list, name: list.name.trim(), createdAt: now, updatedAt: now }), listExisted: false };
}

/** Keeps an imported list without touching the vocabulary (see `keepImportedList`). */
export function importListOnly(list: ListContent): Promise<{ listId: number; listExisted: boolean }> {
  const db = getDb();
  return guardStorage(() => db.transaction('rw', db.lists, () => keepImportedList(list, Date.now())));
}

/** Deletes a list and returns it, so that it can be put back (undo). */
export async function deleteList(id: number): Promise<WordListRecord | undefined> {
  const db = getDb();
  return guardStorage(() =>
    db.transaction('rw', db.lists, async () => {
      const list = await db.lists.get(id);
      if (list) await db.lists.delete(id);
      return list;
    }),
  );
}

export async function restoreList(list: WordListRecord): Promise<void> {
  await guardStorage(() => getDb().lists.put(list));
}

/**
 * Replaces all the entries. Not for edits from a list on screen: a word added since that copy was
 * read would be lost — the editor uses `updateWord`, `moveWord`, `removeWord` and `restoreWord`,
 * which change one word of the list as it is now.
 */
export async function setListEntries(id: number, entries: WordListEntry[]): Promise<void> {
  await update(id, (l) => {
    l.entries = entries;
  });
}

/**
 * What an edit of one word did: `done`; `gone` when the word is no longer in the list (removed in
 * another tab, say) or the list itself is gone — nothing was changed.
 */
export type WordEditOutcome = 'done' | 'gone';

const indexOfKey = (l: WordListRecord, key: string) => l.entries.findIndex((e) => entryKey(e) === key);

/** Changes the gloss or note of the word `key` (see `entryKey`) in the list as it is now. */
export async function updateWord(id: number, key: string, patch: Partial<Pick<WordListEntry, 'gloss' | 'note'>>): Promise<WordEditOutcome> {
  const r = await update(id, (l) => {
    const i = indexOfKey(l, key);
    if (i < 0) return NO_CHANGE;
    const { gloss, note } = patch;
    l.entries[i] = { ...l.entries[i], ...(gloss !== undefined && { gloss }), ...(note !== undefined && { note }) };
    return 'done' as const;
  });
  return r === 'done' ? r : 'gone';
}

/**
 * Moves the word `key` one place up or down among the words the list has now (words added since the
 * page showed it included). At the top (or bottom) already, nothing changes.
 */
export async function moveWord(id: number, key: string, dir: 'up' | 'down'): Promise<WordEditOutcome> {
  const r = await update(id, (l) => {
    const i = indexOfKey(l, key);
    if (i < 0) return NO_CHANGE;
    const to = dir === 'up' ? i - 1 : i + 1;
    if (to < 0 || to >= l.entries.length) return 'done' as const;
    [l.entries[i], l.entries[to]] = [l.entries[to], l.entries[i]];
    return 'done' as const;
  });
  return r === undefined || r === NO_CHANGE ? 'gone' : 'done';
}

/** A word taken off a list, with what `restoreWord` needs to put it back where it was. */
export interface RemovedWord {
  entry: WordListEntry;
  /** The keys of the words before it when it was removed, nearest last. */
  preceding: string[];
}

/**
 * Removes the word `key` from the list as it is now. Returns the word (for Undo), or `undefined`
 * when it is no longer there (removed already, in another tab say) or the list is gone. The list
 * keeps the word's article among its sources, so that Undo can give it back its source.
 */
export async function removeWord(id: number, key: string): Promise<RemovedWord | undefined> {
  const r = await update(id, (l) => {
    const i = indexOfKey(l, key);
    if (i < 0) return NO_CHANGE;
    const [entry] = l.entries.splice(i, 1);
    return { entry, preceding: l.entries.slice(0, i).map(entryKey) };
  });
  return r === NO_CHANGE ? undefined : r;
}

/**
 * Undo of `removeWord`: puts the word back into the list as it is now — right after the nearest
 * word that was before it and is still there (first, if none is) — leaving every other word, those
 * added since included, as it is. `exists` when the list has the word again already (added back
 * since; that one is kept as it is), `gone` when the list itself is gone.
 */
export async function restoreWord(id: number, removed: RemovedWord): Promise<'restored' | 'exists' | 'gone'> {
  const key = entryKey(removed.entry);
  let exists = false;
  const r = await update(id, (l) => {
    if (indexOfKey(l, key) >= 0) {
      exists = true;
      return NO_CHANGE;
    }
    const at = new Map(l.entries.map((e, i) => [entryKey(e), i]));
    let after = -1;
    for (const k of removed.preceding) after = at.get(k) ?? after;
    // As it was, its `source` included: a list's sources are never dropped, so it names the same article.
    l.entries.splice(after + 1, 0, removed.entry);
    return 'restored' as const;
  });
  return exists ? 'exists' : r === 'restored' ? r : 'gone';
}

/**
 * Adds entries at the end, skipping words already in the list; entries taken from an article name
 * it as `source` (the article is added to the list's sources once). Returns how many were added.
 */
export async function addToList(id: number, entries: WordListEntry[], source?: WordListSource): Promise<number> {
  let added = 0;
  await update(id, (l) => {
    let sourceIndex: number | undefined;
    if (source) {
      sourceIndex = l.sources.findIndex((s) =>
        source.articleId !== undefined ? s.articleId === source.articleId : s.title === source.title && s.site === source.site,
      );
      if (sourceIndex < 0) sourceIndex = l.sources.push(source) - 1;
    }
    const have = new Set(l.entries.map(entryKey));
    for (const e of entries) {
      const k = entryKey(e);
      if (have.has(k)) continue;
      have.add(k);
      const entry = { ...e };
      if (sourceIndex !== undefined) entry.source = sourceIndex;
      else delete entry.source;
      l.entries.push(entry);
      added++;
    }
  });
  return added;
}

/**
 * Reads of the learner's vocabulary (the `words` table) that the list builder needs. They go
 * through the vocabulary module once it offers them (src/db/words.ts).
 */
export async function vocabularySnapshot(): Promise<{ known: Set<string>; glosses: Map<string, string> }> {
  const words = await getDb().words.toArray();
  return {
    known: new Set(words.filter((w) => w.status === 'known').map((w) => w.lemma)),
    glosses: new Map(words.filter((w) => w.gloss).map((w) => [w.lemma, w.gloss!])),
  };
}

export interface LearningWord {
  lemma: string;
  gloss: string;
  note: string;
  /** From the list entry, for the review card: headword, part of speech, gender, example sentence. */
  display?: string;
  pos?: PartOfSpeech | null;
  gender?: Gender | null;
  example?: string;
  /**
   * The local article the list word was picked from (its list source's `articleId`). The card
   * links back to it only while that article is still in the library.
   */
  articleId?: number | null;
}

/**
 * Imports words into the learner's vocabulary — and optionally keeps them as a list — in one
 * transaction: a failure leaves nothing half-imported. `decide` sees what the learner already has
 * for each lemma (read inside the transaction) and returns the words to set to Learning; the
 * learner's own gloss and note are never overwritten.
 */
export async function importIntoVocabulary<P>(
  lemmas: string[],
  decide: (existing: Map<string, { status: WordStatus; gloss?: string }>) => { learning: LearningWord[]; plan: P },
  list?: ListContent,
): Promise<{ plan: P; listId?: number; listExisted?: boolean }> {
  const db = getDb();
  return guardStorage(() =>
    // Words set to Learning are logged and get a review card (src/db/words.ts), in the same transaction.
    db.transaction('rw', [db.words, db.lists, db.statusLog, db.cards, db.articles], async () => {
      const unique = [...new Set(lemmas)];
      const records = await db.words.bulkGet(unique);
      const existing = new Map<string, WordRecord>();
      records.forEach((r) => r && existing.set(r.lemma, r));
      const { learning, plan } = decide(new Map([...existing].map(([k, r]) => [k, { status: r.status, gloss: r.gloss }])));
      // The articles the words came from that are still in the library (keys only: no article is read).
      const wanted = [...new Set(learning.map((w) => w.articleId).filter((id): id is number => typeof id === 'number'))];
      const present = new Set(wanted.length ? await db.articles.where(':id').anyOf(wanted).primaryKeys() : []);
      const now = Date.now();
      const logs: StatusLogRecord[] = [];
      const cards = new Map<string, NewCard>();
      await db.words.bulkPut(
        learning.map((w) => {
          const had = existing.get(w.lemma);
          const rec: WordRecord = { ...had, lemma: w.lemma, status: 'learning', updatedAt: now };
          const gloss = had?.gloss || w.gloss.trim();
          const note = had?.note || w.note.trim();
          if (gloss) rec.gloss = gloss;
          if (note) rec.note = note;
          if (had?.status !== 'learning') logs.push({ lemma: w.lemma, from: had?.status ?? 'new', to: 'learning', at: now });
          const articleId = w.articleId != null && present.has(w.articleId) ? w.articleId : null;
          cards.set(w.lemma, listWordCard({ ...w, articleId }, gloss ?? '', now));
          return rec;
        }),
      );
      await recordTransitions(logs, cards);
      return { plan, ...(list ? await keepImportedList(list, now) : {}) };
    }),
  );
}
