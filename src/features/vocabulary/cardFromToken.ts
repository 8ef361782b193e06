import type { NewCard } from '../../db/words';
import type { Analysis } from '../../lang/types';
import { buildGlossView } from '../gloss/glossModel';
import { newCardState } from '../review/scheduler';

/** Where a word was met: the article's text and analysis, and the token. */
export interface WordContext {
  articleId: number | null;
  text: string;
  analysis: Analysis;
  tokenIndex: number;
}

/**
 * A recognition card for the token's lemma: front = the sentence it was met in with the word
 * marked, back = the word's facts (a snapshot of the analysis' dictionary entry).
 */
export function cardFromToken(ctx: WordContext, now: Date): NewCard | null {
  const { analysis, text, tokenIndex } = ctx;
  const token = analysis.tokens[tokenIndex];
  const view = buildGlossView(analysis, text, tokenIndex);
  if (!token || !view) return null;
  const span = analysis.sentences[token.sentence] ?? { start: token.start, end: token.end };
  let start = Math.min(span.start, token.start);
  let end = Math.max(span.end, token.end);
  while (start < token.start && /\s/.test(text[start])) start++;
  while (end > token.end && /\s/.test(text[end - 1])) end--;
  const state = newCardState(now);
  const lemma = view.lemmaKey ?? token.text.toLocaleLowerCase('is');
  return {
    lemma,
    kind: 'recognition',
    // A middle-voice form met in this sentence ("lést" = died) shows its middle voice (látast).
    display: view.middle?.lemma ?? view.degree?.lemma ?? view.lemma ?? token.text,
    pos: view.pos,
    gender: view.gender,
    ipa: view.middle || view.degree ? null : view.ipa,
    // (A participle with no gloss of its own shows its verb's: "sjóðandi" → boil.)
    glosses: [...(view.middle?.senses ?? []), ...(view.degree?.senses ?? []), ...view.senses, ...(view.participleOf?.senses ?? []), ...(view.adverbOf?.senses ?? [])].slice(0, 4).map((s) => s.gloss),
    // The phrase the reader glossed the word in ("átt í" → eiga í = be engaged in), shown first on the back.
    ...(view.phrase && view.phrase.senses.length > 0
      ? { phrase: { text: view.phrase.text, lemma: view.phrase.lemma, glosses: view.phrase.senses.slice(0, 3).map((s) => s.gloss) } }
      : {}),
    sentence: text.slice(start, end),
    formStart: token.start - start,
    formEnd: token.end - start,
    articleId: ctx.articleId,
    due: state.due,
    fsrs: state,
    suspended: false,
    createdAt: now.getTime(),
  };
}
