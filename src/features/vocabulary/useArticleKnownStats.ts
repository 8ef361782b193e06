import { useLiveQuery } from 'dexie-react-hooks';
import { getStoredAnalysis } from '../../db/articles';
import type { StoredAnalysis } from '../../db/types';
import { getWords } from '../../db/words';
import { articleLemmas, knownStats, type ArticleKnownStats, type ArticleLemmas } from './tokens';

// Lemma counts are derived from the stored analysis; kept per article while its analysis is the same.
const cache = new Map<number, { sig: string; lemmas: ArticleLemmas }>();
const sig = (a: StoredAnalysis) => `${a.version}|${a.dictVersion}|${a.tokens.length}|${a.tokens.reduce((s, t, i) => s + t.chosen * (i + 1), 0)}`;

function lemmasOf(articleId: number, analysis: StoredAnalysis): ArticleLemmas {
  const s = sig(analysis);
  const hit = cache.get(articleId);
  if (hit && hit.sig === s) return hit.lemmas;
  const lemmas = articleLemmas(analysis);
  cache.set(articleId, { sig: s, lemmas });
  return lemmas;
}

/** Known-word figures per article (words, unique lemmas, % of running words known, New lemmas). */
export async function articleKnownStats(articleIds: readonly number[]): Promise<Map<number, ArticleKnownStats>> {
  const analyses = await Promise.all(articleIds.map(async (id) => [id, await getStoredAnalysis(id)] as const));
  const per = analyses.filter(([, a]) => a).map(([id, a]) => [id, lemmasOf(id, a!)] as const);
  const all = new Set<string>();
  for (const [, l] of per) for (const k of l.lemmas.keys()) all.add(k);
  const words = await getWords([...all]);
  return new Map(per.map(([id, l]) => [id, knownStats(l, (k) => words.get(k)?.status)]));
}

/**
 * For the library: live known-word figures of the given articles (updates when statuses change).
 * The result fits `LibraryView`'s `stats` prop.
 */
export function useArticleKnownStats(articleIds: readonly number[] | undefined): ReadonlyMap<number, ArticleKnownStats> | undefined {
  const key = articleIds?.join(',') ?? '';
  return useLiveQuery(() => articleKnownStats(articleIds ?? []), [key]);
}
