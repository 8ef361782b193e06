import { getArticle, getStoredAnalysis, replaceAnalysis } from '../../db/articles';
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
 * `loaded` is the analysis the caller already has (the reader's): when it is fresh, nothing is
 * read from the database (reading an analysis again costs as much as opening the article did).
 */
export async function refreshStaleAnalysis(
  articleId: number,
  client: AnalysisClient,
  loaded?: Pick<Analysis, 'version' | 'dictVersion'>,
): Promise<boolean> {
  if (loaded && !isStale(loaded, await client.dictVersion())) return false;
  // (Only the light part: the versions are there, and replaceAnalysis reads the token choices itself.)
  const [article, stored] = await Promise.all([getArticle(articleId), getStoredAnalysis(articleId)]);
  if (!article || !stored) return false;
  const dictVersion = await client.dictVersion();
  if (!isStale(stored, dictVersion)) return false;
  const analysis = await client.analyse(article.text);
  // The article may have been deleted meanwhile: nothing to refresh then.
  if (!(await getArticle(articleId))) return false;
  await replaceAnalysis(articleId, analysis);
  return true;
}
