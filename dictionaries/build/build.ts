/**
 * Builds Lesa's bundled Icelandic–English dictionary artifact `dictionaries/lesa-dict.json`.
 *
 *   node --import tsx dictionaries/build/build.ts [--out <file>] [--supplement <tsv>]
 *        [--bidix <isl-eng.autobil.bin>] [--freedict <dir/prefix>] [--sources-md <file>]
 *
 * Sources (Debian packages; Apertium GPL-3, FreeDict GPL-3+):
 *  - apertium-isl-eng: the bilingual transducer, dumped with `lt-print` (lttoolbox);
 *  - dict-freedict-isl-eng: the dictd files (index + gzip'd dict);
 *  - dictionaries/supplement.tsv: Lesa's reviewed supplement.
 *
 * The output is deterministic: everything is sorted, no timestamps, and `version` is a content hash.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Gender, GlossSource, PartOfSpeech } from '../../src/lang/types.ts';
import {
  ARTIFACT_FORMAT,
  POS_LIST,
  SOURCE_CODES,
  type ArtifactEntryRow,
  type DictArtifact,
} from '../../src/lang/dictionary/format.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const DICT_DIR = resolve(here, '..');
export const DEFAULT_BIDIX = '/usr/share/apertium/apertium-isl-eng/isl-eng.autobil.bin';
export const DEFAULT_FREEDICT = '/usr/share/dictd/freedict-isl-eng';

// ---------------------------------------------------------------------------------------------
// Apertium: lt-print dump → paths
// ---------------------------------------------------------------------------------------------

export interface BidixPair {
  /** Source side: lemma text (may contain spaces for multi-word entries). */
  srcLemma: string;
  /** Lexical-variant number (`api:1` → 1); 0 for the default translation. */
  variant: number;
  srcTags: string[];
  trgLemma: string;
  trgTags: string[];
}

const EPSILON = 'ε';

/**
 * Parses `lt-print` output (ATT-like: `from\tto\tin\tout\tweight`, final states `state\tweight`,
 * sections separated by `--`) and enumerates every accepting path of every section. States on a
 * cycle (regular-expression entries that copy arbitrary characters) are skipped: they are not
 * dictionary entries.
 */
export function parseLtPrint(text: string): Array<{ input: string[]; output: string[] }> {
  const results: Array<{ input: string[]; output: string[] }> = [];
  for (const section of text.split(/^--$/m)) {
    const arcs = new Map<number, Array<[number, string, string]>>();
    const finals = new Set<number>();
    for (const line of section.split('\n')) {
      if (!line) continue;
      const f = line.split('\t');
      if (f.length >= 4 && /^\d+$/.test(f[0]) && /^\d+$/.test(f[1])) {
        const from = Number(f[0]);
        let list = arcs.get(from);
        if (!list) arcs.set(from, (list = []));
        list.push([Number(f[1]), f[2], f[3]]);
      } else if (/^\d+$/.test(f[0])) {
        finals.add(Number(f[0]));
      }
    }
    if (arcs.size === 0 && finals.size === 0) continue;
    const cyclic = cyclicStates(arcs);
    // Iterative DFS (paths can be long); symbols are pushed/popped on shared stacks.
    const inSyms: string[] = [];
    const outSyms: string[] = [];
    const walk = (state: number): void => {
      if (cyclic.has(state)) return;
      if (finals.has(state)) results.push({ input: inSyms.slice(), output: outSyms.slice() });
      for (const [to, a, b] of arcs.get(state) ?? []) {
        const pa = a !== EPSILON;
        const pb = b !== EPSILON;
        if (pa) inSyms.push(a);
        if (pb) outSyms.push(b);
        walk(to);
        if (pa) inSyms.pop();
        if (pb) outSyms.pop();
      }
    };
    walk(0);
  }
  return results;
}

