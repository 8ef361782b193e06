import type Dexie from 'dexie';
import { decodeBytes } from '../lang/text-input';
import { decodeUtf8 } from '../lang/text-input/utf8';
import type { Table } from 'dexie';
import { splitBackupAnalyses } from './analysisParts';

/**
 * Whole-library backup and restore, generic over every table of the database (`db.tables`), so
 * that tables added by later schema versions are covered without changes here.
 *
 * File format (`.lesa-backup.json`, optionally gzip-compressed):
 *   { format: 'lesa-backup', version: 1, schemaVersion, createdAt, tables: { <name>: { rows, keys? } } }
 * Values are JSON with tagged objects (`{"$lesa": <tag>, …}`) for what JSON cannot hold (Date,
 * binary data, Map, Set, undefined, NaN/±Infinity/-0, BigInt, Blob), so that a round trip is
 * lossless. `keys` is present only for tables whose primary key is outbound (not in the row).
 *
 * Restore validates everything before it writes, and writes in ONE read-write transaction over all
 * tables: a failure (bad row, unique-key clash, quota) aborts it and leaves the data as it was.
 * Rows a file made by an older schema holds in another layout are brought to today's on reading
 * (v5: an analysis' dictionary entries have a table of their own; see analysisParts.ts).
 */

export const BACKUP_FORMAT = 'lesa-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_EXTENSION = '.lesa-backup.json';

export interface BackupTable {
  rows: unknown[];
  /** Primary keys, only for tables with outbound keys. */
  keys?: unknown[];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** `db.verno` of the database the backup was made from. */
  schemaVersion: number;
  /** ISO 8601 UTC. */
  createdAt: string;
  tables: Record<string, BackupTable>;
}

export type BackupProblem =
  /** Not JSON (or not gzip of JSON) at all. */
  | 'not-json'
  /** JSON, but not a Lesa backup (e.g. a word list file). */
  | 'not-backup'
  /** Made by a newer Lesa (file format or database schema): this version cannot read it safely. */
  | 'too-new'
  /** A Lesa backup whose contents are damaged (bad shape, bad keys, unknown tagged values). */
  | 'corrupt';

export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    readonly detail = '',
  ) {
    super(`backup: ${problem}${detail ? ` (${detail})` : ''}`);
    this.name = 'BackupError';
  }
}

export interface BackupSummary {
  createdAt: string;
  version: number;
  schemaVersion: number;
  /** Rows per table, in the database's table order; tables missing from the file count 0. */
  counts: Record<string, number>;
  total: number;
}

export type RestoreMode = 'replace' | 'merge';

