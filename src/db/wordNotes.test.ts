import { LesaDB, getDb, useDatabase } from './db';
import { pendingEdits, type WordNote } from './wordNotes';
import { getWord, saveWordNote } from './words';

let n = 0;
let name = '';
beforeEach(() => {
  name = `test-word-notes-${n++}`;
  useDatabase(new LesaDB(name));
  localStorage.clear();
});

const note = (gloss: string, note = ''): WordNote => ({ gloss, note });

/** The app as it starts again after a reload: a new connection to the same database. */
function reopen(): LesaDB {
  getDb().close();
  const db = new LesaDB(name);
  useDatabase(db);
  return db;
}

/** A word as stored, read without Dexie (opening a LesaDB would apply the log). */
function rawGet(lemma: string): Promise<{ gloss?: string } | undefined> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('words').objectStore('words').get(lemma);
      req.onsuccess = () => {
        open.result.close();
        resolve(req.result);
      };
      req.onerror = () => reject(req.error);
    };
  });
}

/** A closing page: the write is started but its transaction never commits. */
function pageEndsDuringWrite() {
  vi.spyOn(getDb(), 'transaction').mockImplementation((() => new Promise(() => {})) as never);
}

describe('saveWordNote: compare-and-set over the text the panel showed', () => {
  it.each([
    { stored: note('horse'), base: note('horse'), typed: note('stallion'), outcome: 'saved', after: note('stallion'), reason: 'nothing changed meanwhile: written' },
    { stored: note('', ''), base: note('', ''), typed: note('  horse ', 'sterk'), outcome: 'saved', after: note('horse', 'sterk'), reason: 'trimmed as stored' },
    { stored: note('steed'), base: note('horse'), typed: note('stallion'), outcome: 'conflict', after: note('steed'), reason: 'another tab changed the gloss the panel never showed: kept' },
    { stored: note('steed', 'x'), base: note('steed', ''), typed: note('steed', 'mine'), outcome: 'conflict', after: note('steed', 'x'), reason: 'the note changed meanwhile: nothing written, not even the gloss' },
    { stored: note('steed', 'x'), base: note('horse', 'x'), typed: note('horse', 'mine'), outcome: 'saved', after: note('steed', 'mine'), reason: 'a field the panel did not change is left as the other tab made it' },
    { stored: note('stallion'), base: note('horse'), typed: note('stallion '), outcome: 'unchanged', after: note('stallion'), reason: 'already what was typed (written before, or by another tab)' },
    { stored: note('horse', 'x'), base: note('horse', 'x'), typed: note('', 'x'), outcome: 'saved', after: note('', 'x'), reason: 'an emptied gloss is removed' },
  ])('$reason', async ({ stored, base, typed, outcome, after }) => {
    await getDb().words.put({ lemma: 'hestur', status: 'known', updatedAt: 100, ...(stored.gloss && { gloss: stored.gloss }), ...(stored.note && { note: stored.note }) });
    const r = await saveWordNote('hestur', typed, base, 200);
    expect(r.outcome).toBe(outcome);
    const rec = await getWord('hestur');
    expect({ gloss: rec?.gloss ?? '', note: rec?.note ?? '' }).toEqual(after);
    expect(r.stored).toEqual(after);
    expect(rec?.status).toBe('known');
    expect(rec?.updatedAt).toBe(outcome === 'saved' ? 200 : 100);
    // Done either way: nothing is left in the log.
    expect(pendingEdits.list()).toEqual([]);
  });

  it('a word without a record gets one (New) with the gloss', async () => {
    await getDb().open();
    expect((await saveWordNote('köttur', note('cat'), note(''), 50)).outcome).toBe('saved');
    expect(await getWord('köttur')).toEqual({ lemma: 'köttur', status: 'new', gloss: 'cat', updatedAt: 50 });
  });

  it('the edit is logged synchronously, before the write, and dropped once the write is done', async () => {
    await getDb().open();
    const saving = saveWordNote('hestur', note('horse'), note(''), 10);
    expect(pendingEdits.list()).toMatchObject([{ lemma: 'hestur', typed: note('horse'), base: note('') }]);
    await saving;
    expect(pendingEdits.list()).toEqual([]);
    expect(localStorage.length).toBe(0);
  });

  it('a failed write stays logged (written at the next start)', async () => {
    vi.spyOn(getDb(), 'transaction').mockImplementation((() => Promise.reject(new DOMException('full', 'QuotaExceededError'))) as never);
    await expect(saveWordNote('hestur', note('horse'), note(''), 10)).rejects.toMatchObject({ name: 'StorageError', failure: 'quota' });
    expect(pendingEdits.list()).toHaveLength(1);
  });

  it('a later edit of the same word replaces its log entry; the earlier save finishing does not drop it', async () => {
    const first = pendingEdits.keep('hestur', note('ho'), note(''), 1);
    pendingEdits.keep('hestur', note('horse'), note(''), 2);
    pendingEdits.drop(first);
    expect(pendingEdits.list()).toMatchObject([{ typed: note('horse') }]);
  });
});