/** States that lie on a cycle (Tarjan's SCC, iterative). */
function cyclicStates(arcs: Map<number, Array<[number, string, string]>>): Set<number> {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const cyclic = new Set<number>();
  let counter = 0;
  const states = new Set<number>([0, ...arcs.keys()]);
  for (const root of states) {
    if (index.has(root)) continue;
    const work: Array<[number, number]> = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const top = work[work.length - 1];
      const v = top[0];
      const out = arcs.get(v) ?? [];
      if (top[1] < out.length) {
        const w = out[top[1]++][0];
        if (w === v) cyclic.add(v);
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v)!, index.get(w)!));
        }
      } else {
        work.pop();
        if (work.length) {
          const p = work[work.length - 1][0];
          low.set(p, Math.min(low.get(p)!, low.get(v)!));
        }
        if (low.get(v) === index.get(v)) {
          const comp: number[] = [];
          let w: number;
          do {
            w = stack.pop()!;
            onStack.delete(w);
            comp.push(w);
          } while (w !== v);
          if (comp.length > 1) for (const c of comp) cyclic.add(c);
        }
      }
    }
  }
  return cyclic;
}

/** Splits a symbol sequence into lemma text (blanks → space, `#` group marks dropped) and tags. */
function splitSymbols(syms: string[]): { text: string; tags: string[] } {
  let text = '';
  const tags: string[] = [];
  for (const s of syms) {
    if (s.length > 2 && s.startsWith('<') && s.endsWith('>')) tags.push(s.slice(1, -1));
    else if (s === '#') continue;
    else text += s;
  }
  return { text: text.replace(/\s+/g, ' ').trim(), tags };
}

export function bidixPairs(ltPrintText: string): BidixPair[] {
  const pairs: BidixPair[] = [];
  for (const { input, output } of parseLtPrint(ltPrintText)) {
    const src = splitSymbols(input);
    const trg = splitSymbols(output);
    let srcLemma = src.text;
    let variant = 0;
    const m = /^(.*?):(\d+)$/.exec(srcLemma);
    if (m) {
      srcLemma = m[1];
      variant = Number(m[2]);
    }
    if (!srcLemma || !trg.text) continue;
    pairs.push({ srcLemma, variant, srcTags: src.tags, trgLemma: trg.text, trgTags: trg.tags });
  }
  return pairs;
}

const PUNCT_TAGS = new Set(['sent', 'cm', 'guio', 'lpar', 'rpar', 'lquot', 'rquot', 'apos', 'punct']);

/** Maps Apertium tags (source side; target side as a fallback) to a part of speech. */
export function apertiumPos(tags: string[]): PartOfSpeech | null {
  for (const t of tags) {
    switch (t) {
      case 'n':
        return 'noun';
      case 'np':
        return 'proper-noun';
      case 'vblex':
      case 'vbser':
      case 'vbhaver':
      case 'vbmod':
      case 'vaux':
        return 'verb';
      case 'adj':
        return 'adjective';
      case 'adv':
      case 'preadv':
        return 'adverb';
      case 'pr':
        return 'preposition';
      case 'prn':
      case 'rel':
        return 'pronoun';
      case 'det':
        return tags.includes('def') ? 'article' : 'pronoun';
      case 'num':
        return 'numeral';
      case 'cnjcoo':
      case 'cnjsub':
      case 'cnjadv':
        return 'conjunction';
      case 'ij':
        return 'interjection';
      case 'inf':
        return 'infinitive-marker';
      case 'abbr':
      case 'acr':
        return 'abbreviation';
      default:
        if (PUNCT_TAGS.has(t)) return null;
    }
  }
  return tags.some((t) => PUNCT_TAGS.has(t)) ? null : 'other';
}

