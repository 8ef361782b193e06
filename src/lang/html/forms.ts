/**
 * Forms in imported HTML, after sanitising (the controls are gone by then: `<input>`, `<select>`,
 * `<textarea>`, `<button>`, `<option>`, `<datalist>` … are dropped with their content, and
 * `action`, `method` and `formaction` attributes with the other URLs).
 *
 * A form is either a page wrapped in one (old ASP.NET pages put everything inside
 * `<form id="aspnetForm">`) or a box on the page: search, newsletter signup, login, comments.
 * A wrapper is taken apart (its content stays where it was, without the `<form>`), so the article
 * inside it imports as usual; a box is removed with what is left of its text (labels, "sign up
 * for our newsletter"). What tells them apart is what is left inside: the article's markers
 * (`<article>`, `<main>`, `<h1>`) or more text than such a box holds.
 */

/** The most text (spaces collapsed) a search, signup or login box leaves once its controls are gone. */
export const MAX_FORM_BOX_TEXT = 400;

/** Elements that only a page's content holds, never a box. */
const PAGE_MARKERS = 'article, main, h1';

/** Whether the (sanitised) form holds page content rather than a box's few labels. */
export function wrapsPage(form: Element): boolean {
  if (form.querySelector(PAGE_MARKERS)) return true;
  const text = (form.textContent ?? '').replace(/\s+/gu, ' ').trim();
  return text.length > MAX_FORM_BOX_TEXT;
}

/**
 * Takes every wrapper form in `doc` apart and removes every other form. Innermost first (the
 * parser can leave a form inside another, after a stray `</form>`), so a box inside a wrapper
 * is gone before the wrapper's text is measured.
 */
export function settleForms(doc: Document): void {
  const forms = Array.from(doc.getElementsByTagName('form'));
  for (let i = forms.length - 1; i >= 0; i--) {
    const form = forms[i];
    if (!wrapsPage(form)) {
      form.remove();
      continue;
    }
    // All its content at once (a fragment), not child by child: a page can have thousands.
    const range = doc.createRange();
    range.selectNodeContents(form);
    form.replaceWith(range.extractContents());
  }
}
