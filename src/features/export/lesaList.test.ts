import { parseLesaList, serializeLesaList, type LesaList } from './lesaList';
import { AWKWARD_ENTRIES } from './testWords';

const list: LesaList = {
  name: 'Fréttir: Musk og Pútín',
  sources: [{ title: 'Musk sagður í reglulegum samskiptum við Pútín', site: 'Vísir', author: 'Samúel Karl Ólason', publishedAt: '2024-10-25T09:44', articleId: 7 }],
  entries: AWKWARD_ENTRIES,
};

function fileWith(patch: (f: Record<string, any>) => void): string {
  const f = JSON.parse(serializeLesaList(list));
  patch(f);
  return JSON.stringify(f);
}

describe('.lesa-list.json', () => {
  it('carries name, sources and every entry field; reads back identical (without the local article id)', () => {
    const text = serializeLesaList(list, new Date('2025-01-02T03:04:05Z'));
    const f = JSON.parse(text);
    expect(f).toMatchObject({ format: 'lesa-list', version: 1, exportedAt: '2025-01-02T03:04:05.000Z' });
    expect(f.sources[0].articleId).toBeUndefined();
    const { articleId: _, ...source } = list.sources[0];
    expect(parseLesaList(text)).toEqual({ ok: true, value: { ...list, sources: [source] } });
  });

  it.each([
    { name: 'not JSON', text: '{"format": "lesa-list",', problems: [{ row: null, field: null, code: 'notJson' }] },
    { name: 'another JSON file', text: '{"hello": 1}', problems: [{ row: null, field: 'format', code: 'notLesaList' }] },
    { name: 'a newer version', text: fileWith((f) => (f.version = 2)), problems: [{ row: null, field: 'version', code: 'unsupportedVersion' }] },
    { name: 'no entries', text: fileWith((f) => delete f.entries), problems: [{ row: null, field: 'entries', code: 'notList' }] },
    // Version 1 is the first: a missing, lower or non-numeric version is a damaged file, not a newer one.
    { name: 'version 0', text: fileWith((f) => (f.version = 0)), problems: [{ row: null, field: 'version', code: 'invalidVersion' }] },
    { name: 'no version', text: fileWith((f) => delete f.version), problems: [{ row: null, field: 'version', code: 'invalidVersion' }] },
    { name: 'version "1" as text', text: fileWith((f) => (f.version = '1')), problems: [{ row: null, field: 'version', code: 'invalidVersion' }] },
    { name: 'an empty list of entries', text: fileWith((f) => (f.entries = [])), problems: [{ row: null, field: null, code: 'empty' }] },
    {
      // Said once, as too many articles — not as too many entries, nor once more for every entry that names one.
      name: 'too many sources',
      text: fileWith((f) => (f.sources = Array.from({ length: 201 }, (_, i) => ({ title: `Grein ${i}` })))),
      problems: [{ row: null, field: 'sources', code: 'tooManySources' }],
    },
    {
      name: 'bad fields, each named by row and field',
      text: fileWith((f) => {
        f.entries[1].lemma = '';
        f.entries[2].gloss = 42;
        f.entries[3].pos = 'thing';
        f.entries[3].gender = 'x';
        f.entries[0].source = 5;
        f.entries[0].count = -1;
      }),
      problems: [
        { row: 1, field: 'count', code: 'notNumber' },
        { row: 1, field: 'source', code: 'invalidSource' },
        { row: 2, field: 'lemma', code: 'required' },
        { row: 3, field: 'gloss', code: 'notText' },
        { row: 4, field: 'pos', code: 'invalidPos' },
        { row: 4, field: 'gender', code: 'invalidGender' },
      ],
    },
  ])('rejects $name', ({ text, problems }) => {
    expect(parseLesaList(text)).toEqual({ ok: false, problems });
  });

  it('accepts a hand-written minimal file: missing optional fields get defaults', () => {
    const res = parseLesaList('{"format":"lesa-list","version":1,"name":"Orð","entries":[{"lemma":"hestur","gloss":"horse"}]}');
    expect(res).toEqual({
      ok: true,
      value: {
        name: 'Orð',
        sources: [],
        entries: [{ lemma: 'hestur', display: 'hestur', pos: null, gender: null, gloss: 'horse', note: '', example: '', count: 0 }],
      },
    });
  });
});
