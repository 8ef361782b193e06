// @vitest-environment node
/**
 * Forms in imported HTML: a page wrapped in a form keeps its content, a search, signup or login
 * box gives no text. Run in Node, where the import strips markup by hand instead of DOMPurify
 * (index.test.ts covers the DOMPurify path in jsdom's window).
 */
import { describe, expect, it } from 'vitest';
import { SEARCH_PAGE, SEARCH_PAGE_TEXT } from '../../../test/fixtures/html/searchBoxes.ts';
import { extractFromHtml } from './index.ts';
import { settleForms } from './forms.ts';
import { jsdomParser } from './node.ts';

const para = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Málsgrein ${i + 1}: Bæjarstjórnin samþykkti í gær að byggja nýjan leikskóla við Lækjargötu á næsta ári.</p>`).join('\n');

const SEARCH = '<form action="/leit" method="get" role="search"><label for="q">Leit</label><input id="q" name="q" value="SEARCH-LEAK"><button>Leita</button></form>';
const SIGNUP =
  '<form action="https://listi.invalid/skra" method="post"><h4>Fréttabréf</h4><p>Skráðu þig á póstlistann og fáðu fréttir vikunnar.</p><input type="email" placeholder="Netfang"><button>Skrá mig</button></form>';
const LOGIN =
  '<form action="/innskraning" method="post"><label>Notandanafn <input name="u"></label><label>Lykilorð <input type="password" name="p"></label><a href="/gleymt">Gleymt lykilorð?</a><button>Innskrá</button></form>';

describe('settleForms', () => {
  it('takes a form that wraps the page apart and removes the boxes', () => {
    const doc = jsdomParser().parseFromString(`<body>${SEARCH}<form id="aspnetForm"><div id="a"><h1>Fyrirsögn</h1>${para(1)}</div></form>${SIGNUP}</body>`, 'text/html');
    settleForms(doc);
    expect(doc.querySelectorAll('form')).toHaveLength(0);
    expect(doc.body.firstElementChild?.id).toBe('a');
    expect(doc.body.textContent).toBe('FyrirsögnMálsgrein 1: Bæjarstjórnin samþykkti í gær að byggja nýjan leikskóla við Lækjargötu á næsta ári.');
  });

  it('judges a form by its own text, without the boxes left inside it (after a stray </form>)', () => {
    // <form> inside an open form is ignored by the parser; one inside an element that a stray
    // </form> left open is not.
    const page = (heading: string) =>
      `<form id="w"><div></form>${heading}${'Stutt málsgrein. '.repeat(15)}<form id="box">${'Skráðu þig á listann. '.repeat(12)}</form></div></form>`;
    const boxes = jsdomParser().parseFromString(page(''), 'text/html');
    expect(boxes.querySelector('#w #box')).not.toBeNull();
    settleForms(boxes);
    expect(boxes.body.textContent).toBe('');
    const wrapper = jsdomParser().parseFromString(page('<h1>Fyrirsögn</h1>'), 'text/html');
    settleForms(wrapper);
    expect(wrapper.querySelectorAll('form')).toHaveLength(0);
    expect(wrapper.body.textContent).toBe(`Fyrirsögn${'Stutt málsgrein. '.repeat(15)}`);
  });
});

describe('extractFromHtml with forms (Node, markup stripped by hand)', () => {
  it('imports an article wrapped in one form, without the controls or their text', () => {
    const html = `<html><head><title>Nýr leikskóli</title></head><body><form id="aspnetForm" method="post" action="./frett.aspx"><input type="hidden" name="__VIEWSTATE" value="VIEWSTATE-LEAK"><article><h1>Nýr leikskóli</h1>${para(4)}<select><option>OPTION-LEAK</option></select><textarea>TEXTAREA-LEAK</textarea><datalist><option>DATALIST-LEAK</option></datalist><output>OUTPUT-LEAK</output></article></form></body></html>`;
    const r = extractFromHtml(html, jsdomParser());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text.split('\n\n')).toHaveLength(4);
    expect(r.text).not.toMatch(/LEAK|Leita/u);
  });

  it('imports an article wrapped in a form whose controls are named like its properties, as in the browser', () => {
    const html = `<html><body><form id="aspnetForm"><input type="hidden" name="attributes" value="CONTROL-LEAK"><img name="nodeName"><article><h1>Nýr leikskóli</h1>${para(4)}</article></form></body></html>`;
    const r = extractFromHtml(html, jsdomParser());
    expect(r.ok && r.text.split('\n\n')).toEqual(['Nýr leikskóli', ...Array.from({ length: 4 }, (_, i) => expect.stringContaining(`Málsgrein ${i + 1}:`))]);
    expect(r.ok && r.text).not.toContain('LEAK');
  });

  it('leaves out search boxes without a form of their own on a page wrapped in a form, as in the browser', () => {
    const r = extractFromHtml(SEARCH_PAGE, jsdomParser());
    expect(r.ok && r.text).toBe(SEARCH_PAGE_TEXT);
  });

  it('gives no text from search, signup or login boxes, even when the whole body is read', () => {
    // Too little for Readability: the import falls back to the whole body.
    const html = `<html><body>${SEARCH}<div>Stutt tilkynning frá lögreglu.</div>${SIGNUP}<div>Vegurinn er lokaður.</div>${LOGIN}</body></html>`;
    expect(extractFromHtml(html, jsdomParser())).toEqual({
      ok: true,
      text: 'Stutt tilkynning frá lögreglu.\n\nVegurinn er lokaður.',
      hints: { title: null, author: null, publishedAt: null, site: null },
    });
  });
});