export interface RestoreResult {
  mode: RestoreMode;
  /** Rows written per table. */
  written: Record<string, number>;
  /** Rows left out in a merge because the library already had them (same key or same content). */
  skipped: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------
// Lossless value encoding
// ---------------------------------------------------------------------------------------------

const TAG = '$lesa';
const DEPTH_LIMIT = 2000;
type Tagged = { [TAG]: string; v?: unknown; t?: string; f?: string };

const TYPED = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
} as const;
type TypedName = keyof typeof TYPED;

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64: unknown): Uint8Array<ArrayBuffer> {
  if (typeof b64 !== 'string') throw new BackupError('corrupt', 'binary value');
  let s: string;
  try {
    s = atob(b64);
  } catch {
    throw new BackupError('corrupt', 'binary value');
  }
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function defineOwn(o: Record<string, unknown>, k: string, v: unknown) {
  // A key "__proto__" from a file must stay data, never change the prototype.
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

/** Encodes one stored value as JSON-safe data. Blobs are read asynchronously into `pending`. */
function encode(v: unknown, pending: Promise<void>[], depth = 0): unknown {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      if (Number.isNaN(v)) return { [TAG]: 'num', v: 'NaN' };
      if (v === Infinity) return { [TAG]: 'num', v: 'Infinity' };
      if (v === -Infinity) return { [TAG]: 'num', v: '-Infinity' };
      if (Object.is(v, -0)) return { [TAG]: 'num', v: '-0' };
      return v;
    case 'undefined':
      return { [TAG]: 'undef' };
    case 'bigint':
      return { [TAG]: 'bigint', v: v.toString() };
    case 'object':
      break;
    default:
      // Functions and symbols cannot be stored in IndexedDB; they never reach here from a table.
      throw new BackupError('corrupt', `unsupported value: ${typeof v}`);
  }
  if (v === null) return null;
  // Structured clone allows cycles; JSON does not. A cycle ends here instead of overflowing the stack.
  if (depth > DEPTH_LIMIT) throw new BackupError('corrupt', 'value nested too deeply (or circular)');
  const d = depth + 1;
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) defineOwn(out, k, encode((v as Record<string, unknown>)[k], pending, d));
    return Object.prototype.hasOwnProperty.call(v, TAG) ? { [TAG]: 'obj', v: out } : out;
  }
  if (Array.isArray(v)) {
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = encode(v[i], pending, d);
    return out;
  }
  {
    // By tag rather than `instanceof`, so that values made in another realm are recognised too.
    const kind = Object.prototype.toString.call(v).slice(8, -1);
    if (kind === 'Date') return { [TAG]: 'date', v: encode((v as Date).getTime(), pending, d) };
    if (kind === 'ArrayBuffer') return { [TAG]: 'ab', v: toBase64(new Uint8Array(v as ArrayBuffer)) };
    if (ArrayBuffer.isView(v)) {
      const bytes = toBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
      const t = kind === 'DataView' ? 'DataView' : kind;
      return { [TAG]: 'ta', t, v: bytes };
    }
    if (kind === 'Map') return { [TAG]: 'map', v: [...(v as Map<unknown, unknown>)].map(([k, x]) => [encode(k, pending, d), encode(x, pending, d)]) };
    if (kind === 'Set') return { [TAG]: 'set', v: [...(v as Set<unknown>)].map((x) => encode(x, pending, d)) };
    if (kind === 'RegExp') return { [TAG]: 're', v: (v as RegExp).source, f: (v as RegExp).flags };
    if (kind === 'Blob' || kind === 'File') {
      const blob = v as Blob;
      const out: Tagged = { [TAG]: 'blob', t: blob.type, v: '' };
      pending.push(blob.arrayBuffer().then((b) => void (out.v = toBase64(new Uint8Array(b)))));
      return out;
    }
    // Other objects (e.g. from another realm): their own enumerable data, as structured clone keeps.
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) defineOwn(out, k, encode((v as Record<string, unknown>)[k], pending, d));
    return Object.prototype.hasOwnProperty.call(v, TAG) ? { [TAG]: 'obj', v: out } : out;
  }
}

