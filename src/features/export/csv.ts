/**
 * RFC 4180 CSV, written with a UTF-8 byte-order mark so that Excel opens Icelandic letters
 * correctly, and read leniently (BOM, CRLF or LF, comma / semicolon / tab separated — Excel in an
 * Icelandic locale saves with semicolons).
 */

export const BOM = '\uFEFF';

export type Delimiter = ',' | ';' | '\t';

/**
 * A cell that starts with =, +, -, @, a tab or a CR is run as a formula by a spreadsheet opening the
 * file (CSV injection: a gloss "=HYPERLINK(…)" becomes a link that leaks data). Such a cell is
 * written with a leading single quote, which spreadsheets take as "this is text". A cell already
 * starting with quotes before one of those characters gets one more, so that `unneutraliseFormula`
 * gives back exactly what was written: a round trip through Lesa's CSV is lossless.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Takes off the quote `neutraliseFormula` added (and the one a spreadsheet user types before "="). */
export function unneutraliseFormula(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** Quotes a field when it holds the delimiter, a quote, CR or LF (RFC 4180 §2.6–2.7). */
export function quoteField(value: string, delimiter: Delimiter = ','): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows → CSV text: CRLF line ends, a final CRLF, a BOM unless `bom: false`, formula-like cells neutralised. */
export function encodeCsv(rows: readonly (readonly string[])[], opts: { bom?: boolean; delimiter?: Delimiter } = {}): string {
  const d = opts.delimiter ?? ',';
  const body = rows.map((r) => r.map((f) => quoteField(neutraliseFormula(f), d)).join(d)).join('\r\n');
  return (opts.bom === false ? '' : BOM) + body + (rows.length ? '\r\n' : '');
}

/** Picks the delimiter that splits the first line (outside quotes) into the most fields. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  const best = (Object.keys(counts) as Delimiter[]).sort((a, b) => counts[b] - counts[a])[0];
  return counts[best] > 0 ? best : ',';
}

export interface CsvParseError {
  /** 1-based line of the file where the problem is. */
  line: number;
  code: 'unterminatedQuote' | 'textAfterQuote';
}

export type CsvParseResult = { ok: true; rows: string[][]; delimiter: Delimiter } | { ok: false; error: CsvParseError };

/**
 * CSV text → rows of fields. Quoted fields may hold delimiters, doubled quotes and line breaks.
 * Blank lines are dropped; the quote written before a formula-like cell is taken off (see
 * `neutraliseFormula`). A quote left open, or text after a closing quote, is an error (with the
 * line it starts on) rather than a silently shifted table.
 */
export function parseCsv(input: string, delimiter?: Delimiter): CsvParseResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const d = delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  let fieldStarted = false;
  const endField = () => {
    row.push(unneutraliseFormula(field));
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && !fieldStarted && field === '') {
      // Quoted field.
      const startLine = line;
      i++;
      for (;;) {
        if (i >= text.length) return { ok: false, error: { line: startLine, code: 'unterminatedQuote' } };
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      fieldStarted = true;
      const next = text[i];
      if (next !== undefined && next !== d && next !== '\r' && next !== '\n') {
        return { ok: false, error: { line, code: 'textAfterQuote' } };
      }
      continue;
    }
    if (c === d) {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      field += c;
      fieldStarted = true;
      i++;
    }
  }
  if (fieldStarted || row.length > 0) endRow();
  return { ok: true, rows, delimiter: d };
}
