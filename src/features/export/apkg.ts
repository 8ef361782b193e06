import JSZip from 'jszip';
import type { SqlJsStatic } from 'sql.js';
import { ankiTag, cardFaces, escapeHtml } from './ankiCards';
import type { ExportWord, WordLabels } from './words';

/**
 * An Anki deck package (`.apkg`) written in the browser: a zip holding `collection.anki2` (an
 * SQLite database in Anki's schema version 11, the one every Anki version still imports) and an
 * empty `media` map. There is no maintained apkg writer without heavy dependencies, so the small
 * schema is written here on sql.js; table layout and collection JSON follow genanki (MIT).
 *
 * Ids are stable: the note type has a fixed id, the deck id and note guids derive from the deck
 * name and the lemma, so importing an updated list again updates the same notes.
 */

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
  odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

/** Fixed id of Lesa's note type, so that decks from Lesa share one note type in Anki. */
export const LESA_MODEL_ID = 1_718_000_000_001;

const CSS = `.card { font-family: system-ui, sans-serif; font-size: 24px; text-align: center; color: #1d1d1f; background: #fff; }
.gloss { font-size: 26px; }
.grammar { color: #5b5b66; font-size: 18px; }
.example { font-style: italic; font-size: 18px; margin-top: .6em; }
.note { font-size: 18px; margin-top: .6em; }`;

const DECK_CONF = {
  autoplay: true,
  id: 1,
  lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
  maxTaken: 60,
  mod: 0,
  name: 'Default',
  new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
  replayq: true,
  rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 100 },
  timer: 0,
  usn: 0,
};

const BASE91 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

async function digest(alg: 'SHA-1' | 'SHA-256', s: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(alg, new TextEncoder().encode(s)));
}

/** Anki-style note guid: first 8 bytes of SHA-256, in Anki's base-91 alphabet. */
export async function guidFor(...values: string[]): Promise<string> {
  const bytes = (await digest('SHA-256', values.join('__'))).slice(0, 8);
  let n = 0n;
  for (const b of bytes) n = (n << 8n) + BigInt(b);
  let out = '';
  while (n > 0n) {
    out = BASE91[Number(n % 91n)] + out;
    n /= 91n;
  }
  return out;
}

/** Anki's duplicate checksum: first 8 hex digits of SHA-1 of the (tag-free) sort field. */
export async function fieldChecksum(field: string): Promise<number> {
  const plain = field.replace(/<[^>]*>/g, '');
  const bytes = (await digest('SHA-1', plain)).slice(0, 4);
  return ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
}

/** A deck id in Anki's range, stable for a deck name. */
export async function deckIdFor(name: string): Promise<number> {
  const b = await digest('SHA-256', `lesa-deck:${name}`);
  // 1 << 30 .. 1 << 31 plus 40 bits of hash: a positive integer well inside JavaScript's safe range.
  let n = 0;
  for (let i = 0; i < 5; i++) n = n * 256 + b[i];
  return 2 ** 30 + n;
}

function backHtml(lines: { gloss: string; grammar: string; example: string; note: string }): string {
  const part = (cls: string, s: string) => (s ? `<div class="${cls}">${escapeHtml(s).replace(/\r?\n/g, '<br>')}</div>` : '');
  return part('gloss', lines.gloss) + part('grammar', lines.grammar) + part('example', lines.example) + part('note', lines.note);
}

export interface ApkgOptions {
  deck: string;
  labels: WordLabels;
  tag?: string;
  /** Milliseconds since the epoch (tests pass a fixed time). */
  now?: number;
}

/** Builds the `.apkg` bytes. `SQL` is an initialised sql.js (the caller loads its wasm). */
export async function buildApkg(SQL: SqlJsStatic, words: readonly ExportWord[], opts: ApkgOptions): Promise<Uint8Array> {
  const now = opts.now ?? Date.now();
  const nowSec = Math.floor(now / 1000);
  const deckId = await deckIdFor(opts.deck);
  const tag = ankiTag(opts.tag ?? 'lesa');
  const db = new SQL.Database();
  try {
    db.run(SCHEMA);
    const model = {
      css: CSS,
      did: deckId,
      flds: ['Front', 'Back'].map((name, ord) => ({ name, ord, font: 'Arial', media: [], rtl: false, size: 20, sticky: false })),
      id: String(LESA_MODEL_ID),
      latexPost: '\\end{document}',
      latexPre:
        '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
      mod: nowSec,
      name: 'Lesa (Basic)',
      req: [[0, 'all', [0]]],
      sortf: 0,
      tags: [],
      tmpls: [
        { name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}', bqfmt: '', bafmt: '', did: null },
      ],
      type: 0,
      usn: -1,
      vers: [],
    };
    const deck = (id: number, name: string) => ({
      collapsed: false,
      conf: 1,
      desc: '',
      dyn: 0,
      extendNew: 10,
      extendRev: 50,
      id,
      lrnToday: [0, 0],
      mod: nowSec,
      name,
      newToday: [0, 0],
      revToday: [0, 0],
      timeToday: [0, 0],
      usn: -1,
    });
    const conf = {
      activeDecks: [1],
      addToCur: true,
      collapseTime: 1200,
      curDeck: 1,
      curModel: String(LESA_MODEL_ID),
      dueCounts: true,
      estTimes: true,
      newBury: true,
      newSpread: 0,
      nextPos: words.length + 1,
      sortBackwards: false,
      sortType: 'noteFld',
      timeLim: 0,
    };
    const dayStart = Math.floor(nowSec / 86400) * 86400;
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      dayStart,
      now,
      now,
      JSON.stringify(conf),
      JSON.stringify({ [String(LESA_MODEL_ID)]: model }),
      JSON.stringify({ '1': deck(1, 'Default'), [String(deckId)]: deck(deckId, opts.deck) }),
      JSON.stringify({ '1': DECK_CONF }),
      '{}',
    ]);
    const insNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
    const insCard = db.prepare('INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)');
    try {
      let i = 0;
      for (const w of words) {
        const faces = cardFaces(w, opts.labels);
        const grammar = faces.back.find((l) => l.startsWith('(')) ?? '';
        const front = escapeHtml(faces.front);
        const back = backHtml({ gloss: w.gloss.trim(), grammar, example: w.example.trim(), note: w.note.trim() });
        const id = now + i;
        insNote.run([id, await guidFor(w.lemma, w.pos ?? ''), LESA_MODEL_ID, nowSec, ` ${tag} `, `${front}\x1f${back}`, front, await fieldChecksum(front), '']);
        insCard.run([id, id, deckId, nowSec, i + 1, '']);
        i++;
      }
    } finally {
      insNote.free();
      insCard.free();
    }
    const zip = new JSZip();
    zip.file('collection.anki2', db.export());
    zip.file('media', '{}');
    return await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  } finally {
    db.close();
  }
}
