import { wordOnlyCard } from '../../db/cards';
import type { WordStatus } from '../../db/types';
import { applyStatuses, type NewCard, type StatusUndo } from '../../db/words';
import { loadReviewSettings } from '../review/reviewSettings';
import { cardFromToken, type WordContext } from './cardFromToken';

export const STATUSES: readonly WordStatus[] = ['new', 'learning', 'known', 'ignored'];

/**
 * Sets one lemma's status. Set to Learning with the context it was met in, the word gets a review
 * card built from that sentence (or its old card back). Returns what is needed to undo it.
 */
export async function setWordStatus(
  lemma: string,
  status: WordStatus,
  opts: { context?: WordContext; now?: Date; gloss?: string; cloze?: boolean } = {},
): Promise<StatusUndo> {
  const now = opts.now ?? new Date();
  const token = opts.context ? opts.context.analysis.tokens[opts.context.tokenIndex] : undefined;
  const cards = new Map<string, NewCard[]>();
  if (status === 'learning') {
    const card = opts.context ? cardFromToken(opts.context, now) : null;
    // Without a sentence (e.g. from the Vocabulary page for a word not in any article) the card shows the word alone.
    const made = [card ? { ...card, lemma } : wordOnlyCard(lemma, opts.gloss ?? '', now.getTime())];
    const cloze = opts.cloze ?? (await loadReviewSettings()).clozeCards;
    if (card && cloze) made.push({ ...card, lemma, kind: 'cloze' });
    cards.set(lemma, made);
  }
  return applyStatuses([{ lemma, status, forms: token ? [token.text] : [] }], now.getTime(), cards);
}
