/**
 * limitNesting: pages that nest no deeper than the limit come back unchanged; deeper ones lose
 * only plain tags beyond it, never text, and what the import drops stays dropped (checked with
 * jsdom's parser, before and after). Small limits make generated markup exercise the flattening.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzParams } from '../../../test/support/fuzz.ts';
import { extractFromHtml } from './index.ts';
import { CHROMIUM_MAX_DEPTH, limitNesting, MAX_NESTING } from './nesting.ts';
import { DROP_TAGS } from './tags.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Text that the import can keep: everything outside the dropped elements, <head> and <title>. */
function visibleText(doc: Document): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.nodeValue;
    if (n.nodeType === 1) {
      const tag = (n as Element).localName.toLowerCase();
      if (DROP_TAGS.includes(tag) || tag === 'head' || tag === 'title') return;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(doc);
  return out;
}

/** The text's characters, spaces left out and sorted: the same text, wherever the parser put it. */
const chars = (s: string) => [...s.replace(/\s+/gu, '')].sort().join('');

/** Levels of elements from <html> down, not counting the `<br>`s that stand for left-out blocks. */
function depthOf(doc: Document): number {
  let max = 0;
  const stack: [Element, number][] = [[doc.documentElement, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    max = Math.max(max, d);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.localName !== 'br') stack.push([c, d + 1]);
  }
  return max;
}

