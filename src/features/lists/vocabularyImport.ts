import type { WordStatus } from '../../db/types';
import type { ExportWord } from '../export/words';

/** What the learner already has for a lemma. */
export interface VocabularyState {
  status: WordStatus;
  gloss?: string;
}

export type SkipReason = 'learning' | 'known' | 'ignored' | 'duplicate';

export interface VocabularyImportPlan<W extends ExportWord = ExportWord> {
  /** Words that join the vocabulary as Learning (absent before, or only seen as New). */
  added: W[];
  /** Words left as they were. */
  skipped: { word: W; reason: SkipReason }[];
  /** Words whose file gloss differs from the learner's own: the learner's gloss is kept. */
  conflicts: { word: W; yours: string; status: WordStatus }[];
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('is') === b.trim().toLocaleLowerCase('is');

/**
 * Decides, for each imported word, what happens to the learner's vocabulary — never overwriting a
 * gloss or status they already have. A word seen twice in the file counts once.
 */
export function planVocabularyImport<W extends ExportWord>(words: readonly W[], existing: ReadonlyMap<string, VocabularyState>): VocabularyImportPlan<W> {
  const plan: VocabularyImportPlan<W> = { added: [], skipped: [], conflicts: [] };
  const seen = new Set<string>();
  for (const word of words) {
    if (seen.has(word.lemma)) {
      plan.skipped.push({ word, reason: 'duplicate' });
      continue;
    }
    seen.add(word.lemma);
    const have = existing.get(word.lemma);
    const yours = have?.gloss?.trim() ?? '';
    if (have && yours && word.gloss.trim() && !same(yours, word.gloss)) {
      plan.conflicts.push({ word, yours, status: have.status });
    } else if (!have || have.status === 'new') {
      plan.added.push(word);
    } else {
      plan.skipped.push({ word, reason: have.status as Exclude<WordStatus, 'new'> });
    }
  }
  return plan;
}