describe('an edit whose write a closing page did not finish', () => {
  it('is written when the database opens again, before any other read sees the word (Review, export, reader)', async () => {
    await getDb().words.put({ lemma: 'hestur', status: 'learning', updatedAt: 100, gloss: 'horse' });
    pageEndsDuringWrite();
    void saveWordNote('hestur', note('stallion', 'sterk beyging'), note('horse'), 200);
    expect((await rawGet('hestur'))?.gloss).toBe('horse');
    expect(pendingEdits.list()).toMatchObject([{ lemma: 'hestur', typed: note('stallion', 'sterk beyging') }]);

    reopen();
    // The first read of the new connection already sees it (Dexie holds queries until `ready` is done).
    expect(await getWord('hestur')).toMatchObject({ gloss: 'stallion', note: 'sterk beyging', status: 'learning' });
    expect(pendingEdits.list()).toEqual([]);
  });

  it('is not written over a change made since (another tab), and is dropped', async () => {
    await getDb().words.put({ lemma: 'hestur', status: 'known', updatedAt: 100, gloss: 'horse' });
    pageEndsDuringWrite();
    void saveWordNote('hestur', note('stallion'), note('horse'), 200);
    const other = new LesaDB(name);
    await other.words.update('hestur', { gloss: 'steed', updatedAt: 300 });
    other.close();

    reopen();
    expect((await getWord('hestur'))?.gloss).toBe('steed');
    expect(pendingEdits.list()).toEqual([]);
  });

  it('written before the page ended after all: nothing changes, and it is dropped', async () => {
    pendingEdits.keep('hestur', note('stallion'), note('horse'), 200);
    await getDb().words.put({ lemma: 'hestur', status: 'known', updatedAt: 200, gloss: 'stallion' });
    reopen();
    expect(await getWord('hestur')).toMatchObject({ gloss: 'stallion', updatedAt: 200 });
    expect(pendingEdits.list()).toEqual([]);
  });

  it('the previous version’s rescue (lesa:vocab-unsaved) is written once, not over a later change', async () => {
    await getDb().words.put({ lemma: 'hestur', status: 'known', updatedAt: 100 });
    await getDb().words.put({ lemma: 'vera', status: 'known', updatedAt: 500, note: 'nýtt' });
    localStorage.setItem('lesa:vocab-unsaved', JSON.stringify({ lemma: 'hestur', gloss: 'horse', note: 'gamalt', since: 100 }));
    reopen();
    expect(await getWord('hestur')).toMatchObject({ gloss: 'horse', note: 'gamalt' });
    expect(localStorage.getItem('lesa:vocab-unsaved')).toBeNull();

    localStorage.setItem('lesa:vocab-unsaved', JSON.stringify({ lemma: 'vera', gloss: '', note: 'gamalt', since: 100 }));
    reopen();
    expect((await getWord('vera'))?.note).toBe('nýtt');
    expect(localStorage.getItem('lesa:vocab-unsaved')).toBeNull();
  });

  it('an unreadable log does not stop the database from opening', async () => {
    localStorage.setItem('lesa:pending-word-notes', '{not json');
    localStorage.setItem('lesa:vocab-unsaved', 'nonsense');
    reopen();
    expect(await getWord('hestur')).toBeUndefined();
    expect(localStorage.getItem('lesa:vocab-unsaved')).toBeNull();
  });
});