export function apertiumGender(tags: string[]): Gender | undefined {
  if (tags.includes('m')) return 'm';
  if (tags.includes('f')) return 'f';
  if (tags.includes('nt')) return 'n';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// FreeDict (dictd)
// ---------------------------------------------------------------------------------------------

export interface FreeDictEntry {
  headword: string;
  ipa?: string;
  pos?: 'n' | 'v' | 'a';
  glosses: string[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeB64Number(s: string): number {
  let n = 0;
  for (const c of s) {
    const v = B64.indexOf(c);
    if (v < 0) throw new Error(`bad dictd base64 number: ${s}`);
    n = n * 64 + v;
  }
  return n;
}

/** espeak-style devoicing marks (`n#`) → IPA combining ring below (n̥). */
function cleanIpa(ipa: string): string {
  return ipa.replace(/#/g, '\u0325').trim();
}

export function readFreeDict(prefix: string): FreeDictEntry[] {
  const dict = gunzipSync(readFileSync(`${prefix}.dict.dz`));
  const index = readFileSync(`${prefix}.index`, 'utf8');
  const out: FreeDictEntry[] = [];
  for (const line of index.split('\n')) {
    if (!line) continue;
    const [head, off, len] = line.split('\t');
    if (!head || head.startsWith('00database') || off === undefined || len === undefined) continue;
    const start = decodeB64Number(off);
    const body = dict.subarray(start, start + decodeB64Number(len)).toString('utf8');
    const lines = body.split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length < 2) continue;
    const m = /^(.*?)\s+\/(.*)\/(?:\s+<(\w+)>)?$/.exec(lines[0]);
    const headword = (m ? m[1] : lines[0]).trim();
    const ipa = m && m[2] ? cleanIpa(m[2]) : undefined;
    const posTag = m?.[3];
    const glosses: string[] = [];
    for (const l of lines.slice(1)) for (const g of l.split(/[,;]/)) if (g.trim()) glosses.push(g.trim());
    out.push({
      headword,
      ipa,
      pos: posTag === 'n' || posTag === 'v' || posTag === 'a' ? posTag : undefined,
      glosses,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Supplement
// ---------------------------------------------------------------------------------------------

export interface SupplementRow {
  line: number;
  lemma: string;
  pos: PartOfSpeech;
  gender?: Gender;
  glosses: string[];
  note: string;
}

export function parseSupplement(text: string): SupplementRow[] {
  const rows: SupplementRow[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const cols = line.split('\t');
    if (cols[0] === 'lemma' && cols[1] === 'pos') return; // header
    if (cols.length < 4) throw new Error(`supplement.tsv:${i + 1}: expected ≥4 tab-separated columns`);
    const [lemma, pos, gender, glossCol, note = ''] = cols;
    if (!(POS_LIST as readonly string[]).includes(pos))
      throw new Error(`supplement.tsv:${i + 1}: unknown part of speech "${pos}"`);
    if (gender && gender !== 'm' && gender !== 'f' && gender !== 'n')
      throw new Error(`supplement.tsv:${i + 1}: bad gender "${gender}"`);
    const glosses = glossCol.split(' | ').map((g) => g.trim()).filter(Boolean);
    if (!lemma.trim() || glosses.length === 0) throw new Error(`supplement.tsv:${i + 1}: empty lemma or glosses`);
    rows.push({
      line: i + 1,
      lemma: lemma.trim(),
      pos: pos as PartOfSpeech,
      gender: (gender || undefined) as Gender | undefined,
      glosses,
      note: note.trim(),
    });
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Merge
// ---------------------------------------------------------------------------------------------

interface WorkSense {
  gloss: string;
  source: GlossSource;
  /** Sort key within the source (Apertium variant number, then discovery order). */
  rank: number;
  /** Listed first: a supplement row marked "lead:" puts its senses before the sources'. */
  lead?: boolean;
  /** The word forms this sense belongs to (a supplement row's "forms:" note). */
  forms?: string[];
  /** Cue lemmas that make this sense the likely one in a sentence (a "cues:" note). */
  cues?: string[];
}
interface WorkEntry {
  key: string;
  lemma: string;
  lemmaSource: GlossSource;
  pos: PartOfSpeech;
  gender?: Gender;
  ipa?: string;
  senses: WorkSense[];
}

const SOURCE_ORDER: Record<GlossSource, number> = { apertium: 0, freedict: 1, lesa: 2, user: 3 };

export interface BuildInputs {
  ltPrintText: string;
  freedict: FreeDictEntry[];
  supplement: SupplementRow[];
  sources: Record<string, string>;
}

export interface BuildStats {
  entries: number;
  entriesBySource: Record<string, number>;
  sensesBySource: Record<string, number>;
  phrases: number;
  droppedApertium: number;
}

export function buildArtifact(inputs: BuildInputs): { artifact: DictArtifact; json: string; stats: BuildStats } {
  const entries = new Map<string, WorkEntry>();
  const byKey = new Map<string, WorkEntry[]>();
  const entryId = (key: string, pos: PartOfSpeech, gender?: Gender) => `${key}\u0000${pos}\u0000${gender ?? ''}`;
  const getEntry = (lemma: string, pos: PartOfSpeech, gender: Gender | undefined, src: GlossSource): WorkEntry => {
    const key = lemma.toLowerCase();
    const id = entryId(key, pos, gender);
    let e = entries.get(id);
    if (!e) {
      e = { key, lemma, lemmaSource: src, pos, gender, senses: [] };
      entries.set(id, e);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(e);
    } else if (SOURCE_ORDER[src] < SOURCE_ORDER[e.lemmaSource]) {
      e.lemma = lemma;
      e.lemmaSource = src;
    }
    return e;
  };
  const addSense = (e: WorkEntry, gloss: string, source: GlossSource, rank: number, lead = false, forms?: string[], cues?: string[]) => {
    const g = gloss.replace(/\s+/g, ' ').trim();
    if (!g) return;
    const lower = g.toLowerCase();
    const existing = e.senses.find((s) => s.gloss.toLowerCase() === lower);
    if (existing && forms) existing.forms = forms;
    // (Cue rows add up: "sveit" = unit beside "lögregla" and as a compound's head.)
    if (existing && cues) existing.cues = [...new Set([...(existing.cues ?? []), ...cues])];
    if (existing) {
      // A supplement row spelt like a source's gloss but for its case corrects the case
      // ("french" → "French"), keeping the source's credit.
      if (source === 'lesa' && existing.source !== 'lesa' && existing.gloss !== g) existing.gloss = g;
      if (lead) {
        // The source's own sense moves to the front and keeps its source.
        existing.lead = true;
        existing.rank = rank;
        return;
      }
      if (SOURCE_ORDER[source] < SOURCE_ORDER[existing.source] ||
        (source === existing.source && rank < existing.rank)) {
        existing.source = source;
        existing.rank = rank;
        existing.gloss = g;
      }
      return;
    }
    const sense: WorkSense = lead ? { gloss: g, source, rank, lead } : { gloss: g, source, rank };
    if (forms) sense.forms = forms;
    if (cues) sense.cues = cues;
    e.senses.push(sense);
  };

  // 1. Apertium
  let dropped = 0;
  let order = 0;
  for (const p of bidixPairs(inputs.ltPrintText)) {
    order++;
    // Digits: number/date patterns of the MT system ("29. desember", "17%"), not dictionary words.
    // Punctuation-led headwords and the "prpers" placeholder (personal pronouns are translated by
    // transfer rules, not the bidix) are not glosses either.
    // Paths without source-side tags come from the regular-expression entries ("<name> hf." →
    // "<name> Ltd."), which the minimised transducer shares with ordinary words: not entries.
    if (/\d/.test(p.srcLemma) || !/^\p{L}/u.test(p.srcLemma) || p.trgLemma === 'prpers' || p.srcTags.length === 0) {
      dropped++;
      continue;
    }
    const pos = apertiumPos(p.srcTags);
    if (!pos) {
      dropped++;
      continue;
    }
    const gender = pos === 'noun' || pos === 'proper-noun' ? apertiumGender(p.srcTags) : undefined;
    const e = getEntry(p.srcLemma, pos, gender, 'apertium');
    addSense(e, p.trgLemma, 'apertium', p.variant * 1e7 + order);
  }

  // 2. FreeDict
  const fdPos = (fd: FreeDictEntry): PartOfSpeech | null => {
    if (fd.pos === 'v') return 'verb';
    if (fd.pos === 'a') return 'adjective';
    if (fd.pos === 'n') return /^\p{Lu}/u.test(fd.headword) ? 'proper-noun' : 'noun';
    return null;
  };
  const ipaByKey = new Map<string, string>();
  order = 0;
  for (const fd of inputs.freedict) {
    order++;
    const key = fd.headword.toLowerCase();
    if (fd.ipa && !ipaByKey.has(key)) ipaByKey.set(key, fd.ipa);
    const existing = byKey.get(key) ?? [];
    let pos = fdPos(fd);
    let target: WorkEntry | undefined;
    if (pos) {
      target = existing.filter((e) => e.pos === pos).sort(compareEntries)[0];
    } else {
      // No part of speech in FreeDict (adverbs, phrases): join the entry the gloss already
      // belongs to, else the only entry of that key, else classify by shape.
      const lowerGlosses = new Set(fd.glosses.map((g) => g.toLowerCase()));
      target =
        existing.find((e) => e.senses.some((s) => lowerGlosses.has(s.gloss.toLowerCase()))) ??
        (existing.length === 1 ? existing[0] : undefined) ??
        existing.find((e) => e.pos === 'adverb');
      pos = target ? target.pos : fd.headword.includes(' ') ? 'phrase' : 'adverb';
    }
    const e = target ?? getEntry(fd.headword, pos, undefined, 'freedict');
    for (const g of fd.glosses) {
      // FreeDict derives from an older Apertium bidix and its part-of-speech labels are sometimes
      // wrong ("vera <n>" → "be"): a gloss another entry of the headword already has stays there.
      const lower = g.toLowerCase();
      const elsewhere = (byKey.get(key) ?? []).some(
        (o) => o !== e && o.senses.some((s) => s.gloss.toLowerCase() === lower),
      );
      if (elsewhere && !e.senses.some((s) => s.gloss.toLowerCase() === lower)) continue;
      addSense(e, g, 'freedict', order);
    }
  }

  // 3. Lesa supplement
  order = 0;
  for (const row of inputs.supplement) {
    order++;
    const e = getEntry(row.lemma, row.pos, row.gender, 'lesa');
    // "lead: …" in the note: these senses come first (a news sense the sources list late or lack:
    // kvika = magma before "the quick").
    const lead = /^lead\b/u.test(row.note);
    // "forms: vextir vexti vöxtum vaxta …": these senses are what those forms mean (the plural
    // of vöxtur is interest); the reader shows them first for those forms.
    const forms = /^forms:\s*(.+)$/u.exec(row.note)?.[1].trim().toLowerCase().split(/\s+/u);
    // "cues: frost hiti …": these senses are the likely ones when a cue lemma stands in the same
    // sentence (stig = degree beside frost); the reader then shows them first.
    const cues = /^cues:\s*(.+)$/u.exec(row.note)?.[1].trim().toLowerCase().split(/\s+/u);
    // "corrects: hgh voltage": a misspelt source sense the row's sense replaces.
    const wrong = /^corrects:\s*(.+)$/u.exec(row.note)?.[1].trim().toLowerCase();
    if (wrong) e.senses = e.senses.filter((s) => s.source === 'lesa' || s.gloss.toLowerCase() !== wrong);
    row.glosses.forEach((g, k) => addSense(e, g, 'lesa', order + k / 1000, lead, forms, cues));
  }

  // IPA: by headword, for every entry of that key.
  for (const e of entries.values()) {
    const ipa = ipaByKey.get(e.key);
    if (ipa) e.ipa = ipa;
  }

  const sorted = [...entries.values()].filter((e) => e.senses.length > 0).sort(compareEntries);
  const rows: ArtifactEntryRow[] = [];
  const formSenses: [number, number, string][] = [];
  const cueSenses: [number, number, string][] = [];
  const entriesBySource: Record<string, number> = { apertium: 0, freedict: 0, lesa: 0 };
  const sensesBySource: Record<string, number> = { apertium: 0, freedict: 0, lesa: 0 };
  for (const e of sorted) {
    e.senses.sort((a, b) => (a.lead ? 0 : 1) - (b.lead ? 0 : 1) || (a.lead ? a.rank - b.rank : 0) || SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || a.rank - b.rank);
    const srcs = new Set<string>();
    for (const s of e.senses) {
      srcs.add(s.source);
      sensesBySource[s.source] = (sensesBySource[s.source] ?? 0) + 1;
    }
    for (const s of srcs) entriesBySource[s] = (entriesBySource[s] ?? 0) + 1;
    e.senses.forEach((s, k) => s.forms && formSenses.push([rows.length, k, s.forms.join(' ')]));
    e.senses.forEach((s, k) => s.cues && cueSenses.push([rows.length, k, s.cues.join(' ')]));
    rows.push([
      e.lemma,
      POS_LIST.indexOf(e.pos),
      e.gender ?? '',
      e.ipa ?? '',
      e.senses.map((s) => SOURCE_CODES[s.source]).join(''),
      ...e.senses.map((s) => s.gloss),
    ]);
  }
  const phrases = new Set(sorted.filter((e) => e.key.includes(' ')).map((e) => e.key));

  const artifact: DictArtifact = {
    format: ARTIFACT_FORMAT,
    version: '',
    // apertium-isl-eng is "GPL, version 3" (no "or later" in its Debian copyright file), so the
    // combined artifact can only be GPL-3.0; FreeDict (GPL-3+) and the supplement are compatible.
    license: 'GPL-3.0-only',
    sources: inputs.sources,
    pos: [...POS_LIST],
    entries: rows,
    formSenses,
    cueSenses,
  };
  const serialize = (a: DictArtifact) => {
    // One entry per line: compact, yet diff-friendly.
    const head = JSON.stringify({ ...a, entries: undefined, formSenses: undefined, cueSenses: undefined }).slice(0, -1);
    const formSenses = a.formSenses?.length ? `,"formSenses":${JSON.stringify(a.formSenses)}` : '';
    const cueSenses = a.cueSenses?.length ? `,"cueSenses":${JSON.stringify(a.cueSenses)}` : '';
    return `${head}${formSenses}${cueSenses},"entries":[\n${a.entries.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
  };
  artifact.version = createHash('sha256').update(serialize(artifact)).digest('hex').slice(0, 16);
  const json = serialize(artifact);
  return {
    artifact,
    json,
    stats: {
      entries: rows.length,
      entriesBySource,
      sensesBySource,
      phrases: phrases.size,
      droppedApertium: dropped,
    },
  };
}

function compareEntries(a: WorkEntry, b: WorkEntry): number {
  return (
    cmp(a.key, b.key) ||
    POS_LIST.indexOf(a.pos) - POS_LIST.indexOf(b.pos) ||
    cmp(a.gender ?? '', b.gender ?? '') ||
    cmp(a.lemma, b.lemma)
  );
}
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------------

function packageVersion(pkg: string): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim() || 'unknown';
  } catch {
    return 'unknown';
  }
}

function parseArgs(argv: string[]): Record<string, string> {
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const eq = a.indexOf('=');
    if (eq > 0) opts[a.slice(2, eq)] = a.slice(eq + 1);
    else {
      const v = argv[++i];
      if (v === undefined) throw new Error(`missing value for ${a}`);
      opts[a.slice(2)] = v;
    }
  }
  return opts;
}

export function sourcesMarkdown(sources: Record<string, string>, stats: BuildStats, version: string): string {
  const authors = (() => {
    try {
      return readFileSync('/usr/share/doc/apertium-isl-eng/AUTHORS', 'utf8').trim();
    } catch {
      return '(AUTHORS file of apertium-isl-eng not found on the build machine)';
    }
  })();
  return `# Sources of the bundled dictionary

\`lesa-dict.json\` (version \`${version}\`) is generated by \`dictionaries/build/build.ts\`
(\`npm run dict:build\`) from the following sources. The artifact is a derived work of GPL-licensed
data and is distributed under the **GNU General Public License, version 3** (GPL-3.0-only: the
Apertium data is licensed "version 3 of the License" without an "or later" clause; the FreeDict data
(GPL-3.0-or-later) and the Lesa supplement are compatible with it). The full text is in
[COPYING](./COPYING).

## Apertium Icelandic–English (apertium-isl-eng)

- Debian package \`apertium-isl-eng\` ${sources.apertium ?? 'unknown'}; bilingual transducer
  \`isl-eng.autobil.bin\`, dumped with \`lt-print\` from \`lttoolbox\` ${sources.lttoolbox ?? 'unknown'}.
- Licence: GPL-3 — "version 3 of the License", no "or later" (see
  \`/usr/share/doc/apertium-isl-eng/copyright\`).
- Authors (from \`/usr/share/doc/apertium-isl-eng/AUTHORS\`):

\`\`\`
${authors}
\`\`\`

## FreeDict Icelandic–English (freedict-isl-eng)

- Debian package \`dict-freedict-isl-eng\` ${sources.freedict ?? 'unknown'} (FreeDict isl-eng 0.1.1,
  itself based on apertium-is-en by Hrafn Loftsson, Francis Tyers, Martha Dís Brandt and Hlynur
  Sigurþórsson; conversion for FreeDict by Stefani Stoyanova, Jim O'Regan and Piotr Bański).
- Licence: GPL-3.0-or-later (see \`/usr/share/doc/dict-freedict-isl-eng/copyright\`).
- Used for: additional glosses, IPA transcriptions, and entries missing from the Apertium bidix.

## Lesa supplement

- \`dictionaries/supplement.tsv\`, written and reviewed by the Lesa team: pronouns, determiners,
  numerals, function words, time expressions, fixed phrases and frequent lemmas without a gloss
  in either source. Licensed GPL-3.0-or-later like the project. Senses from it carry
  source \`lesa\`. A row whose note starts with "lead:" lists its senses before the sources'
  (a news sense the sources lack or list late: kvika = magma); the sources' senses are kept.
  A row whose note starts with "forms:" lists the word forms its senses belong to (the plural
  "vextir" of vöxtur = interest); the artifact's \`formSenses\` records them and the reader shows
  those senses first for those forms. A row whose note starts with "cues:" lists lemmas that make
  its senses the likely ones when one stands near it, in its sentence or the one before ("stig" =
  degree beside "frost"); the artifact's \`cueSenses\` records them and the reader shows those senses first there.
  The cue "@head" marks what a word means as the head of a compound ("vináttu|leikur" = match),
  "@namehead" as the head of a capitalised one ("Kennara|samband" = union), and "@comparative"
  what a word means a few words after a comparative ("eldri en" = than), "@number" right after a
  number ("tvo tíma" = two hours).

## Contents (this build)

| | |
|---|---|
| entries | ${stats.entries} |
| entries with Apertium senses | ${stats.entriesBySource.apertium} |
| entries with FreeDict senses | ${stats.entriesBySource.freedict} |
| entries with Lesa senses | ${stats.entriesBySource.lesa} |
| senses (Apertium / FreeDict / Lesa) | ${stats.sensesBySource.apertium} / ${stats.sensesBySource.freedict} / ${stats.sensesBySource.lesa} |
| multi-word headwords (phrases) | ${stats.phrases} |

Apertium entries whose headword contains digits (number and date patterns of the MT system, such as
"29. desember") and punctuation entries are left out.

## Rebuilding

\`\`\`sh
apt-get install apertium-isl-eng lttoolbox dict-freedict-isl-eng
npm run dict:build        # = node --import tsx dictionaries/build/build.ts
\`\`\`

Options: \`--out <file>\` (default \`dictionaries/lesa-dict.json\`), \`--sources-md <file>\`
(default: \`SOURCES.md\` next to the output), \`--supplement <tsv>\`, \`--bidix <autobil.bin>\`,
\`--freedict <path prefix of .index/.dict.dz>\`. The build is deterministic: re-running it with the same
package versions gives byte-identical files.
`;
}

export function runBuild(opts: Record<string, string>): { stats: BuildStats; version: string; out: string; ms: number } {
  const t0 = performance.now();
  const out = resolve(opts.out ?? join(DICT_DIR, 'lesa-dict.json'));
  const bidix = opts.bidix ?? DEFAULT_BIDIX;
  const ltPrintText = execFileSync('lt-print', [bidix], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const freedict = readFreeDict(opts.freedict ?? DEFAULT_FREEDICT);
  const supplement = parseSupplement(readFileSync(opts.supplement ?? join(DICT_DIR, 'supplement.tsv'), 'utf8'));
  const sources = {
    apertium: `apertium-isl-eng ${packageVersion('apertium-isl-eng')}`,
    lttoolbox: `lttoolbox ${packageVersion('lttoolbox')}`,
    freedict: `dict-freedict-isl-eng ${packageVersion('dict-freedict-isl-eng')}`,
    lesa: 'dictionaries/supplement.tsv',
  };
  const { json, stats, artifact } = buildArtifact({ ltPrintText, freedict, supplement, sources });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  const md = opts['sources-md'] ?? join(dirname(out), 'SOURCES.md');
  writeFileSync(md, sourcesMarkdown(
    { apertium: sources.apertium.split(' ')[1], lttoolbox: sources.lttoolbox.split(' ')[1], freedict: sources.freedict.split(' ')[1] },
    stats,
    artifact.version,
  ));
  return { stats, version: artifact.version, out, ms: performance.now() - t0 };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { stats, version, out, ms } = runBuild(parseArgs(process.argv.slice(2)));
  const raw = readFileSync(out);
  const { gzipSync } = await import('node:zlib');
  console.log(
    JSON.stringify({ out, version, ...stats, rawBytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length, ms: Math.round(ms) }, null, 2),
  );
}
