import type { CleanedArticle } from '../../lang/clean/index.ts';

/** What the import preview shows and edits before saving. */
export interface ImportDraft extends CleanedArticle {
  origin: string;
}

/** The text of a draft as it is stored and analysed: its non-empty paragraphs, a blank line apart. */
export function draftText(draft: Pick<ImportDraft, 'paragraphs'>): string {
  return draft.paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}