/** Decodes a value from a backup file; anything unexpected is `corrupt`. */
function decode(v: unknown, depth = 0): unknown {
  if (depth > DEPTH_LIMIT) throw new BackupError('corrupt', 'nesting too deep');
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v !== 'object') throw new BackupError('corrupt', 'bad value');
  if (Array.isArray(v)) return v.map((x) => decode(x, depth + 1));
  const o = v as Record<string, unknown>;
  if (!Object.prototype.hasOwnProperty.call(o, TAG)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) defineOwn(out, k, decode(o[k], depth + 1));
    return out;
  }
  const t = o as Tagged;
  switch (t[TAG]) {
    case 'num':
      if (t.v === 'NaN') return NaN;
      if (t.v === 'Infinity') return Infinity;
      if (t.v === '-Infinity') return -Infinity;
      if (t.v === '-0') return -0;
      break;
    case 'undef':
      return undefined;
    case 'bigint':
      if (typeof t.v === 'string' && /^-?\d+$/.test(t.v)) return BigInt(t.v);
      break;
    case 'date': {
      const ms = decode(t.v, depth + 1);
      if (typeof ms === 'number') return new Date(ms);
      break;
    }
    case 'ab': {
      const b = fromBase64(t.v);
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
    }
    case 'ta': {
      const b = fromBase64(t.v);
      if (t.t === 'DataView') return new DataView(b.buffer);
      if (typeof t.t === 'string' && Object.prototype.hasOwnProperty.call(TYPED, t.t)) {
        const C = TYPED[t.t as TypedName];
        if (b.byteLength % C.BYTES_PER_ELEMENT !== 0) break;
        return new (C as unknown as new (b: ArrayBuffer, o: number, n: number) => unknown)(b.buffer, 0, b.byteLength / C.BYTES_PER_ELEMENT);
      }
      break;
    }
    case 'map':
      if (Array.isArray(t.v) && t.v.every((e) => Array.isArray(e) && e.length === 2)) {
        return new Map((t.v as [unknown, unknown][]).map(([k, x]) => [decode(k, depth + 1), decode(x, depth + 1)]));
      }
      break;
    case 'set':
      if (Array.isArray(t.v)) return new Set(t.v.map((x) => decode(x, depth + 1)));
      break;
    case 're':
      if (typeof t.v === 'string' && typeof t.f === 'string') {
        try {
          return new RegExp(t.v, t.f);
        } catch {
          break;
        }
      }
      break;
    case 'blob':
      return new Blob([fromBase64(t.v) as BlobPart], { type: typeof t.t === 'string' ? t.t : '' });
    case 'obj':
      if (t.v && typeof t.v === 'object' && !Array.isArray(t.v)) {
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(t.v)) defineOwn(out, k, decode((t.v as Record<string, unknown>)[k], depth + 1));
        return out;
      }
      break;
  }
  throw new BackupError('corrupt', `bad tagged value ${String(t[TAG]).slice(0, 20)}`);
}

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

function isOutbound(table: Table): boolean {
  return table.schema.primKey.keyPath == null;
}

/** Reads every table in one read-only transaction (a consistent snapshot) and encodes it. */
export async function createBackup(db: Dexie, now: Date = new Date()): Promise<BackupFile> {
  const snapshot: Record<string, { rows: unknown[]; keys?: unknown[] }> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) {
      const rows = await table.toArray();
      snapshot[table.name] = isOutbound(table) ? { rows, keys: await table.toCollection().primaryKeys() } : { rows };
    }
  });
  const pending: Promise<void>[] = [];
  const tables: Record<string, BackupTable> = {};
  for (const [name, t] of Object.entries(snapshot)) {
    tables[name] = { rows: t.rows.map((r) => encode(r, pending)) };
    if (t.keys) tables[name].keys = t.keys.map((k) => encode(k, pending));
  }
  await Promise.all(pending);
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: db.verno, createdAt: now.toISOString(), tables };
}

export function serializeBackup(backup: BackupFile): string {
  return JSON.stringify(backup);
}

/** The backup as file bytes: gzip when the platform has CompressionStream and `gzip` is asked. */
export async function backupBytes(backup: BackupFile, opts: { gzip?: boolean } = {}): Promise<Uint8Array> {
  const json = new TextEncoder().encode(serializeBackup(backup));
  if (!opts.gzip || typeof CompressionStream === 'undefined') return json;
  return pipeBytes(json, new CompressionStream('gzip') as never);
}

async function pipeBytes(bytes: Uint8Array, through: { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> }): Promise<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(bytes);
      c.close();
    },
  });
  return new Uint8Array(await new Response(source.pipeThrough(through)).arrayBuffer());
}

