import { extractFromHtml } from '../../lang/html';
import { decodeBytes, looksLikeHtml, MAX_TEXT_CHARS, validateTextInput } from '../../lang/text-input';
import { draftText, prepareTextImport, runTextJob, type ImportDraft, type PrepareResult, type TextJob } from './prepareText';

export { draftText, prepareTextImport, runTextJob, type ImportDraft, type PrepareResult, type TextJob };
export { saveDraft, type SaveResult } from './saveDraft';

/** Largest HTML source accepted (its extracted text must still fit the 2 MB text limit). */
export const MAX_HTML_CHARS = 4 * MAX_TEXT_CHARS;

/**
 * An import after its main-thread steps (decoding, HTML detection, HTML extraction, which needs a
 * DOM): either already decided (refused input) or a text job still to clean. `prepare…Import` runs
 * the job here; the Import page sends it to the cleaning worker instead (cleanClient.ts).
 */
export type ImportStep = { done: PrepareResult } | { job: TextJob };

/** Runs what is left of a step synchronously. */
export function finishStep(step: ImportStep): PrepareResult {
  return 'done' in step ? step.done : runTextJob(step.job);
}

/** HTML (pasted or from a file): readable text is extracted and sanitised, then cleaned as text. */
export function planHtmlImport(html: string, origin: string): ImportStep {
  // A page's source is several times larger than its text: the 2 MB limit applies to the text
  // extracted from it; the source itself may be up to MAX_HTML_CHARS.
  if (html.length > MAX_HTML_CHARS) return { done: { ok: false, reason: 'too-large' } };
  const valid = validateTextInput(html.slice(0, MAX_TEXT_CHARS));
  if (!valid.ok) return { done: { ok: false, reason: valid.reason } };
  const extracted = extractFromHtml(html);
  if (!extracted.ok) return { done: { ok: false, reason: extracted.reason === 'empty' ? 'only-furniture' : extracted.reason } };
  return { job: { text: extracted.text, origin, hints: extracted.hints } };
}

/** Whatever the learner pasted: HTML source is recognised and extracted, anything else is text. */
export function planInputImport(input: string, origin: string): ImportStep {
  return looksLikeHtml(input) ? planHtmlImport(input, `${origin}:html`) : { job: { text: input, origin } };
}

/**
 * An opened or dropped file: decoded by `decodeBytes` (UTF-8, UTF-16 with or without a byte-order
 * mark, Windows-1252; binary files refused), then treated as HTML or text.
 */
export function planFileImport(name: string, bytes: Uint8Array): ImportStep {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { done: { ok: false, reason: decoded.reason } };
  const origin = `file:${name}`;
  const isHtml = /\.x?html?$/i.test(name) || looksLikeHtml(decoded.text);
  return isHtml ? planHtmlImport(decoded.text, origin) : { job: { text: decoded.text, origin } };
}

export const prepareHtmlImport = (html: string, origin: string): PrepareResult => finishStep(planHtmlImport(html, origin));
export const prepareInputImport = (input: string, origin: string): PrepareResult => finishStep(planInputImport(input, origin));
export const prepareFileImport = (name: string, bytes: Uint8Array): PrepareResult => finishStep(planFileImport(name, bytes));

/** Puts a removed block back into the article where it was, and drops it from the removed list. */
export function restoreRemoved(draft: ImportDraft, index: number): ImportDraft {
  const block = draft.removed[index];
  if (!block) return draft;
  const paragraphs = [...draft.paragraphs];
  const at = Math.max(0, Math.min(block.at, paragraphs.length));
  paragraphs.splice(at, 0, block.text);
  // Blocks after the restored one move down with the paragraphs; blocks that sat at the same place
  // and came before it in the page stay in front of it.
  const removed = draft.removed.flatMap((r, i) => {
    if (i === index) return [];
    const shift = r.at > at || (r.at === at && i > index);
    return [shift ? { ...r, at: r.at + 1 } : r];
  });
  return { ...draft, paragraphs, removed, caption: block.reason === 'caption' && draft.caption === block.text ? null : draft.caption };
}
