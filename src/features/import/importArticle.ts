import { extractFromHtml } from '../../lang/html';
import { decodeBytes, looksLikeHtml, MAX_TEXT_CHARS, validateTextInput } from '../../lang/text-input';
import { draftText, prepareTextImport, type ImportDraft, type PrepareResult } from './prepareText';

export { draftText, prepareTextImport, type ImportDraft, type PrepareResult };
export { saveDraft, type SaveResult } from './saveDraft';

/** Largest HTML source accepted (its extracted text must still fit the 2 MB text limit). */
export const MAX_HTML_CHARS = 4 * MAX_TEXT_CHARS;

/** HTML (pasted or from a file): readable text is extracted and sanitised, then cleaned as text. */
export function prepareHtmlImport(html: string, origin: string): PrepareResult {
  // A page's source is several times larger than its text: the 2 MB limit applies to the text
  // extracted from it; the source itself may be up to MAX_HTML_CHARS.
  if (html.length > MAX_HTML_CHARS) return { ok: false, reason: 'too-large' };
  const valid = validateTextInput(html.slice(0, MAX_TEXT_CHARS));
  if (!valid.ok) return { ok: false, reason: valid.reason };
  const extracted = extractFromHtml(html);
  if (!extracted.ok) return { ok: false, reason: extracted.reason === 'empty' ? 'only-furniture' : extracted.reason };
  return prepareTextImport(extracted.text, origin, extracted.hints);
}

/** Whatever the learner pasted: HTML source is recognised and extracted, anything else is text. */
export function prepareInputImport(input: string, origin: string): PrepareResult {
  return looksLikeHtml(input) ? prepareHtmlImport(input, `${origin}:html`) : prepareTextImport(input, origin);
}

/** An opened or dropped file: decoded (UTF-8, UTF-16, Windows-1252), then treated as HTML or text. */
export function prepareFileImport(name: string, bytes: Uint8Array): PrepareResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const origin = `file:${name}`;
  const isHtml = /\.x?html?$/i.test(name) || looksLikeHtml(decoded.text);
  return isHtml ? prepareHtmlImport(decoded.text, origin) : prepareTextImport(decoded.text, origin);
}

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
