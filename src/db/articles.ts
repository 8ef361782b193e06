import type { Analysis } from '../lang/types';
import { getDb } from './db';
import { guardStorage } from './errors';
import { contentHash } from './hash';
import { joinAnalysis, legacyEntries, splitAnalysis } from './analysisParts';
import type { AnalysisEntriesRecord, AnalysisRecord, ArticleRecord, StoredAnalysis } from './types';

export type NewArticle = Omit<ArticleRecord, 'id' | 'contentHash' | 'createdAt'> & { createdAt?: number };

/** Finds an article with the same (normalised) text. */
export async function findDuplicate(text: string): Promise<ArticleRecord | undefined> {
  const hash = await contentHash(text);
  return getDb().articles.where('contentHash').equals(hash).first();
}

/** Saves an article and its analysis (both parts, see analysisParts.ts) in one transaction: all or nothing. */
export async function saveArticle(article: NewArticle, analysis: Analysis): Promise<number> {
  const hash = await contentHash(article.text);
  const db = getDb();
  return guardStorage(() =>
    db.transaction('rw', db.articles, db.analyses, db.analysisEntries, async () => {
      const id = await db.articles.add({ ...article, contentHash: hash, createdAt: article.createdAt ?? Date.now() });
      const parts = splitAnalysis(id, analysis);
      await db.analyses.put(parts.record);
      await db.analysisEntries.put(parts.entries);
      return id;
    }),
  );
}

export function listArticles(): Promise<ArticleRecord[]> {
  return getDb().articles.orderBy('createdAt').reverse().toArray();
}

export function getArticle(id: number): Promise<ArticleRecord | undefined> {
  return getDb().articles.get(id);
}

/** The whole analysis of an article (both parts, read together). */
export async function getAnalysis(articleId: number): Promise<Analysis | undefined> {
  const db = getDb();
  const [rec, entries] = await db.transaction('r', db.analyses, db.analysisEntries, () =>
    Promise.all([db.analyses.get(articleId), db.analysisEntries.get(articleId)]),
  );
  return rec && joinAnalysis(rec.analysis, entries);
}

/**
 * The analysis without its dictionary entries: what the reader's first screen and the word counts
 * need, a smaller record to read. The entries follow with `getAnalysisEntries`.
 */
export async function getStoredAnalysis(articleId: number): Promise<StoredAnalysis | undefined> {
  return (await getDb().analyses.get(articleId))?.analysis;
}

/**
 * An article's analysis, with its dictionary entries only when `needsEntries` asks for them having
 * seen the light part (undefined when it has no analysis). For a scan of the whole library that
 * needs the entries of the few articles that match: the others' entries are not read. Both parts
 * are read in one transaction, so entries read belong to the analysis returned.
 */
export async function getAnalysisIfNeeded(
  articleId: number,
  needsEntries: (analysis: StoredAnalysis) => boolean,
): Promise<{ analysis: StoredAnalysis; full: Analysis | undefined } | undefined> {
  const db = getDb();
  return db.transaction('r', db.analyses, db.analysisEntries, async () => {
    const rec = await db.analyses.get(articleId);
    if (!rec) return undefined;
    if (!needsEntries(rec.analysis)) return { analysis: rec.analysis, full: undefined };
    return { analysis: rec.analysis, full: joinAnalysis(rec.analysis, await db.analysisEntries.get(articleId)) };
  });
}

/**
 * The dictionary entries of an article's analysis (undefined when it has no analysis). `stored`,
 * the analysis already read, saves reading it again for a record from before v5.
 */
export async function getAnalysisEntries(articleId: number, stored?: StoredAnalysis): Promise<Analysis['entries'] | undefined> {
  const db = getDb();
  const rec = await db.analysisEntries.get(articleId);
  if (rec) return rec.entries;
  const analysis = stored ?? (await getStoredAnalysis(articleId));
  return analysis && (legacyEntries(analysis) ?? {});
}

export function countArticles(): Promise<number> {
  return getDb().articles.count();
}

/** What `deleteArticle` removed, so that it can be put back (undo). */
export interface DeletedArticle {
  article: ArticleRecord;
  analysis: AnalysisRecord | undefined;
  entries?: AnalysisEntriesRecord;
}

export async function deleteArticle(id: number): Promise<DeletedArticle | undefined> {
  const db = getDb();
  return guardStorage(() =>
    db.transaction('rw', db.articles, db.analyses, db.analysisEntries, async () => {
      const article = await db.articles.get(id);
      if (!article) return undefined;
      const analysis = await db.analyses.get(id);
      const entries = await db.analysisEntries.get(id);
      await db.articles.delete(id);
      await db.analyses.delete(id);
      await db.analysisEntries.delete(id);
      return { article, analysis, entries };
    }),
  );
}

export async function restoreArticle(deleted: DeletedArticle): Promise<void> {
  const db = getDb();
  await guardStorage(() =>
    db.transaction('rw', db.articles, db.analyses, db.analysisEntries, async () => {
      await db.articles.put(deleted.article);
      if (deleted.analysis) await db.analyses.put(deleted.analysis);
      if (deleted.entries) await db.analysisEntries.put(deleted.entries);
    }),
  );
}

/** Remembers the learner's choice of lemma for one token of an article. */
export async function setTokenChoice(articleId: number, tokenIndex: number, chosen: number): Promise<void> {
  const db = getDb();
  await guardStorage(() =>
    db.transaction('rw', db.analyses, async () => {
      const rec = await db.analyses.get(articleId);
      const token = rec?.analysis.tokens[tokenIndex];
      if (!rec || !token || chosen < 0 || chosen >= token.candidates.length) return;
      token.chosen = chosen;
      await db.analyses.put(rec);
    }),
  );
}

/** Replaces the analysis of an article (both parts; e.g. after a dictionary update), keeping token choices. */
export async function replaceAnalysis(articleId: number, analysis: Analysis): Promise<void> {
  const db = getDb();
  await guardStorage(() =>
    db.transaction('rw', db.analyses, db.analysisEntries, async () => {
      const old = await db.analyses.get(articleId);
      if (old) {
        const byStart = new Map(old.analysis.tokens.map((t) => [t.start, t]));
        for (const t of analysis.tokens) {
          const prev = byStart.get(t.start);
          if (prev && prev.chosen > 0) {
            const was = prev.candidates[prev.chosen];
            const idx = t.candidates.findIndex((c) => c.lemma === was?.lemma && c.pos === was?.pos);
            if (idx >= 0) t.chosen = idx;
          }
        }
      }
      const parts = splitAnalysis(articleId, analysis);
      await db.analyses.put(parts.record);
      await db.analysisEntries.put(parts.entries);
    }),
  );
}
