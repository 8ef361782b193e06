import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { LesaDB, getDb, useDatabase } from '../../db/db';
import { addToList, createList, getList } from '../../db/lists';
import { csvToWords } from '../export/csvMapping';
import { serializeLesaList } from '../export/lesaList';
import { wordsToCsv } from '../export/wordsCsv';
import { AWKWARD_ENTRIES } from '../export/testWords';
import { articleLemmas, toEntry } from './articleLemmas';
import { entriesFromWords, importList, nameFromFile, readImportFile } from './importList';

let n = 0;
const fresh = () => useDatabase(new LesaDB(`test-import-list-${n++}`));
beforeEach(fresh);

const source = { title: 'Musk sagður í samskiptum', site: 'Vísir', author: 'Samúel', publishedAt: '2024-10-25T09:44', articleId: 1 };

async function teacherList() {
  const id = await createList('Vika 3: fréttir');
  const lemmas = articleLemmas(fixtureAnalysis(), FIXTURE_TEXT).filter((l) => !l.isName);
  await addToList(id, lemmas.map(toEntry), source);
  await addToList(id, AWKWARD_ENTRIES.slice(1, 2));
  const list = (await getList(id))!;
  list.entries[0] = { ...list.entries[0], gloss: 'own (edited)', note: 'Óregluleg sögn, "á" í 1. p.' };
  return list;
}

