import { LesaDB, useDatabase } from './db';
import { addToList, contributingSources, createList, deleteList, duplicateList, entryKey, getList, importIntoVocabulary, listLists, moveWord, removeWord, renameList, restoreList, restoreWord, setListEntries, startList, updateWord } from './lists';
import type { WordListEntry } from './types';

let n = 0;
beforeEach(() => {
  useDatabase(new LesaDB(`test-lists-${n++}`));
});

const entry = (lemma: string, extra: Partial<WordListEntry> = {}): WordListEntry => ({
  lemma, display: lemma, pos: 'noun', gender: 'm', gloss: `${lemma} gloss`, note: '', example: '', count: 1, ...extra,
});
const source = { title: 'Frétt', site: 'Vísir', author: null, publishedAt: null, articleId: 3 };

describe('lists store', () => {
  it('creates, renames, lists newest first, duplicates with a new name', async () => {
    const a = await createList(' Vika 1 ');
    const b = await createList('Vika 2', { entries: [entry('hestur')] });
    await new Promise((r) => setTimeout(r, 5));
    await renameList(a, 'Fyrsta vika');
    await renameList(a, '   '); // blank names are ignored
    expect((await listLists()).map((l) => l.name)).toEqual(['Fyrsta vika', 'Vika 2']);
    const c = (await duplicateList(b, 'Vika 2 (afrit)'))!;
    expect((await getList(c))).toMatchObject({ name: 'Vika 2 (afrit)', entries: [entry('hestur')] });
    await setListEntries(c, []);
    expect((await getList(b))!.entries).toHaveLength(1); // the copy is independent
  });

  it('deletes a list and restores it with the same id (undo)', async () => {
    const id = await createList('Orð', { entries: [entry('hestur')] });
    const gone = await deleteList(id);
    expect(await getList(id)).toBeUndefined();
    await restoreList(gone!);
    expect(await getList(id)).toMatchObject({ name: 'Orð', entries: [entry('hestur')] });
  });

  it('collects words from several articles, skipping words it already has (same lemma and part of speech)', async () => {
    const id = await createList('Orð');
    expect(await addToList(id, [entry('hestur'), entry('á', { pos: 'noun' })], source)).toBe(2);
    const other = { ...source, title: 'Önnur frétt', articleId: 4 };
    expect(await addToList(id, [entry('hestur'), entry('á', { pos: 'preposition', gender: null })], other)).toBe(1);
    expect(await addToList(id, [entry('köttur')], source)).toBe(1);
    const list = (await getList(id))!;
    expect(list.sources.map((s) => s.title)).toEqual(['Frétt', 'Önnur frétt']);
    expect(list.entries.map((e) => [e.lemma, e.pos, e.source])).toEqual([
      ['hestur', 'noun', 0],
      ['á', 'noun', 0],
      ['á', 'preposition', 1],
      ['köttur', 'noun', 0],
    ]);
  });
});