/** Levels of elements from <html> down, every element counted (the `<br>`s too). */
function fullDepthOf(doc: Document): number {
  let max = 0;
  const stack: [Element, number][] = [[doc.documentElement, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    max = Math.max(max, d);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return max;
}

/** limitNesting that never refuses (refusal is tested on its own). */
function flatten(html: string, max?: number): string {
  const out = limitNesting(html, max, Infinity);
  if (out === null) throw new Error('refused');
  return out;
}

const nest = (tag: string, depth: number, inner: string) => `${`<${tag}>`.repeat(depth)}${inner}${`</${tag}>`.repeat(depth)}`;

describe('limitNesting', () => {
  it('returns a page that nests no deeper than the limit unchanged', () => {
    const page = `<!doctype html><html><head><title>T</title></head><body>${nest('div', 40, '<p>Texti<p>Meira<ul><li>a<li>b</ul>')}</body></html>`;
    expect(flatten(page)).toBe(page);
    // Unclosed <p>, <li> and table cells close each other, as in the parser.
    const flat = `<body>${'<p>málsgrein '.repeat(2000)}${'<li>liður '.repeat(2000)}<table>${'<tr><td>a<td>b'.repeat(1000)}</table></body>`;
    expect(flatten(flat)).toBe(flat);
  });

  it('flattens a page nested thousands deep to the limit, keeping its text and blocks', () => {
    const page = `<html><body>${nest('article', 4000, `<p>Fyrsta málsgrein.</p>${nest('span', 3000, 'Önnur')}<div>Þriðja.</div>`)}</body></html>`;
    const out = flatten(page);
    expect(out.length).toBeLessThan(page.length / 10);
    const doc = parse(out);
    expect(depthOf(doc)).toBeLessThanOrEqual(MAX_NESTING + 2);
    expect(chars(visibleText(doc))).toBe(chars('Fyrsta málsgrein. Önnur Þriðja.'));
    const r = extractFromHtml(page);
    expect(r.ok && r.text).toBe('Fyrsta málsgrein.\n\nÖnnur\n\nÞriðja.');
  });

  it('reads tags the way the tokenizer does: quoted ">" in attributes, comments, scripts, raw text', () => {
    const inner = [
      '<div title="a > <div> b" data-x=\'<span>\'>eitt</div>',
      '<!-- <div> --><!--> tvö <div>',
      '<script>if (a <div> b) {} "<!--<script></script><div>"</script>',
      '<textarea><div></textarea><style><div></style>',
    ].join('');
    const out = flatten(nest('div', 5, inner), 3);
    // The tag with a quoted ">" in its attributes is left out whole.
    expect(out).toContain('<div><div><div><br>eitt<br><!-- <div> --><!-->');
    expect(out).toContain('<script>if (a <div> b) {} "<!--<script></script><div>"</script>');
    expect(out).toContain('<textarea><div></textarea><style><div></style>');
    expect(out).not.toMatch(/title=|data-x/);
  });

  it('never leaves out the tags of elements whose content is dropped, nor anything inside them', () => {
    const hidden =
      '<svg><text>SVG</text></svg><noscript>NOSCRIPT</noscript><template>TEMPLATE</template><button>BUTTON</button><select><option>OPTION</select><datalist><option>DATALIST</datalist>';
    const page = `<div><div>${hidden}</div></div>${nest('div', 10, 'djúpt')}`;
    const out = flatten(page, 4);
    expect(out).not.toBe(page);
    expect(out).toContain(`<div><div>${hidden}</div></div>`);
    expect(visibleText(parse(out))).not.toMatch(/SVG|NOSCRIPT|TEMPLATE|BUTTON|OPTION|DATALIST/);
    // Opened inside a left-out element, where its content ends could depend on what is left
    // out: then the page stays as it is.
    const inside = nest('div', 10, hidden);
    expect(flatten(inside, 2)).toBe(inside);
    // Tables keep their parts: text outside the cells would move out of the table (and out of a
    // form inside a cell).
    const table = `<table><tr><td><form>${nest('div', 5, 'FORM')}</form></td></tr></table>`;
    expect(parse(flatten(nest('div', 2, table), 3)).querySelector('form')?.textContent).toBe('FORM');
  });

  it('keeps form tags and what each form holds, and flattens a page wrapped in a form', () => {
    // (Old ASP.NET pages: <form id="aspnetForm"> around everything.)
    const page = `<form id="aspnetForm">${nest('div', 20, '<p>Greinin sjálf.</p>')}<form>ekki form</form></form><div><form>Leit</form></div>`;
    const out = flatten(page, 4);
    expect(out).not.toBe(page);
    const doc = parse(out);
    expect(depthOf(doc)).toBeLessThanOrEqual(4 + 2);
    expect(Array.from(doc.querySelectorAll('form'), (f) => f.textContent)).toEqual(['Greinin sjálf.ekki form', 'Leit']);
    // One opened inside a left-out element: where it ends could depend on what is left out.
    const inside = nest('div', 10, '<form>Leit</form>');
    expect(flatten(inside, 2)).toBe(inside);
  });

  it('leaves out tables in tables beyond the limit, with all their parts, keeping the text of each cell', () => {
    const cells = Array.from({ length: 600 }, (_, i) => `Reitur ${i + 1}.`);
    // (Rows in a bare table get the <tbody> the parser adds counted too: Chromium moves elements
    // deeper than 512 levels, which would join the texts of cells.)
    const page = `<html><body>${cells.map((t, i) => `<table>${i % 2 ? '<tbody>' : ''}<tr><td>${t}`).join('')}${'</td></tr></table>'.repeat(600)}</body></html>`;
    const out = flatten(page);
    const doc = parse(out);
    expect(depthOf(doc)).toBeLessThanOrEqual(MAX_NESTING + 2);
    expect(visibleText(doc)).toBe(cells.join(''));
    // Each cell left out is a <br>, so each text stays a block of its own.
    const r = extractFromHtml(page);
    expect(r.ok && r.text.split('\n\n')).toEqual(cells);
    // Rows and cells opened without their tags, stray end tags, captions and columns: none of
    // them may close a kept cell in the output.
    const soup = nest('div', 3, `<table><tr><td>a<table><caption>b</caption><colgroup><col><td>c</tbody><td>d</tr></caption><tr><th>e</table>f</td></tr></table>g`);
    // (A table is kept only with room for its row group, row and cell: 3 + 4 levels.)
    const small = flatten(soup, 7);
    expect(small).not.toBe(soup);
    expect(visibleText(parse(small))).toBe(visibleText(parse(soup)));
    expect(Array.from(parse(small).querySelectorAll('td'), (td) => td.textContent)).toEqual(['abcdef']);
  });

  it("keeps every page it flattens within Chromium's parser depth, tables of every shape included", () => {
    // Chromium puts an element deeper than 512 levels (<html> and <body> counted) beside its
    // parent and leaves the text where it was: the deepest blocks' texts would run together.
    const tables = (open: string, n: number) => Array.from({ length: n }, (_, i) => `${open}Reitur ${i}.`).join('');
    const real = {
      divs: `<html><body>${nest('div', 600, '<p>a</p><p>b</p>')}</body></html>`,
      blocks: `<html><body>${Array.from({ length: 600 }, (_, i) => `<div><p>Málsgrein ${i}.</p>`).join('')}</body></html>`,
      tables: `<html><body>${tables('<table><tr><td>', 200)}</body></html>`,
      cellsInTbody: `<html><body>${tables('<table><tbody><td>', 200)}</body></html>`,
    };
    for (const [name, page] of Object.entries(real)) {
      const doc = parse(flatten(page));
      expect(fullDepthOf(doc), name).toBeLessThanOrEqual(CHROMIUM_MAX_DEPTH);
      expect(depthOf(doc), name).toBeLessThanOrEqual(MAX_NESTING + 2);
    }
    // Every shape of table, opened anywhere up to the limit (a small one, for speed).
    const max = 30;
    const shapes = [
      '<table><tr><td>', '<table><tbody><tr><td>', '<table><td>', '<table><tbody><td>', '<table><thead><th>', '<table><caption>',
      '<table><caption>Texti.<td>', '<table><colgroup><td>', '<table><tr><td><table><caption><td>',
    ];
    for (const shape of shapes) {
      for (let short = 0; short < 6; short++) {
        const doc = parse(flatten(`<html><body>${'<div>'.repeat(max - short)}${tables(shape, 20)}</body></html>`, max));
        expect(depthOf(doc), `${shape}, ${short} short`).toBeLessThanOrEqual(max + 2);
      }
    }
  });

  it('refuses a page that would still nest too deep: inside elements whose content is dropped', () => {
    expect(limitNesting(`<p>Texti.</p><noscript>${nest('div', 1500, 'x')}</noscript>`)).toBeNull();
    expect(limitNesting(`<p>Texti.</p><noscript>${nest('table><tr><td', 400, 'x')}</noscript>`)).toBeNull();
    expect(limitNesting(`<p>Texti.</p><noscript>${nest('div', 900, 'x')}</noscript>`)).not.toBeNull();
    // (Refused before it is parsed: in jsdom, parsing and sanitising it took 40 s.)
    expect(extractFromHtml(`<p>Texti.</p><object>${nest('span', 6000, 'x')}</object>`)).toEqual({ ok: false, reason: 'broken-html' });
  });

  it('does not join the text around a left-out tag into new markup', () => {
    const out = flatten(`${nest('div', 4, '<script>a<<b>/script>b')}`, 2);
    expect(out).toContain('<script>a<<b>/script>b');
    expect(flatten(nest('div', 4, 'x<<b>/script>y'), 2)).not.toContain('</script>');
    expect(flatten(nest('div', 4, 'x-<b>->y'), 2)).not.toContain('-->');
  });
});

// Generated markup, tricky parts included, flattened at small limits. PWNED_MARK stands where
// code hides (scripts, styles, attributes, comments, raw text), FALDA in text that the import
// drops (<noscript>, <select>, <button>, <template>, SVG, MathML).
const MARK = 'PWNED_MARK';
const HIDDEN = 'FALDA';
const word = fc.constantFrom('Veðrið', 'er', 'gott', 'í', 'dag', 'þjóðvegur', 'Ísland');
const plainTag = fc.constantFrom(
  'div', 'p', 'span', 'b', 'i', 'a', 'li', 'ul', 'section', 'h2', 'h3', 'font', 'x-widget', 'nobr', 'dd', 'dt', 'dl', 'em', 'pre', 'center', 'label', 'ruby',
  'rt', 'details', 'font color=red', "a title='>'",
);
const trickyTag = fc.constantFrom(
  'table', 'tr', 'td', 'th', 'tbody', 'caption', 'colgroup', 'button', 'form', 'select', 'option', 'optgroup', 'noscript', 'template',
  'svg', 'g', 'math', 'mi', 'mtext', 'mglyph', 'annotation-xml encoding="text/html"', 'annotation-xml', 'foreignObject', 'desc', 'title', 'object',
  'applet', 'marquee', 'canvas', 'video', 'listing', 'image', 'input', 'keygen', 'frameset', 'head', 'body', 'html', 'dialog', 'div a"b=c',
  'span/', 'div/',
);
const open = fc.oneof({ weight: 8, arbitrary: plainTag }, { weight: 1, arbitrary: trickyTag });
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')) },
  { weight: 6, arbitrary: open.map((t) => `<${t}>`) },
  { weight: 6, arbitrary: open.map((t) => `</${t.split(' ')[0]}>`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      `<script>${MARK}<div></script>`, `<style>${MARK}</style>`, `<textarea>${MARK}<p></textarea>`, `<title>${MARK}</title>`,
      `<iframe>${MARK}<b></iframe>`, `<!-- ${MARK} <div> -->`, `<img src=x onerror="${MARK}">`, `<div title="${MARK} > <p>">`,
      `<svg><script>${MARK}</script></svg>`, `<![CDATA[${MARK}]]>`, `<br>`, `<svg/>`, `<p/>`, `<`, `-`, `</`, `<!-->`,
      `<script><!--<script></script>${MARK}</script>`, `<script><!-->${MARK}</script>`, `<?${MARK}>`, `</ ${MARK}>`, `<!--->${MARK}`,
      `<noscript>${HIDDEN}</noscript>`, `<select>${HIDDEN}</select>`, `<button>${HIDDEN}</button>`, `<form>${HIDDEN}</form>`,
      `<math><mi>${HIDDEN}</mi></math>`, `<svg><text>${HIDDEN}</text></svg>`, `<template>${HIDDEN}</template>`,
      `<!DOCTYPE html>`, `<xmp><b></xmp>`, `<noembed><b></noembed>`, `<plaintext>`,
    ),
  },
);
const markup = fc.array(piece, { maxLength: 120 }).map((p) => p.join(''));
/** Long tag soups: deep enough at the larger limits too. */
const longMarkup = fc.array(piece, { minLength: 30, maxLength: 300, size: 'max' }).map((p) => p.join(''));

describe('limitNesting on generated markup', () => {
  it.each([
    { name: 'short', html: markup, limits: fc.integer({ min: 1, max: 6 }), runs: 300 },
    { name: 'long', html: longMarkup, limits: fc.integer({ min: 1, max: 30 }), runs: 100 },
  ])('keeps the same text, the same text dropped, and no more of hidden code ($name markup, small limits)', ({ html: gen, limits, runs }) => {
    fc.assert(
      fc.property(gen, limits, (html, max) => {
        const out = flatten(html, max);
        const before = visibleText(parse(html));
        const after = visibleText(parse(out));
        expect(after.split(MARK).length).toBe(before.split(MARK).length);
        // (Which form holds a text is not compared: "</form>" ends only the form, formatting
        // elements that the parser opens again inside it stay open after it, and the text after
        // the form goes into them. Which ones it opens again can change when tags are left out;
        // that text may then come after the form, where a browser shows it anyway.)
        expect(chars(visibleText(parse(out)))).toBe(chars(visibleText(parse(html))));
      }),
      { ...fuzzParams(runs) },
    );
  });

  // Tables in tables, rows and cells without their tags, stray end tags, captions and columns,
  // among the other pieces.
  const tablePiece = fc.oneof(
    { weight: 4, arbitrary: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')) },
    { weight: 8, arbitrary: fc.constantFrom('table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup', 'col', 'div', 'p', 'span', 'li', 'b').map((t) => `<${t}>`) },
    { weight: 3, arbitrary: fc.constantFrom('table', 'tr', 'td', 'th', 'tbody', 'caption', 'colgroup', 'div', 'p', 'b').map((t) => `</${t}>`) },
    { weight: 2, arbitrary: piece },
  );
  const tables = fc.array(tablePiece, { minLength: 20, maxLength: 300, size: 'max' }).map((p) => p.join(''));

  it('keeps the same text, the same text dropped, and no more of hidden code (tables in tables, small limits)', () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 1, max: 12 }), (html, max) => {
        const out = flatten(html, max);
        const before = visibleText(parse(html));
        const after = visibleText(parse(out));
        expect(after.split(MARK).length).toBe(before.split(MARK).length);
        expect(chars(after)).toBe(chars(before));
      }),
      { ...fuzzParams(200) },
    );
  });

  it('bounds the depth of tables in tables', () => {
    const plain = fc
      .array(
        fc.oneof(
          word,
          fc.constantFrom('table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup', 'col', 'div', 'span', 'p').map((t) => `<${t}>`),
          fc.constantFrom('</td>', '</tr>', '</table>', '</caption>', '</tbody>'),
        ),
        { maxLength: 300 },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(plain, fc.integer({ min: 1, max: 8 }), (html, max) => {
        // (<html> and <body>: a table is kept only with room for the parts the parser adds. A
        // page that comes back as it is, because leaving tags out would change what the parser
        // makes of it, is bounded by the import: sanitise.test.ts.)
        const out = flatten(html, max);
        if (out !== html) expect(depthOf(parse(out))).toBeLessThanOrEqual(max + 2);
      }),
      { ...fuzzParams(200) },
    );
  });

  it('bounds the depth of plain markup', () => {
    const plain = fc.array(fc.oneof(word, fc.constantFrom('div', 'span', 'p', 'b', 'section', 'li', 'x-a').map((t) => `<${t}>`)), { maxLength: 300 }).map((p) => p.join(''));
    fc.assert(
      fc.property(plain, fc.integer({ min: 1, max: 8 }), (html, max) => {
        // (<html>, <body>, and <b>s that the parser opens again inside later blocks.)
        expect(depthOf(parse(flatten(html, max)))).toBeLessThanOrEqual(max + 2 + 3);
      }),
      { ...fuzzParams(100) },
    );
  });
});