describe('importing a list on another device', () => {
  it('round trip: list → .lesa-list.json → import into an empty database → identical entries', async () => {
    const list = await teacherList();
    const file = serializeLesaList(list);

    fresh(); // the student's device
    const read = readImportFile('Vika 3 fréttir.lesa-list.json', file);
    if (read.kind !== 'lesa-list') throw new Error(JSON.stringify(read));
    const { plan, listId } = await importList(read.list, { vocabulary: true, keepList: true });
    const imported = (await getList(listId!))!;
    expect(imported.name).toBe(list.name);
    expect(imported.entries).toEqual(list.entries);
    expect(imported.sources).toEqual([{ ...source, articleId: undefined }].map(({ articleId: _, ...s }) => s));
    expect(plan!.added.map((w) => w.lemma)).toEqual(list.entries.map((e) => e.lemma));
    const eiga = await getDb().words.get('eiga');
    expect(eiga).toMatchObject({ status: 'learning', gloss: 'own (edited)', note: 'Óregluleg sögn, "á" í 1. p.' });
  });

  it('CSV with commas, quotes, line breaks and Icelandic letters survives export → import', async () => {
    const csv = wordsToCsv(AWKWARD_ENTRIES);
    const read = readImportFile('orð.csv', csv);
    if (read.kind !== 'csv') throw new Error(JSON.stringify(read));
    expect(read.name).toBe('orð');
    const words = csvToWords(read.table, read.table.mapping);
    if (!words.ok) throw new Error(JSON.stringify(words.problems));
    const { listId } = await importList({ name: read.name, entries: entriesFromWords(words.value), sources: [] }, { vocabulary: true, keepList: true });
    const got = (await getList(listId!))!.entries;
    const trimmed = AWKWARD_ENTRIES.map(({ source: _s, ...e }) => ({ ...e, count: 0, note: e.note.trim(), example: e.example.trim() }));
    expect(got).toEqual(trimmed);
    expect((await getDb().words.get('þyrping'))?.note).toBe('Línubil:\nönnur lína; með semíkommu');
  });

  it('leaves the learner’s statuses and glosses alone and reports what happened', async () => {
    await getDb().words.bulkPut([
      { lemma: 'hestur', status: 'known', updatedAt: 1 },
      { lemma: 'þyrping', status: 'learning', gloss: 'group', updatedAt: 1 },
    ]);
    const { plan, listId } = await importList({ name: 'x', entries: AWKWARD_ENTRIES, sources: [] }, { vocabulary: true, keepList: false });
    expect(listId).toBeUndefined();
    expect(plan!.added.map((w) => w.lemma)).toEqual(['Bandaríkin', 'æður']);
    expect(plan!.skipped.map((s) => [s.word.lemma, s.reason])).toEqual([['hestur', 'known']]);
    expect(plan!.conflicts.map((c) => [c.word.lemma, c.yours])).toEqual([['þyrping', 'group']]);
    expect(await getDb().words.get('hestur')).toMatchObject({ status: 'known' });
    expect(await getDb().words.get('þyrping')).toMatchObject({ status: 'learning', gloss: 'group' });
  });

  it('a bad file is refused with its row and field named, and nothing is written', async () => {
    const bad = JSON.parse(serializeLesaList({ name: 'x', sources: [source], entries: AWKWARD_ENTRIES }));
    bad.entries[2].gender = 'masc';
    expect(readImportFile('x.lesa-list.json', JSON.stringify(bad))).toEqual({
      kind: 'problems',
      problems: [{ row: 3, field: 'gender', code: 'invalidGender' }],
    });
    expect(await getDb().words.count()).toBe(0);
  });

  it('a word twice in a file (same lemma and part of speech) is kept once, the first time, in the list and the count', async () => {
    const entries = AWKWARD_ENTRIES.map(({ source: _, ...e }) => e);
    const f = JSON.parse(serializeLesaList({ name: 'Tvítekið', sources: [], entries }));
    f.entries.push({ ...f.entries[0], gloss: 'a second gloss' }, f.entries[1]);
    const read = readImportFile('t.lesa-list.json', JSON.stringify(f));
    if (read.kind !== 'lesa-list') throw new Error(JSON.stringify(read));
    expect(read.list.entries).toEqual(entries);
    const { listId } = await importList(read.list, { vocabulary: true, keepList: true });
    const got = (await getList(listId!))!.entries;
    expect(got.map((e) => e.lemma)).toEqual(AWKWARD_ENTRIES.map((e) => e.lemma));
    expect(got[0].gloss).toBe(AWKWARD_ENTRIES[0].gloss);

    // The same from a CSV file.
    const csv = readImportFile('t.csv', 'Lemma,Gloss\nhestur,horse\nköttur,cat\nhestur,steed\n');
    if (read.kind !== 'lesa-list' || csv.kind !== 'csv') throw new Error(JSON.stringify(csv));
    const words = csvToWords(csv.table, csv.table.mapping);
    if (!words.ok) throw new Error(JSON.stringify(words.problems));
    expect(entriesFromWords(words.value).map((e) => [e.lemma, e.gloss])).toEqual([['hestur', 'horse'], ['köttur', 'cat']]);
  });

  it('importing the same list file twice keeps one list (the second import names it), with or without the vocabulary', async () => {
    const file = serializeLesaList(await teacherList());
    fresh(); // the student's device
    const read = readImportFile('Vika 3 fréttir.lesa-list.json', file);
    if (read.kind !== 'lesa-list') throw new Error(JSON.stringify(read));
    const first = await importList(read.list, { vocabulary: true, keepList: true });
    expect(first.listExisted).toBeFalsy();
    const again = await importList(read.list, { vocabulary: true, keepList: true });
    expect(again).toMatchObject({ listId: first.listId, listExisted: true });
    const listOnly = await importList(read.list, { vocabulary: false, keepList: true });
    expect(listOnly).toMatchObject({ listId: first.listId, listExisted: true });
    expect(await getDb().lists.count()).toBe(1);

    // A changed list with the same name (the teacher edited a meaning) is a new list.
    const edited = { ...read.list, entries: read.list.entries.map((e, i) => (i === 0 ? { ...e, gloss: 'own, have' } : e)) };
    const changed = await importList(edited, { vocabulary: false, keepList: true });
    expect(changed.listExisted).toBeFalsy();
    expect(await getDb().lists.count()).toBe(2);
  });

  it.each([
    ['Vika 3.lesa-list.json', 'Vika 3'],
    ['orð.CSV', 'orð'],
    ['listi.txt', 'listi'],
  ])('names the list after the file: %s → %s', (file, name) => {
    expect(nameFromFile(file)).toBe(name);
  });
});
