/**
 * Minimal CoNLL-U reader: sentences with their `# text`, and gold words with character offsets
 * rebuilt from that text (multiword tokens "1-2" take the span of their surface form).
 */

export interface GoldWord {
  form: string;
  lemma: string;
  upos: string;
  /** UTF-16 offsets into the sentence text; -1 when the form could not be found. */
  start: number;
  end: number;
}

export interface GoldSentence {
  id: string;
  text: string;
  words: GoldWord[];
  /** Words whose form could not be located in `text`. */
  unaligned: number;
}

export function parseConllu(source: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let id = '';
  let text: string | undefined;
  let lines: string[][] = [];
  const flush = () => {
    if (lines.length > 0) out.push(align(id, text ?? lines.filter((l) => !l[0].includes('-') && !l[0].includes('.')).map((l) => l[1]).join(' '), lines));
    id = '';
    text = undefined;
    lines = [];
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(line);
      if (m) {
        if (m[1] === 'sent_id') id = m[2];
        else text = m[2];
      }
      continue;
    }
    const cols = line.split('\t');
    if (cols.length >= 4) lines.push(cols);
  }
  flush();
  return out;
}

function align(id: string, text: string, lines: string[][]): GoldSentence {
  const words: GoldWord[] = [];
  let cursor = 0;
  let unaligned = 0;
  let mwtEnd = 0; // last word id covered by the current multiword token
  let mwtSpan: [number, number] = [-1, -1];
  for (const cols of lines) {
    const [idc, form, lemma, upos] = cols;
    if (idc.includes('.')) continue; // empty nodes
    const range = /^(\d+)-(\d+)$/.exec(idc);
    const locate = (f: string): [number, number] => {
      const at = text.indexOf(f, cursor);
      if (at < 0 || text.slice(cursor, at).trim() !== '') return [-1, -1];
      cursor = at + f.length;
      return [at, at + f.length];
    };
    if (range) {
      mwtEnd = Number(range[2]);
      mwtSpan = locate(form);
      if (mwtSpan[0] < 0) unaligned++;
      continue;
    }
    const n = Number(idc);
    let span: [number, number];
    if (n <= mwtEnd) span = mwtSpan;
    else {
      span = locate(form);
      if (span[0] < 0) unaligned++;
    }
    words.push({ form, lemma, upos, start: span[0], end: span[1] });
  }
  return { id, text, words, unaligned };
}
