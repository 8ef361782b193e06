import { getAnalysisIfNeeded, listArticles } from '../../db/articles';
import type { WordContext } from './cardFromToken';
import { tokenLemma } from './tokens';

export interface MetSentence {
  articleId: number;
  title: string;
  sentence: string;
  formStart: number;
  formEnd: number;
  /** Enough to build a card from this sentence. */
  context: WordContext;
}

/** Sentences of the learner's articles where the lemma occurs (first occurrence per sentence), newest articles first. */
export async function findSentences(lemma: string, limit = 5): Promise<MetSentence[]> {
  const out: MetSentence[] = [];
  for (const article of await listArticles()) {
    if (out.length >= limit) break;
    // Only an article that has the word is read with its dictionary entries (a card made from the
    // sentence needs them).
    const analysis = (await getAnalysisIfNeeded(article.id!, (a) => a.tokens.some((t) => tokenLemma(t) === lemma)))?.full;
    if (!analysis) continue;
    const seen = new Set<number>();
    analysis.tokens.forEach((t, tokenIndex) => {
      if (out.length >= limit || seen.has(t.sentence) || tokenLemma(t) !== lemma) return;
      seen.add(t.sentence);
      const span = analysis.sentences[t.sentence] ?? { start: t.start, end: t.end };
      const raw = article.text.slice(span.start, span.end);
      const lead = raw.length - raw.trimStart().length;
      const sentence = raw.trim();
      out.push({
        articleId: article.id!,
        title: article.title,
        sentence,
        formStart: t.start - span.start - lead,
        formEnd: t.end - span.start - lead,
        context: { articleId: article.id!, text: article.text, analysis, tokenIndex },
      });
    });
  }
  return out;
}
