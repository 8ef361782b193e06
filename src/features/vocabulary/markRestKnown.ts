import type { Analysis } from '../../lang/types';
import { applyStatuses, getWords, type StatusUndo } from '../../db/words';
import { articleLemmas } from './tokens';

/**
 * "Mark the rest as known": every lemma of the article that is still New becomes Known (with the
 * forms met). Returns the undo record and how many lemmas changed.
 */
export async function markRestKnown(analysis: Pick<Analysis, 'tokens'>, now: Date = new Date()): Promise<{ undo: StatusUndo; count: number }> {
  const { lemmas } = articleLemmas(analysis);
  const have = await getWords([...lemmas.keys()]);
  const changes = [...lemmas]
    .filter(([lemma]) => (have.get(lemma)?.status ?? 'new') === 'new')
    .map(([lemma, { forms }]) => ({ lemma, status: 'known' as const, forms: [...forms] }));
  const undo = await applyStatuses(changes, now.getTime());
  return { undo, count: changes.length };
}
