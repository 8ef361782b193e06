import type { Analysis, Gender, PartOfSpeech } from '../lang/types';

export interface ArticleRecord {
  id?: number;
  title: string;
  author: string | null;
  /** ISO 8601 local date-time ("2024-10-25T09:44") or null. */
  publishedAt: string | null;
  site: string | null;
  caption: string | null;
  /** The article's text: paragraphs joined by "\n\n". Analysis offsets index this string. */
  text: string;
  /** Hash of the normalised text, used to detect the same article imported twice. */
  contentHash: string;
  wordCount: number;
  /** Where it came from: 'seed', 'paste', 'file:<name>', 'html'. */
  origin: string;
  createdAt: number;
}

export interface AnalysisRecord {
  articleId: number;
  analysis: Analysis;
}

export type WordStatus = 'new' | 'learning' | 'known' | 'ignored';

export interface WordRecord {
  /** Lemma key (lower-case, as the lemmatizer gives it). */
  lemma: string;
  status: WordStatus;
  /** The learner's own gloss; wins over the dictionary's. */
  gloss?: string;
  note?: string;
  updatedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** One word of a word list (src/db/lists.ts). Identified in its list by `lemma` + `pos`. */
export interface WordListEntry {
  /** Lemma key, as in `Candidate.lemma` (lower-case for common words). */
  lemma: string;
  /** Headword as shown (dictionary casing, e.g. "Bandaríkin"). */
  display: string;
  pos: PartOfSpeech | null;
  gender: Gender | null;
  gloss: string;
  /** The teacher's note for students. */
  note: string;
  /** A sentence the word occurs in (the first one in its article). */
  example: string;
  /** Occurrences in the article(s) the word was taken from (0 when typed in or imported). */
  count: number;
  /** Index into `WordListRecord.sources` of the article it came from, if any. */
  source?: number;
}

/** An article a list took words from. */
export interface WordListSource {
  title: string;
  site: string | null;
  author: string | null;
  publishedAt: string | null;
  /** Local article id (only meaningful on the device that built the list). */
  articleId?: number;
}

export interface WordListRecord {
  id?: number;
  name: string;
  entries: WordListEntry[];
  sources: WordListSource[];
  createdAt: number;
  updatedAt: number;
}
