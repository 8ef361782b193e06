import { findDuplicate, saveArticle } from '../../db/articles';
import type { ArticleRecord } from '../../db/types';
import { cleanArticle, type CleanedArticle } from '../../lang/clean';
import { validateTextInput } from '../../lang/text-input';
import type { AnalysisClient } from '../../worker/client';

/** What the import preview shows and edits before saving. */
export interface ImportDraft extends CleanedArticle {
  origin: string;
}

export type PrepareResult =
  | { ok: true; draft: ImportDraft }
  | { ok: false; reason: 'empty' | 'too-large' | 'only-furniture' | 'binary' };

/** Cleans pasted or loaded text into a draft article. Nothing is stored yet. */
export function prepareTextImport(text: string, origin: string): PrepareResult {
  const valid = validateTextInput(text);
  if (!valid.ok) return { ok: false, reason: valid.reason };
  const cleaned = cleanArticle(text);
  if (cleaned.paragraphs.join('').trim().length === 0) return { ok: false, reason: 'only-furniture' };
  return { ok: true, draft: { ...cleaned, origin } };
}

export function draftText(draft: Pick<ImportDraft, 'paragraphs'>): string {
  return draft.paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}

export type SaveResult = { status: 'saved'; id: number } | { status: 'duplicate'; existing: ArticleRecord };

/**
 * Saves a draft: analyses its text in the worker, then stores article and analysis in one
 * transaction. An article whose text is already in the library is not stored again.
 */
export async function saveDraft(draft: ImportDraft, client: AnalysisClient): Promise<SaveResult> {
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
