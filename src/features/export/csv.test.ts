import { BOM, detectDelimiter, encodeCsv, parseCsv } from './csv';

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