describe('startList (a list started from an article)', () => {
  it('opens the list it made for that article while it has never had a word; a list with words, or made for another article, is left alone', async () => {
    const first = await startList(3, ' Hestar ');
    expect(await getList(first)).toMatchObject({ name: 'Hestar', entries: [], sources: [] });
    expect(await startList(3, 'Hestar')).toBe(first);
    expect(await listLists()).toHaveLength(1);

    await addToList(first, [entry('hestur')], source);
    const second = await startList(3, 'Hestar');
    expect(second).not.toBe(first);
    expect(await startList(3, 'Hestar')).toBe(second);
    const other = await startList(4, 'Kettir');
    expect(other).not.toBe(second);
    // The new list for article 3 is named apart from the one that has its words.
    expect((await listLists()).map((l) => [l.name, l.entries.length]).sort()).toEqual([['Hestar (2)', 0], ['Hestar', 1], ['Kettir', 0]]);
    expect((await getList(first))!.entries).toEqual([{ ...entry('hestur'), source: 0 }]);
  });

  it('two articles with the same title get a list each (matched by article, not by name)', async () => {
    const a = await startList(3, 'Veður');
    const b = await startList(4, 'Veður');
    expect(b).not.toBe(a);
    expect(await startList(3, 'Veður')).toBe(a);
    expect(await startList(4, 'Veður')).toBe(b);
    expect(await listLists()).toHaveLength(2);
  });

  it('a list emptied by removing its words is not opened as a fresh one; nor is a list renamed to the title, or a copy', async () => {
    const made = await startList(3, 'Hestar');
    await addToList(made, [entry('hestur')], source);
    await setListEntries(made, []);
    const typed = await createList('Kettir');
    await addToList(typed, [entry('köttur')]);
    await setListEntries(typed, []);
    const copied = (await duplicateList(await startList(5, 'Mýs'), 'Mýs'))!;

    const again = await startList(3, 'Hestar');
    expect(again).not.toBe(made);
    expect(await startList(4, 'Kettir')).not.toBe(typed);
    expect(await startList(5, 'Mýs')).not.toBe(copied);
    // The one made for article 3 and still without words is opened again, even after a rename.
    await renameList(again, 'Hestar og folöld');
    expect(await startList(3, 'Hestar')).toBe(again);
  });

  it('a new list for an article whose list of that name has words is numbered apart, in the caller’s pattern, skipping names in use', async () => {
    const first = await startList(3, 'Hestar');
    await addToList(first, [entry('hestur')], source);
    const second = await startList(3, 'Hestar');
    expect((await getList(second))!.name).toBe('Hestar (2)');
    await addToList(second, [entry('folald')], source);
    // "Hestar (3)" is taken by a list typed in: the next free number.
    await createList('Hestar (3)');
    const third = await startList(3, 'Hestar', (name, n) => `${name} (${n})`);
    expect((await getList(third))!.name).toBe('Hestar (4)');
    await addToList(third, [entry('köttur')], source);
    expect((await getList(await startList(3, ' Hestar ', (name, n) => `${name} – ${n}`)))!.name).toBe('Hestar – 2');
  });

  it('the name is free again once the article’s list that had it is renamed; another article’s list of that title is not counted', async () => {
    const first = await startList(3, 'Hestar');
    await addToList(first, [entry('hestur')], source);
    await renameList(first, 'Hestar, vika 1');
    const other = await startList(4, 'Hestar');
    await addToList(other, [entry('folald')], { ...source, articleId: 4 });
    expect((await getList(await startList(3, 'Hestar')))!.name).toBe('Hestar');
  });

  it('the list opened again comes first among the lists, as a new one would', async () => {
    const hestar = await startList(3, 'Hestar');
    await new Promise((r) => setTimeout(r, 5));
    await createList('Vika 1');
    await new Promise((r) => setTimeout(r, 5));
    expect(await startList(3, 'Hestar')).toBe(hestar);
    expect((await listLists()).map((l) => l.name)).toEqual(['Hestar', 'Vika 1']);
  });
});

describe('contributingSources (the articles a list shows it was built from)', () => {
  const other = { ...source, title: 'Önnur frétt', articleId: 4 };
  const third = { ...source, title: 'Þriðja frétt', articleId: 5 };

  it('only the articles that still give the list words, the entries pointing at them anew', () => {
    const list = {
      name: 'Orð',
      sources: [source, other, third],
      entries: [entry('köttur', { source: 2 }), entry('hestur'), entry('mús', { source: 2 })],
    };
    expect(contributingSources(list)).toEqual({
      name: 'Orð',
      sources: [third],
      entries: [entry('köttur', { source: 0 }), entry('hestur'), entry('mús', { source: 0 })],
    });
    expect(list.sources).toHaveLength(3); // not changed in place
    const all = { ...list, entries: [entry('a', { source: 0 }), entry('b', { source: 1 }), entry('c', { source: 2 })] };
    expect(contributingSources(all)).toBe(all);
  });

  it('a list emptied of its words has none; Undo of the removal brings its sources back', async () => {
    const id = await createList('Orð');
    await addToList(id, [entry('hestur')], source);
    await addToList(id, [entry('köttur')], other);
    const before = (await getList(id))!.entries;
    await setListEntries(id, before.slice(1));
    expect(contributingSources((await getList(id))!).sources).toEqual([other]);
    await setListEntries(id, []);
    expect(contributingSources((await getList(id))!).sources).toEqual([]);
    await setListEntries(id, before);
    expect(contributingSources((await getList(id))!)).toMatchObject({ sources: [source, other], entries: before });
  });
});

