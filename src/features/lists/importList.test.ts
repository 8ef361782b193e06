import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { LesaDB, getDb, useDatabase } from '../../db/db';
import { addToList, createList, getList } from '../../db/lists';
import { csvToWords } from '../export/csvMapping';
import { serializeLesaList } from '../export/lesaList';
import { wordsToCsv } from '../export/wordsCsv';
import type { WordListEntry } from '../../db/types';
import { AWKWARD_ENTRIES } from '../export/testWords';
import { articleLemmas, toEntry } from './articleLemmas';
import { LIMITS } from '../export/problems';
import { saveArticle } from '../../db/articles';
import { addListToVocabulary, entriesFromWords, importList, nameFromFile, readImportFile, readListFile } from './importList';

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

describe('review cards made from a list’s words (“Add the words to my vocabulary”)', () => {
  const word = (lemma: string, example: string): WordListEntry => ({ lemma, display: lemma, pos: 'noun', gender: 'm', gloss: `${lemma} gloss`, note: '', example, count: 1 });
  const article = (title: string) =>
    saveArticle({ title, author: null, publishedAt: null, site: null, caption: null, wordCount: 8, origin: 'test', text: `${FIXTURE_TEXT}\n\n${title}` }, fixtureAnalysis());

  it('a word picked from an article still in the library links back to it, with its sentence, as a card made while reading does', async () => {
    const kept = await article('Hestar á Suðurlandi');
    const id = await createList('Vika 4');
    await addToList(id, [word('hestur', 'Hann sá hestinn í gær.')], { ...source, title: 'Hestar á Suðurlandi', articleId: kept });
    // From an article since deleted (its id is not in the library), and typed in (no article).
    await addToList(id, [word('köttur', 'Kötturinn svaf.')], { ...source, title: 'Kettir', articleId: kept + 100 });
    await addToList(id, [word('hundur', '')]);
    await addListToVocabulary((await getList(id))!);

    const card = async (lemma: string) => (await getDb().cards.where('lemma').equals(lemma).first())!;
    const hestur = await card('hestur');
    expect(hestur).toMatchObject({ articleId: kept, sentence: 'Hann sá hestinn í gær.' });
    expect(hestur.sentence.slice(hestur.formStart, hestur.formEnd)).toBe('hestinn');
    expect(await card('köttur')).toMatchObject({ articleId: null, sentence: 'Kötturinn svaf.' });
    expect(await card('hundur')).toMatchObject({ articleId: null, sentence: '' });
  });

  it('a list imported from a file never links to an article of this device (files carry no local ids)', async () => {
    const list = await teacherList();
    fresh(); // the student's device, with an article of its own under the teacher's article id
    const own = await article('Eitthvað allt annað');
    expect(own).toBe(source.articleId);
    const read = readImportFile('Vika 3.lesa-list.json', serializeLesaList(list));
    if (read.kind !== 'lesa-list') throw new Error(JSON.stringify(read));
    await importList(read.list, { vocabulary: true, keepList: true });
    const cards = await getDb().cards.toArray();
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((c) => c.articleId === null)).toBe(true);
  });
});

describe('reading a chosen file’s bytes', () => {
  const csv = 'Lemma,Gloss\nþyrping,cluster\næður,eider\nöxl,shoulder\n';
  const utf16leNoMark = (text: string) => new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer);

  it('a CSV saved as UTF-16 without a byte-order mark is read as a table, Icelandic letters intact', async () => {
    const read = await readListFile(new File([utf16leNoMark(csv)], 'orð.csv'));
    if (read.kind !== 'csv') throw new Error(JSON.stringify(read));
    expect(read.table.rows).toEqual([['Lemma', 'Gloss'], ['þyrping', 'cluster'], ['æður', 'eider'], ['öxl', 'shoulder']]);
  });

  it.each([
    { name: 'an .xlsx spreadsheet', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0]), code: 'binaryFile' },
    { name: 'a picture', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), code: 'binaryFile' },
    { name: 'an empty file', bytes: new Uint8Array(0), code: 'empty' },
  ])('$name is refused as $code', async ({ bytes, code }) => {
    expect(await readListFile(new File([bytes], 'orð.csv'))).toEqual({ kind: 'problems', problems: [{ row: null, field: null, code }] });
  });
});

describe('the size limit on list files', () => {
  const fakeFile = (size: number) => {
    const file = new File(['{}'], 'big.lesa-list.json');
    Object.defineProperty(file, 'size', { value: size });
    return { file, read: [vi.spyOn(file, 'arrayBuffer'), vi.spyOn(file, 'text'), vi.spyOn(file, 'slice')] };
  };

  it('a file over the limit is refused as too big without being read', async () => {
    const { file, read } = fakeFile(LIMITS.fileBytes + 1);
    expect(await readListFile(file)).toEqual({ kind: 'problems', problems: [{ row: null, field: null, code: 'tooBig' }] });
    for (const spy of read) expect(spy).not.toHaveBeenCalled();
  });

  it('a file at the limit is read', async () => {
    const { file, read } = fakeFile(LIMITS.fileBytes);
    await readListFile(file);
    expect(read[0]).toHaveBeenCalled();
  });

  it('the largest list Lesa takes — 5,000 words, each with a long meaning, note and example — is well under the limit, as JSON and as a UTF-16 CSV', () => {
    const long = (n: number) => 'Þyrping æðarfugla á ströndinni, sögðu þeir. '.repeat(Math.ceil(n / 44)).slice(0, n);
    const entries: WordListEntry[] = Array.from({ length: LIMITS.entries }, (_, i) => ({
      lemma: `gervihnattarþyrping${i}`, display: `Gervihnattarþyrping${i}`, pos: 'noun', gender: 'f',
      gloss: long(200), note: long(500), example: long(400), count: 12, source: 0,
    }));
    const sources = Array.from({ length: LIMITS.sources }, (_, i) => ({ title: long(150) + i, site: 'Vísir', author: 'Samúel Karl Ólason', publishedAt: '2024-10-25T09:44' }));
    const json = new Blob([serializeLesaList({ name: 'Stór listi', sources, entries })]).size;
    const utf16Csv = wordsToCsv(entries).length * 2;
    expect(Math.max(json, utf16Csv)).toBeLessThan(LIMITS.fileBytes * 0.6);
  });
});
