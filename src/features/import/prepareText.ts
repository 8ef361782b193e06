import { cleanArticle, type CleanHints } from '../../lang/clean/index.ts';
import { validateTextInput } from '../../lang/text-input/index.ts';
import { draftText, type ImportDraft } from './draft.ts';

export { draftText, type ImportDraft };

/**
 * Plain text → draft article, and draft → the text that is stored and analysed. Framework- and
 * storage-free, so the build can run it too (src/features/import/seedAnalysesPlugin.ts).
 */

export type PrepareResult =
  | { ok: true; draft: ImportDraft }
  | { ok: false; reason: 'empty' | 'too-large' | 'only-furniture' | 'binary' | 'broken-html' | 'no-words' };

const LETTER = /\p{L}/u;

/**
 * Cleans pasted or loaded plain text into a draft article. Nothing is stored yet. Text with no
 * letter at all (punctuation, digits, symbols) has nothing to read and is refused. Text the cleaner
 * takes out entirely (a single line with no full stop reads like a headline; a paste of menus) is
 * not refused: the draft has no paragraphs and every block in `removed`, for the preview to offer
 * back, so nothing the learner pasted is lost.
 */
export function prepareTextImport(text: string, origin: string, hints?: CleanHints): PrepareResult {
  const valid = validateTextInput(text);
  if (!valid.ok) return { ok: false, reason: valid.reason };
  if (!LETTER.test(text)) return { ok: false, reason: 'no-words' };
  const cleaned = cleanArticle(text, hints);
  const nothingLeft = cleaned.paragraphs.join('').trim().length === 0;
  if (nothingLeft && !cleaned.removed.some((r) => LETTER.test(r.text))) return { ok: false, reason: 'only-furniture' };
  return { ok: true, draft: { ...cleaned, origin } };
}

/**
 * The part of an import that needs no DOM: a text (pasted, decoded from a file, or extracted from
 * HTML on the main thread) to validate and clean. Plain data, so it can be posted to the cleaning
 * worker (`clean.worker.ts`), which runs `runTextJob` on it: the same function as the synchronous path.
 */
export interface TextJob {
  text: string;
  origin: string;
  hints?: CleanHints;
}

export function runTextJob(job: TextJob): PrepareResult {
  return prepareTextImport(job.text, job.origin, job.hints);
}
