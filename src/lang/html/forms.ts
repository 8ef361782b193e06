/**
 * Forms in imported HTML, while and after sanitising (the controls are gone by then: `<input>`, `<select>`,
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

/**
 * Form controls, and the other elements that can belong to a form. The import drops them all
 * with their content (tags.ts).
 */
const CONTROLS = 'input, button, select, textarea, output, object, datalist, option, optgroup';

/**
 * A DOMPurify `beforeSanitizeElements` hook for the window `win`, so that a form is sanitised
 * like any other element rather than removed whole. A control named like a property of the form
 * (`<input name="attributes">`, `<img name="nodeName">`) hides that property ("DOM clobbering"),
 * and DOMPurify then removes the form with all it holds: on a page wrapped in one form, the whole
 * article. Before DOMPurify looks at a form, this removes what it would remove anyway: every
 * control in the document (one outside the form can belong to it by its `form` attribute), and
 * each `name` and `id` inside the form that names a property of a form. The DOM is reached
 * through the prototypes, never through the form's own properties.
 */
export function unclobberForms(win: Window & typeof globalThis): (node: Node) => void {
  const Form = win.HTMLFormElement;
  const el = win.Element.prototype;
  const ownerDocument = Object.getOwnPropertyDescriptor(win.Node.prototype, 'ownerDocument')!.get!;
  const inDocument = win.Document.prototype.querySelectorAll;
  const createElement = win.Document.prototype.createElement;
  return (node) => {
    if (!Form || !(node instanceof Form)) return;
    const doc = ownerDocument.call(node) as Document;
    for (const control of Array.from(inDocument.call(doc, CONTROLS))) el.remove.call(control);
    const probe = createElement.call(doc, 'form');
    for (const named of Array.from(el.querySelectorAll.call(node, '[name], [id]'))) {
      for (const attr of ['name', 'id']) {
        const value = el.getAttribute.call(named, attr);
        if (value !== null && value in probe) el.removeAttribute.call(named, attr);
      }
    }
  };
}

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
