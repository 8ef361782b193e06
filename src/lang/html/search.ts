/**
 * Search boxes that have no form of their own: on a page wrapped in one form (forms.ts) a search
 * box is a plain element, so its labels ("Leit á vefnum", "Search") would stay when the import
 * falls back to the whole body. They are found before sanitising, while their controls and
 * attributes are still there: a `<search>` element or `role="search"`, a label of a search field,
 * or an element whose id or class says search and that holds a text field. One that holds page
 * content (`<article>`, `<main>`, `<h1>`) or more text than such a box has is not one.
 */
import { MAX_FORM_BOX_TEXT } from './forms.ts';

/** Id and class words that name a search box (English, Icelandic). */
const SEARCH_WORDS = new Set(['search', 'leit', 'searchbox', 'searchform', 'searchbar']);
/** Text fields a search box holds. */
const FIELD = 'input:not([type]), input[type=text i], input[type=search i], [role=searchbox i]';
const SEARCH_FIELD = 'input[type=search i], [role=searchbox i]';

/** The words of an id or class: "site-search", "searchBox" and "leit_form" say search, "research" does not. */
function saysSearch(value: string | null): boolean {
  if (!value) return false;
  const words = value.replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase().split(/[\s_-]+/u);
  return words.some((w) => SEARCH_WORDS.has(w));
}

/** Whether it holds no more than a box's few labels. */
function small(el: Element): boolean {
  if (el.querySelector('article, main, h1')) return false;
  return (el.textContent ?? '').replace(/\s+/gu, ' ').trim().length <= MAX_FORM_BOX_TEXT;
}

/** Whether `el` (not sanitised yet) is a search box or a search field's label. Forms are forms.ts's. */
export function isSearchWidget(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'form' || tag === 'html' || tag === 'body') return false;
  if (tag === 'search' || (el.getAttribute('role') ?? '').toLowerCase() === 'search') return small(el);
  if (tag === 'label') {
    if (el.querySelector(SEARCH_FIELD)) return small(el);
    const id = el.getAttribute('for');
    const body = el.closest('body');
    if (!id || !body) return false;
    const field = body.querySelector(`[id="${id.replace(/["\\]/gu, '\\$&')}"]`);
    return !!field && field.matches(SEARCH_FIELD) && small(el);
  }
  if (!saysSearch(el.getAttribute('id')) && !saysSearch(el.getAttribute('class'))) return false;
  return !!el.querySelector(FIELD) && small(el);
}

/**
 * Removes the search boxes inside `root` (a parsed page's <html>, not yet sanitised: in
 * DOMPurify's hook, before any form is taken apart).
 */
export function dropSearchWidgets(root: Element): void {
  // In document order, an outer box before what is inside it.
  for (const el of Array.from(root.querySelectorAll('*'))) if (el.isConnected && isSearchWidget(el)) el.remove();
}
