/**
 * The word knowledge the analyser needs, built once per lemmatizer + dictionary: candidate
 * readings of a form (cached), lemma frequency ranks, dictionary look-ups.
 */
import type { LemmaWithPOS } from 'lemma-is';
import type { Candidate, DictEntry, PartOfSpeech } from '../types.ts';
import { binToPos } from './pos.ts';

/** The subset of lemma-is's BinaryLemmatizer the analyser uses. */
export interface LemmatizerLike {
  lemmatizeWithPOS(word: string): LemmaWithPOS[];
  isKnown(word: string): boolean;
  getAllLemmas(): string[];
  lemmatize(word: string): string[];
}

/** The subset of the Dictionary API the analyser uses. */
export interface DictionaryLike {
  version: string;
  lookup(lemmaKey: string, pos?: PartOfSpeech): DictEntry[];
  has(lemmaKey: string): boolean;
  phrases(): string[];
}

/** A candidate reading with its BÍN class, before context ranking. */
export interface Reading {
  lemma: string;
  pos: PartOfSpeech;
  bin: string;
  gender?: Candidate['gender'];
}

/** Ordinal lemmas from "þriðji" on ("fjórði", "tíundi", "tuttugasti"). */
const ORDINAL = /(?:ði|ji|ti|di|asti)$/u;

export class Lexicon {
  readonly rank: Map<string, number>;
  /** lemma-is's lemma list, commonest first. */
  readonly allLemmas: string[];
  private readonly cache = new Map<string, Reading[]>();
  private readonly entryCache = new Map<string, DictEntry[]>();

  constructor(
    readonly lemmatizer: LemmatizerLike,
    readonly dictionary: DictionaryLike,
  ) {
    const all = lemmatizer.getAllLemmas();
    this.allLemmas = all;
    this.rank = new Map();
    for (let i = 0; i < all.length; i++) if (!this.rank.has(all[i])) this.rank.set(all[i], i);
  }

  /** Frequency rank of a lemma key (0 = commonest); Infinity when lemma-is does not list it. */
  rankOf(lemma: string): number {
    return this.rank.get(lemma) ?? Infinity;
  }

  /** Dictionary entries of a lemma key (cached; treat as read-only). */
  entries(key: string): DictEntry[] {
    let e = this.entryCache.get(key);
    if (!e) {
      e = this.dictionary.lookup(key);
      this.entryCache.set(key, e);
    }
    return e;
  }

  hasGloss(key: string, pos?: PartOfSpeech): boolean {
    const list = this.entries(key);
    if (!pos) return list.some((e) => e.senses.length > 0);
    return list.some((e) => e.pos === pos && e.senses.length > 0);
  }

  /** lemma-is readings of a form (as written, then lower-case), deduplicated, with genders. */
  readings(form: string): Reading[] {
    let r = this.cache.get(form);
    if (r) return r;
    r = this.computeReadings(form);
    this.cache.set(form, r);
    return r;
  }

  private computeReadings(form: string): Reading[] {
    let raw = this.lemmatizer.lemmatizeWithPOS(form);
    const lower = form.toLowerCase();
    if (raw.length === 0 && lower !== form) raw = this.lemmatizer.lemmatizeWithPOS(lower);
    const out: Reading[] = [];
    const seen = new Set<string>();
    for (const { lemma, pos: bin } of raw) {
      const key = lemma.toLowerCase();
      let pos = binToPos(bin);
      // Ordinals are pronouns in BÍN and adjectives in the dictionary (and the treebanks): "tíunda
      // bekk" = tenth grade.
      if (pos === 'pronoun' && ORDINAL.test(key) && this.hasGloss(key, 'adjective') && !this.hasGloss(key, 'pronoun')) pos = 'adjective';
      const id = key + '\u0000' + pos;
      if (seen.has(id)) continue;
      seen.add(id);
      const reading: Reading = { lemma: key, pos, bin };
      if (pos === 'noun') {
        const entry = this.entries(key).find((e) => e.pos === 'noun' && e.gender) ??
          this.entries(key).find((e) => e.gender);
        if (entry?.gender) reading.gender = entry.gender;
      }
      out.push(reading);
    }
    for (const extra of EXTRA_READINGS[lower] ?? []) {
      if (out.length && !out.some((r) => r.lemma === extra.lemma && r.pos === extra.pos)) out.push(extra);
    }
    return out;
  }
}

/**
 * Readings lemma-is does not list for a form that has them: "heldur" is also the adverb "rather"
 * ("hún er heldur löng"), which BÍN files under the conjunction.
 */
const EXTRA_READINGS: Record<string, Reading[]> = {
  heldur: [{ lemma: 'heldur', pos: 'adverb', bin: 'ao' }],
};
