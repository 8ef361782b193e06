/**
 * Layout of the bundled dictionary artifact `dictionaries/lesa-dict.json` (shared by the build
 * script and the loader). Compact: one array per entry instead of repeated keys.
 *
 *   entries[i] = [lemma, posIndex, gender ('' | 'm' | 'f' | 'n'), ipa ('' if none),
 *                 sourceCodes (one char per sense: a = apertium, f = freedict, l = lesa),
 *                 gloss1, gloss2, …]
 *
 * `formSenses` (optional) lists senses that belong to some word forms only, as
 * [entry index, sense index, space-separated lower-case forms] ("vextir" of vöxtur = interest).
 * `cueSenses` (optional) lists senses that are the likely ones beside some other words, as
 * [entry index, sense index, space-separated lower-case cue lemmas] ("stig" = degree beside "frost");
 * the cue "@head" marks the sense of a compound's head part ("leikur" = match in "vináttuleikur"),
 * "@namehead" of a capitalised compound's ("samband" = union in "Kennarasamband").
 *
 * The lemma key of an entry is `lemma.toLowerCase()`. Entries are sorted by key, part of speech,
 * gender. Senses are in display order (Apertium default translation first, then other Apertium
 * translations, FreeDict, Lesa supplement).
 */
import type { GlossSource, PartOfSpeech } from '../types.ts';

export const ARTIFACT_FORMAT = 1;

/** Index → part of speech; stored in the artifact too (`pos`), this is the writer's order. */
export const POS_LIST: readonly PartOfSpeech[] = [
  'noun',
  'verb',
  'adjective',
  'adverb',
  'preposition',
  'pronoun',
  'article',
  'numeral',
  'conjunction',
  'interjection',
  'infinitive-marker',
  'abbreviation',
  'proper-noun',
  'phrase',
  'other',
];

export const SOURCE_CODES: Record<GlossSource, string> = {
  apertium: 'a',
  freedict: 'f',
  lesa: 'l',
  user: 'u',
};

export type ArtifactEntryRow = [string, number, string, string, string, ...string[]];

export interface DictArtifact {
  format: number;
  /** Content hash (sha256 prefix) of the artifact. */
  version: string;
  license: string;
  sources: Record<string, string>;
  pos: PartOfSpeech[];
  entries: ArtifactEntryRow[];
  /** Form-specific senses: [entry index, sense index, space-separated forms]. */
  formSenses?: [number, number, string][];
  /** Context-cued senses: [entry index, sense index, space-separated cue lemmas]. */
  cueSenses?: [number, number, string][];
}
