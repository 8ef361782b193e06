/**
 * Shared, framework-free types of Lesa's language layer.
 *
 * The analysis of an article is computed once (at import, in the worker) and stored with the
 * article. Opening an article or tapping a word only reads this structure: nothing here needs the
 * lemmatizer or the dictionary at read time.
 */

/** Part of speech, as shown to the learner. Mapped from BÍN word classes and Apertium tags. */
export type PartOfSpeech =
  | 'noun'
  | 'verb'
  | 'adjective'
  | 'adverb'
  | 'preposition'
  | 'pronoun'
  | 'article'
  | 'numeral'
  | 'conjunction'
  | 'interjection'
  | 'infinitive-marker'
  | 'abbreviation'
  | 'proper-noun'
  | 'phrase'
  | 'other';

/** Grammatical gender of a noun: masculine, feminine, neuter. */
export type Gender = 'm' | 'f' | 'n';

/** Where a gloss comes from; shown next to it in the popover. */
export type GlossSource = 'apertium' | 'freedict' | 'lesa' | 'user';

export interface Sense {
  /** One English translation or short definition. */
  gloss: string;
  source: GlossSource;
  /**
   * Word forms (lower case) this sense belongs to, when it is the meaning of some forms only: the
   * plural "vextir" (interest) of vöxtur (growth). For those forms it is shown first.
   */
  forms?: string[];
  /**
   * Cue lemmas (lower case) that make this sense the likely one when any of them stands in the same
   * sentence: "stig" = degree beside "frost" or "hiti", "fé" = sheep beside "bóndi" or "réttir".
   * With a cue present it is shown first.
   */
  cues?: string[];
}

/** One dictionary entry: a lemma in one part of speech. */
export interface DictEntry {
  /** Headword as written in the dictionary (keeps capitals of names, e.g. "Bandaríkin"). */
  lemma: string;
  pos: PartOfSpeech;
  gender?: Gender;
  /** IPA transcription, where a source has one. */
  ipa?: string;
  senses: Sense[];
}

/** A candidate lemma for a token, as the lemmatizer proposes it. */
export interface Candidate {
  /** Lemma key: lower-case for common words (lemma-is keys), display casing comes from `entry`. */
  lemma: string;
  pos: PartOfSpeech;
  gender?: Gender;
}

export type TokenKind = 'word' | 'number' | 'punctuation' | 'other';

/** One token of the stored text. `start`/`end` are UTF-16 code-unit offsets into the text. */
export interface AnalysedToken {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Candidate lemmas, best first by the context ranking. Empty for non-words and unknown forms. */
  candidates: Candidate[];
  /** Index into `candidates` of the lemma chosen in context (0 unless the learner switched). */
  chosen: number;
  /** The token is a proper name (labelled as a name instead of glossed as a common word). */
  isName: boolean;
  /** Display form of the name (genitive -s stripped: "Pútíns" → "Pútín"). */
  name?: string;
  /** Compound parts (lemma keys), when the whole word has no gloss and it splits. */
  parts?: string[];
  /** Index into `Analysis.phrases` when this token belongs to a fixed phrase. */
  phrase?: number;
  /**
   * Dictionary key of the middle voice (-st) a verb form belongs to, when its meaning is not the
   * active verb's: "lést" → candidate láta, middle "látast" (die).
   */
  middle?: string;
  /**
   * Dictionary key of a comparative or superlative with its own meaning, which lemma-is gives the
   * positive: "helstu" → candidate heldri (elite), degree "helstur" (main); the adverb "fremur"
   * (rather) → candidate harla, degree "fremur".
   */
  degree?: string;
  /**
   * Dictionary key of the verb a present participle ("-andi") comes from, when the participle is
   * read as an adjective or adverb that has no gloss of its own: "sjóðandi" → candidate sjóðandi, verb
   * "sjóða" (boil).
   */
  participleOf?: string;
  /**
   * Dictionary key of the adjective a "-lega" adverb is made from, when the adverb has no gloss of
   * its own: "hressilega" → adjective "hressilegur" (refreshing), "sanngjarnlega" → "sanngjarn".
   */
  adverbOf?: string;
  /** Index into `Analysis.sentences`. */
  sentence: number;
}

export interface PhraseSpan {
  /** Offsets into the text, covering all of the phrase's tokens. */
  start: number;
  end: number;
  /** Dictionary key of the phrase (e.g. "í gær"). */
  key: string;
}

export interface SentenceSpan {
  start: number;
  end: number;
}

/** The stored analysis of one text. */
export interface Analysis {
  /** Version of the analysis code; older analyses can be recomputed in the background. */
  version: number;
  /** Version (content hash) of the dictionary used. */
  dictVersion: string;
  tokens: AnalysedToken[];
  sentences: SentenceSpan[];
  phrases: PhraseSpan[];
  /**
   * Dictionary entries for every lemma key referenced by the tokens (all candidates, parts and
   * phrases), so that a tap needs no dictionary look-up. Key: lemma key, as in `Candidate.lemma`.
   */
  entries: Record<string, DictEntry[]>;
}
