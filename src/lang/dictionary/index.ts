/**
 * Lesa's bundled Icelandic–English dictionary: look-up by lemma key.
 * Framework-free; works in a Web Worker and in Node (see `node.ts` for loading from disk).
 */
import type { DictEntry, Gender, GlossSource, PartOfSpeech, Sense } from '../types.ts';
import { ARTIFACT_FORMAT, SOURCE_CODES, type DictArtifact } from './format.ts';

export type { DictArtifact } from './format.ts';

const SOURCE_BY_CODE: Record<string, GlossSource> = Object.fromEntries(
  Object.entries(SOURCE_CODES).map(([source, code]) => [code, source as GlossSource]),
);
const GENDERS = new Set<string>(['m', 'f', 'n']);

export class Dictionary {
  readonly version: string;
  readonly size: number;
  private readonly byKey: Map<string, DictEntry[]>;
  private readonly phraseKeys: string[];

  private constructor(version: string, byKey: Map<string, DictEntry[]>, size: number) {
    this.version = version;
    this.byKey = byKey;
    this.size = size;
    this.phraseKeys = [...byKey.keys()].filter((k) => k.includes(' ')).sort();
  }

  /** Builds a dictionary from the parsed JSON of `lesa-dict.json`. Throws on a malformed artifact. */
  static fromArtifact(json: unknown): Dictionary {
    const a = json as Partial<DictArtifact> | null;
    if (!a || typeof a !== 'object' || a.format !== ARTIFACT_FORMAT || typeof a.version !== 'string' ||
      !Array.isArray(a.entries) || !Array.isArray(a.pos)) {
      throw new Error('Dictionary.fromArtifact: not a Lesa dictionary artifact (format 1)');
    }
    const posList = a.pos;
    const byKey = new Map<string, DictEntry[]>();
    const all: DictEntry[] = [];
    let size = 0;
    for (const row of a.entries) {
      if (!Array.isArray(row) || row.length < 6) throw new Error('Dictionary.fromArtifact: malformed entry');
      const [lemma, posIndex, gender, ipa, codes] = row;
      const pos = posList[posIndex];
      if (typeof lemma !== 'string' || !pos || typeof codes !== 'string' || codes.length !== row.length - 5) {
        throw new Error(`Dictionary.fromArtifact: malformed entry ${JSON.stringify(row)}`);
      }
      const senses: Sense[] = [];
      for (let i = 0; i < codes.length; i++) {
        const source = SOURCE_BY_CODE[codes[i]];
        if (!source) throw new Error(`Dictionary.fromArtifact: unknown source code in ${JSON.stringify(row)}`);
        senses.push({ gloss: row[5 + i] as string, source });
      }
      const entry: DictEntry = { lemma, pos, senses };
      if (gender && GENDERS.has(gender)) entry.gender = gender as Gender;
      if (ipa) entry.ipa = ipa;
      const key = lemma.toLowerCase();
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(entry);
      all.push(entry);
      size++;
    }
    for (const f of a.formSenses ?? []) {
      const sense = Array.isArray(f) ? all[f[0]]?.senses[f[1]] : undefined;
      if (!sense || typeof f[2] !== 'string') throw new Error(`Dictionary.fromArtifact: malformed form sense ${JSON.stringify(f)}`);
      sense.forms = f[2].split(' ');
    }
    for (const c of a.cueSenses ?? []) {
      const sense = Array.isArray(c) ? all[c[0]]?.senses[c[1]] : undefined;
      if (!sense || typeof c[2] !== 'string') throw new Error(`Dictionary.fromArtifact: malformed cue sense ${JSON.stringify(c)}`);
      sense.cues = c[2].split(' ');
    }
    return new Dictionary(a.version, byKey, size);
  }

  /**
   * Entries for a lemma key (case-insensitive). With `pos`, entries of that part of speech come
   * first; the others follow (never dropped). Returns copies: callers may store them.
   */
  lookup(lemmaKey: string, pos?: PartOfSpeech): DictEntry[] {
    const list = this.byKey.get(normalizeKey(lemmaKey));
    if (!list) return [];
    const copy = list.map(cloneEntry);
    if (!pos) return copy;
    return [...copy.filter((e) => e.pos === pos), ...copy.filter((e) => e.pos !== pos)];
  }

  has(lemmaKey: string): boolean {
    return this.byKey.has(normalizeKey(lemmaKey));
  }

  /** Lower-case multi-word keys (fixed phrases), sorted. */
  phrases(): string[] {
    return this.phraseKeys.slice();
  }

  /** All lemma keys (lower-case), in artifact order. */
  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }
}

function normalizeKey(k: string): string {
  return k.trim().replace(/\s+/g, ' ').toLowerCase();
}

function cloneEntry(e: DictEntry): DictEntry {
  return {
    ...e,
    senses: e.senses.map((s) => {
      const c = { ...s };
      if (s.forms) c.forms = [...s.forms];
      if (s.cues) c.cues = [...s.cues];
      return c;
    }),
  };
}
