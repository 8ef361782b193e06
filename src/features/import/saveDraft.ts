import { findDuplicate, saveArticle } from '../../db/articles';
import type { ArticleRecord } from '../../db/types';
import type { AnalysisClient } from '../../worker/client';
import { draftText, type ImportDraft } from './draft';

/*
 * Storing a draft, apart from the cleaning and HTML extraction of importArticle.ts: the first-run
 * seeding (seedFirstRun.ts) needs only this, so a first visit does not load, compile and run
 * Readability, DOMPurify and the cleaner before the library can show the sample.
 */

export type SaveResult = { status: 'saved'; id: number } | { status: 'duplicate'; existing: ArticleRecord };

/**
 * Saves a draft: analyses its text in the worker, then stores article and analysis in one
 * transaction. An article whose text is already in the library is not stored again.
 */
export async function saveDraft(draft: ImportDraft, client: Pick<AnalysisClient, 'analyse'>): Promise<SaveResult> {
  const text = draftText(draft);
  const existing = await findDuplicate(text);
  if (existing) return { status: 'duplicate', existing };
  const analysis = await client.analyse(text);
  const wordCount = analysis.tokens.filter((t) => t.kind === 'word').length;
  try {
    const id = await saveArticle(
      {
        title: draft.title.trim() || text.slice(0, 60),
        author: draft.author,
        publishedAt: draft.publishedAt,
        site: draft.site,
        caption: draft.caption,
        text,
        wordCount,
        origin: draft.origin,
      },
      analysis,
    );
    return { status: 'saved', id };
  } catch (e) {
    // Another tab may have saved the same article a moment ago (unique content hash).
    const again = await findDuplicate(text);
    if (again) return { status: 'duplicate', existing: again };
    throw e;
  }
}
