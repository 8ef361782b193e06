import type { WordListEntry, WordListSource } from '../../db/types';
import { LIMITS, type ImportProblem, type ParseResult } from './problems';
import { isGender, isPartOfSpeech } from './words';

/**
 * `.lesa-list.json`: a word list as a file, to move it between devices without a server.
 *
 * {
 *   "format": "lesa-list", "version": 1, "name": "…", "exportedAt": "2025-…Z",
 *   "sources": [{ "title", "site", "author", "publishedAt" }],
 *   "entries": [{ "lemma", "display", "pos", "gender", "gloss", "note", "example", "count", "source"? }]
 * }
 *
 * `lemma` is the lemma key; `source` indexes `sources`. Local article ids are not written.
 */
export const LESA_LIST_FORMAT = 'lesa-list';
export const LESA_LIST_VERSION = 1;
export const LESA_LIST_EXTENSION = '.lesa-list.json';

export interface LesaList {
  name: string;
  sources: WordListSource[];
  entries: WordListEntry[];
}

export function serializeLesaList(list: LesaList, now = new Date()): string {
  const file = {
    format: LESA_LIST_FORMAT,
    version: LESA_LIST_VERSION,
    name: list.name,
    exportedAt: now.toISOString(),
    sources: list.sources.map((s) => ({ title: s.title, site: s.site, author: s.author, publishedAt: s.publishedAt })),
    entries: list.entries.map((e) => {
      const out: Record<string, unknown> = {
        lemma: e.lemma,
        display: e.display,
        pos: e.pos,
        gender: e.gender,
        gloss: e.gloss,
        note: e.note,
        example: e.example,
        count: e.count,
      };
      if (e.source !== undefined) out.source = e.source;
      return out;
    }),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads and checks a `.lesa-list.json` text. Every problem names its entry (row, 1-based) and field. */
export function parseLesaList(text: string): ParseResult<LesaList> {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return { ok: false, problems: [{ row: null, field: null, code: 'notJson' }] };
  }
  if (!isObject(data) || data.format !== LESA_LIST_FORMAT) {
    return { ok: false, problems: [{ row: null, field: 'format', code: 'notLesaList' }] };
  }
  if (data.version !== LESA_LIST_VERSION) {
    // Only a later version is "newer": a missing, older or malformed one is a damaged file.
    const newer = typeof data.version === 'number' && Number.isInteger(data.version) && data.version > LESA_LIST_VERSION;
    return { ok: false, problems: [{ row: null, field: 'version', code: newer ? 'unsupportedVersion' : 'invalidVersion' }] };
  }
  const problems: ImportProblem[] = [];
  const add = (p: ImportProblem) => {
    if (problems.length < LIMITS.problems) problems.push(p);
  };

  const text_ = (o: Record<string, unknown>, field: string, row: number | null, opts: { required?: boolean; max?: number } = {}) => {
    const v = o[field];
    if (v === undefined || v === null) {
      if (opts.required) add({ row, field, code: 'required' });
      return '';
    }
    if (typeof v !== 'string') {
      add({ row, field, code: 'notText' });
      return '';
    }
    if (opts.required && !v.trim()) add({ row, field, code: 'required' });
    if (v.length > (opts.max ?? LIMITS.text)) add({ row, field, code: 'tooLong' });
    return v.normalize('NFC');
  };
  const nullableText = (o: Record<string, unknown>, field: string, row: number | null) => {
    const v = o[field];
    if (v === undefined || v === null) return null;
    return text_(o, field, row);
  };

  const name = text_(data, 'name', null, { required: true, max: LIMITS.lemma });

  const sources: WordListSource[] = [];
  // When the sources themselves are refused, entries are not also blamed for naming them.
  let sourcesRead = true;
  if (data.sources !== undefined) {
    if (!Array.isArray(data.sources)) {
      add({ row: null, field: 'sources', code: 'notList' });
      sourcesRead = false;
    } else if (data.sources.length > LIMITS.sources) {
      add({ row: null, field: 'sources', code: 'tooManySources' });
      sourcesRead = false;
    } else
      data.sources.forEach((s) => {
        if (!isObject(s)) {
          add({ row: null, field: 'sources', code: 'invalidSource' });
          return;
        }
        sources.push({
          title: text_(s, 'title', null, { required: true }),
          site: nullableText(s, 'site', null),
          author: nullableText(s, 'author', null),
          publishedAt: nullableText(s, 'publishedAt', null),
        });
      });
  }

  const entries: WordListEntry[] = [];
  if (!Array.isArray(data.entries)) add({ row: null, field: 'entries', code: 'notList' });
  else if (data.entries.length === 0) add({ row: null, field: null, code: 'empty' });
  else if (data.entries.length > LIMITS.entries) add({ row: null, field: 'entries', code: 'tooMany' });
  else
    data.entries.forEach((e, i) => {
      const row = i + 1;
      if (!isObject(e)) {
        add({ row, field: null, code: 'required' });
        return;
      }
      const lemma = text_(e, 'lemma', row, { required: true, max: LIMITS.lemma });
      const display = e.display === undefined ? lemma : text_(e, 'display', row, { required: true, max: LIMITS.lemma });
      const pos = e.pos ?? null;
      if (pos !== null && !isPartOfSpeech(pos)) add({ row, field: 'pos', code: 'invalidPos' });
      const gender = e.gender ?? null;
      if (gender !== null && !isGender(gender)) add({ row, field: 'gender', code: 'invalidGender' });
      const count = e.count ?? 0;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) add({ row, field: 'count', code: 'notNumber' });
      const source = e.source;
      if (sourcesRead && source !== undefined && (typeof source !== 'number' || !Number.isInteger(source) || source < 0 || source >= sources.length)) {
        add({ row, field: 'source', code: 'invalidSource' });
      }
      const entry: WordListEntry = {
        lemma,
        display,
        pos: isPartOfSpeech(pos) ? pos : null,
        gender: isGender(gender) ? gender : null,
        gloss: text_(e, 'gloss', row),
        note: text_(e, 'note', row),
        example: text_(e, 'example', row),
        count: typeof count === 'number' ? count : 0,
      };
      if (typeof source === 'number') entry.source = source;
      entries.push(entry);
    });

  return problems.length ? { ok: false, problems } : { ok: true, value: { name, sources, entries } };
}
