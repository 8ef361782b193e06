import { csvToWords, readCsv, type CsvMapping } from './csvMapping';
import { wordsToCsv } from './wordsCsv';
import { AWKWARD_ENTRIES } from './testWords';
import type { ExportWord } from './words';

const words: ExportWord[] = AWKWARD_ENTRIES.map(({ lemma, display, pos, gender, gloss, note, example }) => ({
  lemma, display, pos, gender, gloss, note: note.trim(), example: example.trim(),
}));

function read(text: string) {
  const t = readCsv(text);
  if (!t.ok) throw new Error(JSON.stringify(t.problems));
  return t.value;
}

describe('CSV words: export → import', () => {
  it('survives commas, quotes, line breaks and Icelandic letters', () => {
    const table = read(wordsToCsv(words));
    expect(table.hasHeader).toBe(true);
    expect(csvToWords(table, table.mapping)).toEqual({ ok: true, value: words });
  });

  it('cells a spreadsheet would run as formulas are written neutralised and read back as they were', () => {
    const risky: ExportWord[] = [
      { lemma: '-legur', display: '-legur', pos: null, gender: null, gloss: '=HYPERLINK("http://x","-ly")', note: "'=not a formula, already quoted", example: '@Lesa: +354 555 1234' },
      { lemma: 'hestur', display: 'hestur', pos: 'noun', gender: 'm', gloss: "'plain quote", note: '-', example: '+' },
    ];
    const csv = wordsToCsv(risky);
    expect(csv).not.toMatch(/(^|[,\n]|\uFEFF)"?[=+\-@]/);
    const table = read(csv);
    expect(csvToWords(table, table.mapping)).toEqual({ ok: true, value: risky });
  });

  it('recognises Icelandic headers in any order, with semicolons', () => {
    const table = read('Þýðing;Orð;Dæmi\r\nhorse;Hestur;Ég á hest.\r\n');
    expect(table.mapping).toMatchObject({ lemma: 1, gloss: 0, example: 2, note: null });
    expect(csvToWords(table, table.mapping)).toEqual({
      ok: true,
      value: [{ lemma: 'hestur', display: 'Hestur', pos: null, gender: null, gloss: 'horse', note: '', example: 'Ég á hest.' }],
    });
  });

  it('without a header: lemma, gloss, note, example by column, every row is data', () => {
    const table = read('hestur,horse\nköttur,cat\n');
    expect(table.hasHeader).toBe(false);
    const res = csvToWords(table, table.mapping);
    expect(res.ok && res.value.map((w) => [w.lemma, w.gloss])).toEqual([['hestur', 'horse'], ['köttur', 'cat']]);
  });

  it('uses the columns the user maps', () => {
    const table = read('a,b,c\nhorse,x,hestur\n');
    const mapping: CsvMapping = { lemma: 2, gloss: 0, note: 1, example: null, pos: null, gender: null, key: null };
    const res = csvToWords({ ...table, hasHeader: true }, mapping);
    expect(res).toMatchObject({ ok: true, value: [{ lemma: 'hestur', gloss: 'horse', note: 'x' }] });
  });

  it('names the row and field of every bad cell, and returns no words at all', () => {
    const table = read('Lemma,Gloss,Part of speech,Gender\nhestur,horse,noun,m\n,missing,,\nköttur,cat,animal,kvk\n');
    expect(csvToWords(table, table.mapping)).toEqual({
      ok: false,
      problems: [
        { row: 3, field: 'lemma', code: 'required' },
        { row: 4, field: 'pos', code: 'invalidPos' },
      ],
    });
  });

  it.each([
    ['semicolons, as Excel saves them', 'Orð;Þýðing;Athugasemd\r\nhestur;horse;\r\n;;\r\nköttur;cat;dýr\r\n;;\r\n;;\r\n', 4],
    ['commas, with spaces and quoted empty cells', 'Lemma,Gloss,Note\nhestur,horse,\n , ,\nköttur,cat,dýr\n"","",""\n,,\n', 4],
    ['no header', 'hestur,horse\n,\nköttur,cat\n,\n', 4],
  ])('rows with every cell blank (a spreadsheet’s empty rows, in %s) are skipped, not refused as missing a word', (_, text, badRow) => {
    const table = read(text);
    const res = csvToWords(table, table.mapping);
    expect(res.ok && res.value.map((w) => [w.lemma, w.gloss])).toEqual([['hestur', 'horse'], ['köttur', 'cat']]);
    // A row with something in it but no word is still refused, by its row in the spreadsheet (the
    // skipped rows above it counted).
    const rows = [...table.rows];
    rows.splice(badRow - 1, 0, ['', 'missing', '']);
    expect(csvToWords({ ...table, rows }, table.mapping)).toEqual({ ok: false, problems: [{ row: badRow, field: 'lemma', code: 'required' }] });
  });

  it('a header and nothing but empty rows is an empty file, not rows missing their words', () => {
    const table = read('Lemma;Gloss\r\n;\r\n;\r\n');
    expect(csvToWords(table, table.mapping)).toEqual({ ok: false, problems: [{ row: null, field: null, code: 'empty' }] });
  });

  it('says when no column is the lemma, and when the file is broken or empty', () => {
    const table = read('x,y\n');
    const none: CsvMapping = { lemma: null, gloss: 0, note: null, example: null, pos: null, gender: null, key: null };
    expect(csvToWords(table, none)).toEqual({ ok: false, problems: [{ row: null, field: 'lemma', code: 'noLemmaColumn' }] });
    expect(readCsv('a,"b\n')).toEqual({ ok: false, problems: [{ row: 1, field: null, code: 'unterminatedQuote' }] });
    expect(readCsv('\uFEFF\r\n')).toEqual({ ok: false, problems: [{ row: null, field: null, code: 'empty' }] });
  });

  it.each([
    ['spaces and line breaks', '   \n  \r\n'],
    ['tabs (a blank column to map)', '\uFEFF\t\n \t \n'],
    ['only separators', ' , ,\n,\n'],
    ['no-break spaces', '\u00a0\n'],
  ])('a file of nothing but whitespace (%s) is empty, as a list file with no words is', (_, text) => {
    expect(readCsv(text)).toEqual({ ok: false, problems: [{ row: null, field: null, code: 'empty' }] });
  });
});