export function backupFileName(now: Date = new Date(), gzip = false): string {
  return `lesa-${now.toISOString().slice(0, 10)}${BACKUP_EXTENSION}${gzip ? '.gz' : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Reading and validating a file
// ---------------------------------------------------------------------------------------------

/** Parsed and validated: values decoded, keys checked against the database's schema. */
export interface ParsedBackup {
  summary: BackupSummary;
  /** Decoded rows per table (only tables that exist in the database). */
  tables: Record<string, { rows: unknown[]; keys?: unknown[] }>;
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  if (typeof DecompressionStream === 'undefined') throw new BackupError('not-json', 'gzip not supported here');
  try {
    return await pipeBytes(bytes, new DecompressionStream('gzip') as never);
  } catch {
    throw new BackupError('corrupt', 'broken gzip');
  }
}

/** File bytes (JSON or gzip of JSON) or text, to the raw JSON value. */
export async function readBackupJson(input: Uint8Array | string): Promise<unknown> {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const bytes = input[0] === 0x1f && input[1] === 0x8b ? await gunzip(input) : input;
    // A backup re-saved by a text editor as UTF-16 ("Unicode", with or without a byte-order
    // mark) reads as well; anything else must be UTF-8, as Lesa writes it.
    const utf16 = bytes.includes(0) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? decodeBytes(bytes, { maxChars: Number.MAX_SAFE_INTEGER }) : undefined;
    const decoded = utf16?.ok && utf16.encoding.startsWith('utf-16') ? utf16.text : decodeUtf8(bytes);
    if (decoded === null) throw new BackupError('not-json', 'not UTF-8 text');
    text = decoded;
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new BackupError(/^\s*\{\s*"format"\s*:\s*"lesa-backup"/.test(text) ? 'corrupt' : 'not-json', 'invalid JSON');
  }
}

function isValidKey(k: unknown, depth = 0): boolean {
  if (typeof k === 'number') return !Number.isNaN(k);
  if (typeof k === 'string') return true;
  if (k instanceof Date) return !Number.isNaN(k.getTime());
  if (k instanceof ArrayBuffer || ArrayBuffer.isView(k)) return true;
  if (Array.isArray(k)) return depth < 10 && k.every((x) => isValidKey(x, depth + 1));
  return false;
}

function getPath(row: unknown, path: string): unknown {
  let cur = row;
  for (const p of path.split('.')) {
    if (!cur || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, p)) return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

function primaryKeyOf(table: Table, row: unknown): unknown {
  const kp = table.schema.primKey.keyPath;
  if (kp == null) return undefined;
  return Array.isArray(kp) ? kp.map((p) => getPath(row, p)) : getPath(row, kp);
}

const isStr = (x: unknown) => typeof x === 'string';
const isNum = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/**
 * The least a row of a known table must have to be usable by the app (tables added later without
 * an entry here are checked for their keys only).
 */
const ROW_SHAPES: Record<string, (r: Record<string, unknown>) => boolean> = {
  articles: (r) => isStr(r.title) && isStr(r.text) && isStr(r.contentHash) && isNum(r.createdAt),
  analyses: (r) => isNum(r.articleId) && isObj(r.analysis) && Array.isArray(r.analysis.tokens),
  analysisEntries: (r) => isNum(r.articleId) && isObj(r.entries),
  words: (r) => isStr(r.lemma) && ['new', 'learning', 'known', 'ignored'].includes(r.status as string),
  settings: (r) => isStr(r.key),
  lists: (r) => isStr(r.name) && Array.isArray(r.entries) && Array.isArray(r.sources),
  statusLog: (r) => isStr(r.lemma) && isNum(r.at),
  cards: (r) => isStr(r.lemma) && isNum(r.due),
  reviews: (r) => isNum(r.cardId) && isNum(r.at),
};

/**
 * Validates a raw JSON value against the format and the database's schema and decodes it.
 * Throws `BackupError` with the problem to tell the user; nothing is written.
 */
export function parseBackup(db: Dexie, raw: unknown): ParsedBackup {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new BackupError('not-backup');
  const o = raw as Record<string, unknown>;
  if (o.format !== BACKUP_FORMAT) throw new BackupError('not-backup');
  if (typeof o.version !== 'number' || !Number.isInteger(o.version) || o.version < 1) throw new BackupError('corrupt', 'version');
  if (o.version > BACKUP_VERSION) throw new BackupError('too-new', `file format ${o.version}`);
  if (typeof o.schemaVersion !== 'number' || !(o.schemaVersion > 0)) throw new BackupError('corrupt', 'schemaVersion');
  if (o.schemaVersion > db.verno) throw new BackupError('too-new', `schema ${o.schemaVersion}`);
  if (typeof o.createdAt !== 'string' || Number.isNaN(Date.parse(o.createdAt))) throw new BackupError('corrupt', 'createdAt');
  if (!o.tables || typeof o.tables !== 'object' || Array.isArray(o.tables)) throw new BackupError('corrupt', 'tables');
  const rawTables = o.tables as Record<string, unknown>;
  const known = new Map(db.tables.map((t) => [t.name, t]));
  for (const name of Object.keys(rawTables)) {
    // A table this version does not know, from a backup that claims a schema it does know: damaged.
    if (!known.has(name)) throw new BackupError('corrupt', `unknown table ${name.slice(0, 40)}`);
  }
  const tables: ParsedBackup['tables'] = {};
  const counts: Record<string, number> = {};
  let total = 0;
  for (const table of db.tables) {
    counts[table.name] = 0;
    if (!Object.prototype.hasOwnProperty.call(rawTables, table.name)) continue;
    const t = rawTables[table.name] as Record<string, unknown> | null;
    if (!t || typeof t !== 'object' || !Array.isArray(t.rows)) throw new BackupError('corrupt', `table ${table.name}`);
    const rows = t.rows.map((r) => decode(r));
    const outbound = isOutbound(table);
    let keys: unknown[] | undefined;
    if (outbound) {
      if (!Array.isArray(t.keys) || t.keys.length !== rows.length) throw new BackupError('corrupt', `keys of ${table.name}`);
      keys = t.keys.map((k) => decode(k));
      if (!keys.every((k) => isValidKey(k))) throw new BackupError('corrupt', `key in ${table.name}`);
    } else {
      const auto = table.schema.primKey.auto;
      for (const row of rows) {
        if (!row || typeof row !== 'object' || Array.isArray(row)) throw new BackupError('corrupt', `row in ${table.name}`);
        const key = primaryKeyOf(table, row);
        const ok = auto ? key === undefined || (typeof key === 'number' && Number.isInteger(key) && key > 0) : isValidKey(key);
        if (!ok) throw new BackupError('corrupt', `key in ${table.name}`);
        const shape = ROW_SHAPES[table.name];
        if (shape && !shape(row as Record<string, unknown>)) throw new BackupError('corrupt', `row in ${table.name}`);
      }
    }
    tables[table.name] = keys ? { rows, keys } : { rows };
  }
  // Rows as an older schema stored them, in today's tables (backups of every version stay restorable).
  if (known.has('analysisEntries')) splitBackupAnalyses(tables);
  for (const [name, t] of Object.entries(tables)) {
    counts[name] = t.rows.length;
    total += t.rows.length;
  }
  return { summary: { createdAt: o.createdAt, version: o.version, schemaVersion: o.schemaVersion, counts, total }, tables };
}

/** Reads, validates and decodes a backup file in one step. */
export async function readBackup(db: Dexie, input: Uint8Array | string): Promise<ParsedBackup> {
  return parseBackup(db, await readBackupJson(input));
}

// ---------------------------------------------------------------------------------------------
// Restore
// ---------------------------------------------------------------------------------------------

/**
 * Auto-increment tables whose rows are the same thing when these fields are equal, although the
 * schema has no unique index for them: a word has one review card of a kind. In a merge, the
 * library's own card is kept and the backup's review log is attached to it.
 */
const MERGE_KEYS: Record<string, string[]> = {
  cards: ['lemma', 'kind'],
};

/** A canonical string for a value (object keys sorted), to find rows with the same content. */
export function fingerprint(v: unknown): string {
  return JSON.stringify(encode(v, []), (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );
}

/** `articleId` → `articles`, `cardId` → `cards`: fields that point at an auto-increment table. */
function referencedTable(field: string, autoTables: Set<string>): string | undefined {
  const m = /^(.+)Id$/.exec(field);
  if (!m) return undefined;
  const name = `${m[1]}s`;
  return autoTables.has(name) ? name : undefined;
}

/** Rewrites references (`<thing>Id` fields at any depth) with the ids given in a merge. */
function remapRefs(v: unknown, idMaps: Map<string, Map<number, number>>, autoTables: Set<string>, depth = 0): unknown {
  if (depth > DEPTH_LIMIT || !v || typeof v !== 'object' || v instanceof Date || ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return v;
  if (Array.isArray(v)) return v.map((x) => remapRefs(x, idMaps, autoTables, depth + 1));
  if (v instanceof Map || v instanceof Set || (typeof Blob !== 'undefined' && v instanceof Blob)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const target = referencedTable(k, autoTables);
    const mapped = target && typeof x === 'number' ? idMaps.get(target)?.get(x) : undefined;
    defineOwn(out, k, mapped ?? remapRefs(x, idMaps, autoTables, depth + 1));
  }
  return out;
}

function referencedTables(rows: unknown[], autoTables: Set<string>, self: string): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, depth: number) => {
    if (depth > 8 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 50)) walk(x, depth + 1);
      return;
    }
    for (const [k, x] of Object.entries(v)) {
      const target = referencedTable(k, autoTables);
      if (target && target !== self) out.add(target);
      else walk(x, depth + 1);
    }
  };
  for (const r of rows.slice(0, 200)) walk(r, 0);
  return out;
}

function newer(a: unknown, b: unknown): boolean {
  const ua = getPath(a, 'updatedAt');
  const ub = getPath(b, 'updatedAt');
  const n = (x: unknown) => (x instanceof Date ? x.getTime() : typeof x === 'number' ? x : NaN);
  return n(ua) > n(ub);
}

/**
 * Writes a parsed backup in ONE transaction over all tables.
 *
 * - `replace`: every table is cleared, then the backup's rows are added with their own keys.
 * - `merge`: the library keeps what it has and gains what it lacks. Rows with a natural key
 *   (words by lemma, settings by key…) are added when missing and replace the library's row only
 *   when their `updatedAt` is newer. Rows of auto-increment tables (articles, lists, reviews…) get
 *   new ids unless the library already has the same row (same unique index value, e.g. an article's
 *   content hash, or the same content); fields named `<thing>Id` that point at such a table
 *   (`articleId` → articles) are rewritten to the new ids.
 */
export async function restoreBackup(db: Dexie, parsed: ParsedBackup, mode: RestoreMode): Promise<RestoreResult> {
  const written: Record<string, number> = {};
  const skipped: Record<string, number> = {};
  for (const t of db.tables) {
    written[t.name] = 0;
    skipped[t.name] = 0;
  }
  await db.transaction('rw', db.tables, async () => {
    await writeRestore();
  }).catch((e: unknown) => {
    // Two rows with the same unique value (e.g. the same article twice) cannot come from a sound
    // backup: say the file is damaged. Full disks and other storage failures pass through as they are.
    if (isConstraintError(e)) throw new BackupError('corrupt', 'duplicate unique value');
    throw e;
  });
  return { mode, written, skipped };

  async function writeRestore() {
    if (mode === 'replace') {
      for (const table of db.tables) await table.clear();
      for (const table of db.tables) {
        const t = parsed.tables[table.name];
        if (!t || t.rows.length === 0) continue;
        if (t.keys) await table.bulkAdd(t.rows, t.keys as never);
        else await table.bulkAdd(t.rows);
        written[table.name] = t.rows.length;
      }
      return;
    }
    // merge
    const autoTables = new Set(db.tables.filter((t) => t.schema.primKey.auto).map((t) => t.name));
    const idMaps = new Map<string, Map<number, number>>();
    // Auto-increment tables first, referenced ones before those that point at them.
    const order: Table[] = [];
    const pending = db.tables.filter((t) => autoTables.has(t.name));
    const deps = new Map(pending.map((t) => [t.name, referencedTables(parsed.tables[t.name]?.rows ?? [], autoTables, t.name)]));
    while (pending.length) {
      const i = Math.max(
        0,
        pending.findIndex((t) => [...(deps.get(t.name) ?? [])].every((d) => order.some((o) => o.name === d) || !pending.some((p) => p.name === d))),
      );
      order.push(...pending.splice(i, 1));
    }
    order.push(...db.tables.filter((t) => !autoTables.has(t.name)));

    for (const table of order) {
      const t = parsed.tables[table.name];
      if (!t || t.rows.length === 0) continue;
      const keyPath = table.schema.primKey.keyPath;
      if (table.schema.primKey.auto && typeof keyPath === 'string') {
        const map = new Map<number, number>();
        idMaps.set(table.name, map);
        const rows = t.rows.map((raw) => remapRefs(raw, idMaps, autoTables) as Record<string, unknown>);
        const withoutKey = (r: Record<string, unknown>) => {
          const copy = { ...r };
          delete copy[keyPath];
          return copy;
        };
        // What the library already has: by unique index (e.g. an article's content hash) or, for
        // tables without one, by the whole row's content.
        const uniques = table.schema.indexes.filter((ix) => ix.unique && typeof ix.keyPath === 'string');
        const have = new Map<string, Record<string, unknown>>();
        const probes: ((r: Record<string, unknown>) => string | undefined)[] = [];
        const natural = MERGE_KEYS[table.name];
        if (natural) {
          const probe = (r: Record<string, unknown>) => fingerprint(natural.map((f) => getPath(r, f)));
          probes.push(probe);
          for (const e of (await table.toArray()) as Record<string, unknown>[]) have.set(probe(e), e);
        } else if (uniques.length) {
          for (const ix of uniques) {
            const values = rows.map((r) => getPath(r, ix.keyPath as string)).filter((v) => v !== undefined && isValidKey(v));
            const probe = (r: Record<string, unknown>) => {
              const v = getPath(r, ix.keyPath as string);
              return v === undefined ? undefined : `${ix.name}:${fingerprint(v)}`;
            };
            probes.push(probe);
            const found = values.length ? await table.where(ix.name).anyOf(values as string[]).toArray() : [];
            for (const e of found as Record<string, unknown>[]) have.set(probe(e)!, e);
          }
        } else {
          const probe = (r: Record<string, unknown>) => fingerprint(withoutKey(r));
          probes.push(probe);
          for (const e of (await table.toArray()) as Record<string, unknown>[]) have.set(probe(e), e);
        }
        const toAdd: Record<string, unknown>[] = [];
        const oldIds: (number | undefined)[] = [];
        for (const row of rows) {
          const oldId = row[keyPath] as number | undefined;
          let found: Record<string, unknown> | undefined;
          for (const probe of probes) {
            const fp = probe(row);
            if (fp !== undefined) found ??= have.get(fp);
          }
          if (found) {
            if (oldId !== undefined) map.set(oldId, found[keyPath] as number);
            skipped[table.name]++;
          } else {
            toAdd.push(withoutKey(row));
            oldIds.push(oldId);
          }
        }
        if (toAdd.length) {
          const ids = (await table.bulkAdd(toAdd, { allKeys: true })) as number[];
          ids.forEach((id, i) => oldIds[i] !== undefined && map.set(oldIds[i]!, id));
          written[table.name] += toAdd.length;
        }
        continue;
      }
      const rows = t.rows.map((raw) => remapRefs(raw, idMaps, autoTables));
      const keys = t.keys ?? rows.map((r) => primaryKeyOf(table, r));
      const mine = await table.bulkGet(keys as string[]);
      const putRows: unknown[] = [];
      const putKeys: unknown[] = [];
      rows.forEach((row, i) => {
        if (mine[i] === undefined || newer(row, mine[i])) {
          putRows.push(row);
          putKeys.push(keys[i]);
        } else skipped[table.name]++;
      });
      if (putRows.length) {
        if (t.keys) await table.bulkPut(putRows, putKeys as never);
        else await table.bulkPut(putRows);
        written[table.name] += putRows.length;
      }
    }
  }
}

function isConstraintError(e: unknown): boolean {
  const o = e as { name?: string; failures?: unknown[]; inner?: unknown } | null;
  if (!o) return false;
  if (o.name === 'ConstraintError') return true;
  if (Array.isArray(o.failures) && o.failures.some(isConstraintError)) return true;
  return o.inner ? isConstraintError(o.inner) : false;
}