describe('importIntoVocabulary', () => {
  it('sets new words to Learning, keeps the learner’s gloss and note, and saves the list, together', async () => {
    const { getDb } = await import('./db');
    await getDb().words.bulkPut([
      { lemma: 'hestur', status: 'new', gloss: 'stallion', updatedAt: 1 },
      { lemma: 'köttur', status: 'known', updatedAt: 1 },
    ]);
    const { plan, listId } = await importIntoVocabulary(
      ['hestur', 'köttur', 'þyrping'],
      (existing) => ({
        plan: [...existing.keys()].sort(),
        learning: [
          { lemma: 'hestur', gloss: 'horse', note: 'n' },
          { lemma: 'þyrping', gloss: 'cluster', note: '' },
        ],
      }),
      { name: ' Listi ', entries: [entry('hestur')], sources: [] },
    );
    expect(plan).toEqual(['hestur', 'köttur']);
    const words = await getDb().words.orderBy('lemma').toArray();
    expect(words.map(({ lemma, status, gloss, note }) => ({ lemma, status, gloss, note }))).toEqual([
      { lemma: 'hestur', status: 'learning', gloss: 'stallion', note: 'n' },
      { lemma: 'köttur', status: 'known', gloss: undefined, note: undefined },
      { lemma: 'þyrping', status: 'learning', gloss: 'cluster', note: undefined },
    ]);
    expect(await getList(listId!)).toMatchObject({ name: 'Listi', entries: [entry('hestur')] });
  });

  it('writes nothing when any part fails', async () => {
    const { getDb } = await import('./db');
    await expect(
      importIntoVocabulary(['hestur'], () => ({ plan: null, learning: [{ lemma: 'hestur', gloss: 'horse', note: '' }] }), {
        name: 'x',
        // A list that cannot be stored (functions cannot be cloned into IndexedDB).
        entries: [entry('hestur', { note: (() => '') as unknown as string })],
        sources: [],
      }),
    ).rejects.toThrow();
    expect(await getDb().words.count()).toBe(0);
    expect(await listLists()).toEqual([]);
  });
});

