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

/** An analysis as stored: everything but its dictionary entries (those are in `AnalysisEntriesRecord`). */
export type StoredAnalysis = Omit<Analysis, 'entries'>;

export interface AnalysisRecord {
  articleId: number;
  analysis: StoredAnalysis;
}

/** The dictionary entries of one article's analysis (`Analysis.entries`), written with it. */
export interface AnalysisEntriesRecord {
  articleId: number;
  entries: Analysis['entries'];
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
  /** Word forms the learner met this lemma in (e.g. "hestinum"), for counts in forms as well as lemmas. */
  forms?: string[];
}

/** One change of a word's status, kept from day one (timeline of known words). */
export interface StatusLogRecord {
  id?: number;
  lemma: string;
  from: WordStatus;
  to: WordStatus;
  /** Epoch ms. */
  at: number;
}

/** FSRS card state as ts-fsrs keeps it (dates as epoch ms so that IndexedDB can index them). */
export interface FsrsState {
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs `State`: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  last_review?: number;
}

/**
 * A review card for one lemma, built from the sentence the learner met it in. The word's facts are
 * a snapshot taken when the card was made; the learner's own gloss and note are read live.
 */
export interface CardRecord {
  id?: number;
  lemma: string;
  /** Recognition: sentence with the word marked → meaning. Cloze: sentence with the word blanked, gloss as hint → type the form. */
  kind: 'recognition' | 'cloze';
  /** Headword as shown ("Bandaríkin"). */
  display: string;
  pos: PartOfSpeech | null;
  gender: Gender | null;
  ipa: string | null;
  /** Dictionary glosses at the time the card was made. */
  glosses: string[];
  /**
   * The fixed or verb phrase the word was read in, when the reader glossed it as part of one
   * ("átt" in "hefur átt í …" → "eiga í" = be engaged in): shown before the word's own senses.
   * Optional: cards made before this field existed (or outside a phrase) have none.
   */
  phrase?: CardPhrase;
  /** The sentence the word was met in, and where the word is in it (UTF-16 offsets). */
  sentence: string;
  formStart: number;
  formEnd: number;
  articleId: number | null;
  /** Mirrors `fsrs.due` for the due index. */
  due: number;
  fsrs: FsrsState;
  /** Out of the queue while the word is not Learning (kept so that its history survives). */
  suspended: boolean;
  /**
   * Derived from state and `suspended`, for the `[queue+due]` index that builds the due queue
   * from keys alone: 0 (re)learning, 1 review, 2 new, 3 suspended (see `queueOf` in src/db/cards.ts).
   */
  queue: number;
  createdAt: number;
}

/** A card's phrase: its words as met ("átt í"), its dictionary form ("eiga í") and its meanings. */
export interface CardPhrase {
  text: string;
  /** Dictionary form when it differs from the words as met; null when they are the same. */
  lemma: string | null;
  glosses: string[];
}

/** One answer in a review session. */
export interface ReviewRecord {
  id?: number;
  cardId: number;
  lemma: string;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: 1 | 2 | 3 | 4;
  /** State of the card before the answer (0 New … 3 Relearning). */
  state: number;
  /** Epoch ms of the answer. */
  at: number;
  /** Days since the previous review (0 for a new card or the same day). */
  elapsedDays: number;
  scheduledDays: number;
  /** Time taken to answer, ms. */
  durationMs: number;
  /** The card's scheduling state before this answer, so that the answer can be undone. */
  before: FsrsState;
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
  /**
   * Articles the list has taken words from, in the order first taken (entries point at them by
   * index). An article stays here after its words are removed (so that Undo can bring them back);
   * what the list shows as its sources is only those that still give it words (`contributingSources`).
   */
  sources: WordListSource[];
  /**
   * The article the reader's "Make a word list" made this list for, while the list has never had
   * a word: dropped with its first word (src/db/lists.ts). Only such a list is opened again by the
   * button for that article. (`articleId`, so that a merged backup rewrites it with the article's new id.)
   */
  startedFrom?: { articleId: number };
  createdAt: number;
  updatedAt: number;
}
