import { getAnalysis, getArticle, replaceAnalysis } from '../../db/articles';
import { ANALYSIS_VERSION } from '../../lang/analyse/version';
import type { Analysis } from '../../lang/types';
import type { AnalysisClient } from '../../worker/client';

/** Whether a stored analysis was made by older analysis code or another dictionary build. */
export function isStale(analysis: Pick<Analysis, 'version' | 'dictVersion'>, dictVersion: string): boolean {
  return analysis.version !== ANALYSIS_VERSION || analysis.dictVersion !== dictVersion;
}

/**
 * Re-analyses an article whose stored analysis is stale (after an app or dictionary update) and
 * stores the new one, keeping the learner's token choices. Returns whether it did anything.
 * Fresh analyses are never redone: opening an article does not run the lemmatizer.
 */
export async function refreshStaleAnalysis(articleId: number, client: AnalysisClient): Promise<boolean> {
  const [article, stored] = await Promise.all([getArticle(articleId), getAnalysis(articleId)]);
  if (!article || !stored) return false;
  const dictVersion = await client.dictVersion();
  if (!isStale(stored, dictVersion)) return false;
  const analysis = await client.analyse(article.text);
  // The article may have been deleted meanwhile: nothing to refresh then.
  if (!(await getArticle(articleId))) return false;
  await replaceAnalysis(articleId, analysis);
  return true;
}
