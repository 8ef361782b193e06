import { BOM, detectDelimiter, encodeCsv, parseCsv } from './csv';

/** Cells a spreadsheet would run as a formula (CSV injection), and cells that only look like escaped ones. */
const FORMULAS = ['=HYPERLINK("http://x","click")', '+354 555 1234', '-ur (ending)', '@SUM(A1)', '\tTab first', '\rCR first', "'=already quoted", "''-two quotes", "'plain quote", 'a=b', ''];

const AWKWARD = [
  ['lemma', 'gloss'],
  ['þyrping', 'cluster, "crowd"'],
  ['æður', 'line one\nline two\r\nline three'],
  ['', 'empty first'],
  ['ÁÐÉÍÓÚÝÞÆÖ', ''],
];

describe('CSV', () => {
  it('writes RFC 4180: BOM, CRLF, quotes doubled, fields with commas, quotes and line breaks quoted', () => {
    const text = encodeCsv([
      ['a', 'b,c'],
      ['say "hi"', 'x\ny'],
    ]);
    expect(text).toBe(`${BOM}a,"b,c"\r\n"say ""hi""","x\ny"\r\n`);
    expect(Array.from(new TextEncoder().encode(text).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('reads back exactly what it wrote, Icelandic letters and all', () => {
    const parsed = parseCsv(encodeCsv(AWKWARD));
    expect(parsed).toEqual({ ok: true, rows: AWKWARD, delimiter: ',' });
  });

  it('neutralises cells a spreadsheet would run as formulas (=, +, -, @, tab, CR first) with a leading quote', () => {
    expect(encodeCsv([FORMULAS], { bom: false })).toBe(
      [`"'=HYPERLINK(""http://x"",""click"")"`, "'+354 555 1234", "'-ur (ending)", "'@SUM(A1)", "'\tTab first", `"'\rCR first"`, "''=already quoted", "'''-two quotes", "'plain quote", 'a=b', ''].join(',') + '\r\n',
    );
  });

  it('reads back exactly what it wrote: the quote added to a formula-like cell is taken off again', () => {
    for (const d of [',', ';', '\t'] as const) {
      expect(parseCsv(encodeCsv([FORMULAS, ['x', ...FORMULAS.slice(0, -1)]], { delimiter: d }))).toEqual({ ok: true, rows: [FORMULAS, ['x', ...FORMULAS.slice(0, -1)]], delimiter: d });
    }
  });

  it.each([
    { name: 'semicolons (Excel in Icelandic)', text: 'orð;þýðing\r\nhestur;horse\r\n', delimiter: ';' },
    { name: 'tabs', text: 'orð\tþýðing\nhestur\thorse', delimiter: '\t' },
    { name: 'commas, no final line break', text: 'orð,þýðing\nhestur,horse', delimiter: ',' },
  ])('detects $name', ({ text, delimiter }) => {
    expect(detectDelimiter(text)).toBe(delimiter);
    expect(parseCsv(text)).toEqual({ ok: true, rows: [['orð', 'þýðing'], ['hestur', 'horse']], delimiter });
  });

  it('drops blank lines and keeps empty fields', () => {
    expect(parseCsv('a,,c\n\n\n,b,\n')).toEqual({ ok: true, rows: [['a', '', 'c'], ['', 'b', '']], delimiter: ',' });
  });

  it('names the line of a quote left open, or of text after a closing quote', () => {
    expect(parseCsv('a,b\nc,"open\nstill open')).toEqual({ ok: false, error: { line: 2, code: 'unterminatedQuote' } });
    expect(parseCsv('a,b\n"x"y,z')).toEqual({ ok: false, error: { line: 2, code: 'textAfterQuote' } });
  });
});