describe('editing one word of a list (the editor): words added meanwhile survive', () => {
  // The race: the editor shows the list as read a moment ago; meanwhile a word is added another way
  // (the builder, the reader's "Add to list", another tab). An edit made from the page must change
  // only its own word of the list as it is now.
  async function raced() {
    const id = await createList('Orð', { entries: [entry('hestur'), entry('köttur'), entry('mús')] });
    const onScreen = (await getList(id))!;
    await addToList(id, [entry('fugl')], source);
    return { id, onScreen };
  }
  const lemmas = async (id: number) => (await getList(id))!.entries.map((e) => e.lemma);

  it('editing a gloss or a note keeps a word added since the list was shown', async () => {
    const { id, onScreen } = await raced();
    expect(await updateWord(id, entryKey(onScreen.entries[1]), { gloss: 'cat' })).toBe('done');
    expect(await updateWord(id, entryKey(onScreen.entries[1]), { note: 'kvk. köttur' })).toBe('done');
    const list = (await getList(id))!;
    expect(list.entries.map((e) => e.lemma)).toEqual(['hestur', 'köttur', 'mús', 'fugl']);
    expect(list.entries[1]).toEqual(entry('köttur', { gloss: 'cat', note: 'kvk. köttur' }));
    expect(list.entries[3]).toEqual({ ...entry('fugl'), source: 0 });
    expect(list.sources).toEqual([source]);
  });

  it('moving a word keeps a word added since, and moves it one place among the words the list has now', async () => {
    const { id, onScreen } = await raced();
    expect(await moveWord(id, entryKey(onScreen.entries[2]), 'down')).toBe('done');
    expect(await lemmas(id)).toEqual(['hestur', 'köttur', 'fugl', 'mús']);
    expect(await moveWord(id, entryKey(onScreen.entries[0]), 'up')).toBe('done'); // already first
    expect(await moveWord(id, entryKey(onScreen.entries[0]), 'down')).toBe('done');
    expect(await lemmas(id)).toEqual(['köttur', 'hestur', 'fugl', 'mús']);
  });

  it('removing a word keeps a word added since; Undo puts it back where it was, keeping words added after the removal', async () => {
    const { id, onScreen } = await raced();
    const removed = await removeWord(id, entryKey(onScreen.entries[1]));
    expect(removed?.entry).toEqual(entry('köttur'));
    expect(await lemmas(id)).toEqual(['hestur', 'mús', 'fugl']);
    await addToList(id, [entry('hundur')]);
    expect(await restoreWord(id, removed!)).toBe('restored');
    expect(await lemmas(id)).toEqual(['hestur', 'köttur', 'mús', 'fugl', 'hundur']);
  });

  it('Undo of several removals, latest first, gives the list back its order; each word goes back after the nearest word that was before it and is still there', async () => {
    const id = await createList('Orð', { entries: [entry('a'), entry('b'), entry('c'), entry('d')] });
    const b = (await removeWord(id, entryKey(entry('b'))))!;
    const a = (await removeWord(id, entryKey(entry('a'))))!;
    const c = (await removeWord(id, entryKey(entry('c'))))!;
    expect(await lemmas(id)).toEqual(['d']);
    for (const w of [c, a, b]) expect(await restoreWord(id, w)).toBe('restored');
    expect(await lemmas(id)).toEqual(['a', 'b', 'c', 'd']);

    await removeWord(id, entryKey(entry('a')));
    const c2 = (await removeWord(id, entryKey(entry('c'))))!;
    await restoreWord(id, c2); // after b, the nearest word before it that is still there
    expect(await lemmas(id)).toEqual(['b', 'c', 'd']);
  });

  it('Undo gives the word back its article (the list keeps its sources after their words are removed)', async () => {
    const id = await createList('Orð');
    await addToList(id, [entry('hestur')], source);
    const removed = (await removeWord(id, entryKey(entry('hestur'))))!;
    expect(contributingSources((await getList(id))!).sources).toEqual([]);
    await restoreWord(id, removed);
    expect(contributingSources((await getList(id))!)).toMatchObject({ sources: [source], entries: [{ ...entry('hestur'), source: 0 }] });
  });

  it('a word no longer in the list (removed in another tab) is left alone: the edit says so and changes nothing', async () => {
    const id = await createList('Orð', { entries: [entry('hestur'), entry('köttur')] });
    const key = entryKey(entry('köttur'));
    const first = (await removeWord(id, key))!;
    const before = (await getList(id))!;
    expect(await updateWord(id, key, { gloss: 'cat' })).toBe('gone');
    expect(await moveWord(id, key, 'up')).toBe('gone');
    expect(await removeWord(id, key)).toBeUndefined();
    expect(await getList(id)).toEqual(before); // not even its date
    // Undo when the word has been added back meanwhile keeps the one there now.
    await addToList(id, [entry('köttur', { gloss: 'a cat' })]);
    expect(await restoreWord(id, first)).toBe('exists');
    expect((await getList(id))!.entries).toEqual([entry('hestur'), entry('köttur', { gloss: 'a cat' })]);
    // A list deleted meanwhile.
    await deleteList(id);
    expect(await updateWord(id, key, { gloss: 'cat' })).toBe('gone');
    expect(await moveWord(id, key, 'down')).toBe('gone');
    expect(await removeWord(id, key)).toBeUndefined();
    expect(await restoreWord(id, first)).toBe('gone');
    expect(await getList(id)).toBeUndefined();
  });

  it('words spelt the same (another part of speech) are told apart', async () => {
    const id = await createList('Orð', { entries: [entry('á', { pos: 'noun' }), entry('á', { pos: 'preposition', gender: null })] });
    await updateWord(id, entryKey({ lemma: 'á', pos: 'preposition' }), { gloss: 'on' });
    expect((await getList(id))!.entries.map((e) => e.gloss)).toEqual(['á gloss', 'on']);
  });
});
