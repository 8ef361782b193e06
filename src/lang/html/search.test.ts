/**
 * Search boxes without a form of their own, on a page wrapped in one form: their labels stay
 * out of the article when the import reads the whole body, real article text stays in.
 * (DOMPurify's path, in jsdom's window; forms.test.ts checks the Node path.)
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from './index.ts';
import { SEARCH_PAGE, SEARCH_PAGE_TEXT } from '../../../test/fixtures/html/searchBoxes.ts';
import { isSearchWidget } from './search.ts';

describe('search boxes without a form of their own', () => {
  it('leave no labels in the body text of a page wrapped in a form, and the article text stays', () => {
    const r = extractFromHtml(SEARCH_PAGE);
    expect(r.ok && r.text).toBe(SEARCH_PAGE_TEXT);
  });

  it('are told from article text by their role, their field and their id or class, and by how little they hold', () => {
    const doc = new DOMParser().parseFromString(SEARCH_PAGE, 'text/html');
    const found = Array.from(doc.body.querySelectorAll('*'))
      .filter(isSearchWidget)
      .map((el) => el.localName + (el.id ? `#${el.id}` : '') + (el.className ? `.${el.className}` : '') + (el.getAttribute('for') ? `[for=${el.getAttribute('for')}]` : ''));
    expect(found).toEqual(['div.site-search', 'label[for=q]', 'div', 'search', 'div#searchBox', 'label[for=q2]']);
    // A long text or a heading inside is page content, whatever the box is called.
    const big = new DOMParser().parseFromString(`<div role="search"><input>${'<p>Löng málsgrein um leitina. </p>'.repeat(30)}</div>`, 'text/html');
    expect(isSearchWidget(big.body.firstElementChild!)).toBe(false);
  });
});
