/**
 * Bounds how deeply imported HTML nests, before it is parsed.
 *
 * Article pages nest a few dozen elements deep. Broken or hostile ones can nest thousands (an
 * unclosed tag repeated in a loop), and HTML parsers do work per open element for every tag they
 * read (the tree builder's scope checks; jsdom also walks every ancestor on each insertion), so
 * parsing alone grows with the square of the depth: seconds for 4,000 levels, and the import
 * parses a page two or three times. Browsers bound the tree they build (Chromium attaches
 * elements deeper than 512 levels to their grandparent, and leaves their text where it was, so
 * the deepest blocks run together) but not that work. The limit leaves room below Chromium's
 * for <html>, <body> and the levels the parser adds on its own: a table is kept only with room
 * for the <tbody>, <tr> and <td> it needs, and a row or cell counts the row group and row the
 * parser adds around it.
 *
 * `limitNesting` reads the markup once the way the HTML tokenizer does (tags with quoted
 * attributes, comments, raw text such as scripts) and follows the parser's stack of open
 * elements closely enough for this: implied end tags (`<p>`, `<li>`, table cells, ruby), which
 * open element an end tag closes (scope, special elements, the adoption agency's furthest
 * block, `</form>`), SVG and MathML content and where HTML ends it. A page that never nests
 * deeper than the limit comes back unchanged. Otherwise plain container and phrasing tags
 * beyond the limit are left out, with their end tags: a block tag (`<div>`, `<p>`, `<li>` …)
 * becomes one `<br>`, so its text stays a block of its own, and an inline one (`<span>`, `<b>`,
 * custom elements) disappears. Text stays where it was; where a left-out element's end tag
 * (or an implied one) also closed kept elements, their end tags are written instead.
 *
 * Sanitising is not this module's job (DOMPurify runs on what the parser makes of the result),
 * but what the import drops must stay dropped and nothing new may appear: nothing inside raw
 * text or comments changes, and scripts, styles, SVG, templates, form controls and the other
 * elements whose content the import drops keep their tags and everything inside them (but
 * nested SVG and MathML elements beyond the limit); a table opened within the limit keeps all
 * its parts. Forms keep their tags, and their content is
 * flattened like any other (a page may be wrapped in one). Where the parser's handling of such
 * an element or a form could depend on the tags left out (one opened inside a left-out element
 * or after a left-out formatting element that the parser would open again, a frameset, a
 * left-out formatting element whose end tag moves kept elements), the page comes back
 * unchanged. One known difference: text after a `</form>` that the parser keeps inside the form
 * only because it opened a formatting element again there can come out of the form (where a
 * browser shows it anyway). A table opened beyond the limit is left out with all its parts (its
 * rows, cells, captions, columns and their end tags, stray ones included: in the output they
 * would close a kept cell), a cell or caption as one `<br>`; text outside its cells stays where
 * it was instead of going before the table. Not bounded: content nested inside the elements
 * whose content is dropped, nor formatting elements that the parser opens again inside later
 * blocks (the import measures what the parser built, index.ts). A page that still nests deeper
 * than twice the limit is refused (null): no article is that deep, and parsing it would take
 * seconds.
 */
import { BLOCK_TAGS, DROP_TAGS } from './tags.ts';

/**
 * How deep Chromium's HTML parser builds the tree: an element that would be deeper than this
 * many levels (<html> and <body> counted) goes beside its parent instead, while text stays
 * where it is, so the texts of the deepest blocks run together.
 */
export const CHROMIUM_MAX_DEPTH = 512;

/**
 * The deepest nesting kept, below <body>: with <html>, <body> and a `<br>` for a left-out block,
 * well within Chromium's depth, with room for levels the parser adds on its own that this does
 * not count (formatting elements it opens again inside later blocks).
 */
export const MAX_NESTING = 500;

/** The levels a table needs for the text of its cells: <table>, <tbody>, <tr>, <td>. */
const TABLE_LEVELS = 4;

const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Raw text and RCDATA elements (in HTML content): text up to the matching end tag. */
const RAW = new Set(['style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);
/** The parser keeps one of each at a fixed place: never on the stack. */
const IGNORED = new Set(['html', 'head', 'body', 'frameset']);
const TABLE_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup']);
/** The table parts (and template) that decide how the parser takes a table part's start tag. */
const TABLE_SCOPE = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'template']);
/** Where text and most tags are moved out of the table. */
const TABLE_CONTEXT = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);
/** Elements whose content the import drops (`<svg>` and `<math>` among them). */
const HIDDEN = new Set(DROP_TAGS);
/**
 * Elements whose extent must not depend on the tags left out: those of the hidden ones that can
 * hold elements (not raw text, not void), and forms (the import keeps a form's content only when
 * the form wraps the page, forms.ts).
 */
const HIDDEN_CONTAINERS = new Set([
  'noscript', 'template', 'object', 'applet', 'svg', 'math', 'canvas', 'video', 'audio', 'form', 'button', 'select', 'option', 'optgroup', 'datalist',
  'output',
]);
/** Tags never left out. */
const KEEP = new Set([...DROP_TAGS, ...RAW, ...TABLE_PARTS, 'form', 'script', 'plaintext', 'marquee']);
/** Where HTML content resumes inside SVG and inside MathML (annotation-xml only with an HTML encoding). */
const SVG_INTEGRATION = new Set(['foreignobject', 'desc', 'title']);
const MATH_TEXT_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext']);
/** HTML start tags that end SVG/MathML content. */
const BREAKOUT = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'hr', 'i',
  'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** What a ruby annotation closes ("generate implied end tags"; <rp> and <rt> leave <rtc> open). */
const RUBY_ENDS = new Set(['dd', 'dt', 'li', 'optgroup', 'option', 'p', 'rb', 'rp', 'rt', 'rtc']);
const RUBY_ENDS_RT = new Set([...RUBY_ENDS].filter((x) => x !== 'rtc'));
/** Start tags that close an open `<p>`. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'header',
  'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul', 'pre', 'listing', 'form', 'li', 'dd', 'dt', 'plaintext', 'hr', 'xmp',
  ...HEADINGS,
]);
/** Elements that bound the search for an open element to close ("in scope"). */
const SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template']);
/** The parser's "special" elements (HTML ones): an end tag of another kind stops at them. */
const SPECIAL = new Set([
  ...SCOPE, ...VOID, ...RAW, ...HEADINGS, ...TABLE_PARTS, 'address', 'article', 'aside', 'blockquote', 'body', 'button', 'center', 'dd', 'details', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'head', 'header', 'hgroup', 'li', 'listing', 'main', 'menu', 'nav',
  'noscript', 'ol', 'p', 'plaintext', 'pre', 'script', 'search', 'section', 'select', 'summary', 'ul',
]);
/** Formatting elements: their end tags run the parser's "adoption agency". */
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
/** End tags that close the nearest open element of their name if it is in scope. */
const SCOPED_END = new Set([
  'address', 'article', 'aside', 'blockquote', 'button', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'header', 'hgroup', 'listing', 'main', 'menu', 'nav', 'ol', 'pre', 'search', 'section', 'summary', 'ul', 'applet', 'marquee', 'object', 'li', 'dd', 'dt', 'p',
  'select',
]);
/**
 * How far down the stack of open elements a search for an element to close goes. Real pages
 * find it within a few entries; a bound keeps absurd ones linear (beyond it, the element is
 * taken as still open, which can only flatten less).
 */
const SEARCH = 512;

type Namespace = 'html' | 'svg' | 'math';

interface Open {
  name: string;
  /** Left out of the output (beyond the limit). */
  dropped: boolean;
  ns: Namespace;
  /** An SVG or MathML element inside which HTML content resumes. */
  integration: boolean;
  /** An element whose content the import drops. */
  hidden?: boolean;
  /** Closed by its own end tag. */
  ended?: boolean;
  /** Levels it stands for: a row or cell opened in a bare table brings the <tbody> (and <tr>) the parser adds, a cell in a row group its <tr>. */
  levels?: number;
  /** The parts the parser adds around it ("tbody", "tr"), which the parser closes as if they had been written. */
  implied?: string[];
}

/** Where the search for the table part that an end tag closes stops ("</caption>" and "</colgroup>" in a cell are ignored). */
const partStop = (name: string) => (e: Open) =>
  e.ns === 'html' && (e.name === 'table' || e.name === 'template' || ((name === 'caption' || name === 'colgroup') && (e.name === 'td' || e.name === 'th')));
/** SVG/MathML elements that are "special" and bound scopes. */
const foreignSpecial = (e: Open) => (e.ns === 'svg' ? SVG_INTEGRATION.has(e.name) : MATH_TEXT_INTEGRATION.has(e.name) || e.name === 'annotation-xml');
const inScopeBoundary = (e: Open) => (e.ns === 'html' ? SCOPE.has(e.name) : foreignSpecial(e));
const isSpecial = (e: Open) => (e.ns === 'html' ? SPECIAL.has(e.name) : foreignSpecial(e));
const isFormatting = (e: Open) => e.ns === 'html' && FORMATTING.has(e.name);

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r';
const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Tag names are lower-cased in ASCII only, as the tokenizer does. */
const asciiLower = (s: string) => (/[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s);

interface Tag {
  name: string;
  /** Index just after the closing `>`. */
  end: number;
  selfClosing: boolean;
  attrs: string;
}

/** Reads a start or end tag at `i` (`<x` or `</x`), attributes included; null if the input ends inside it. */
function readTag(html: string, i: number, isEnd: boolean): Tag | null {
  const n = html.length;
  let p = i + (isEnd ? 2 : 1);
  const nameStart = p;
  while (p < n && !isSpace(html[p]) && html[p] !== '/' && html[p] !== '>') p++;
  const name = asciiLower(html.slice(nameStart, p));
  const attrsStart = p;
  while (p < n) {
    const c = html[p];
    if (isSpace(c)) {
      p++;
    } else if (c === '>') {
      return { name, end: p + 1, selfClosing: false, attrs: html.slice(attrsStart, p) };
    } else if (c === '/') {
      p++;
      if (html[p] === '>') return { name, end: p + 1, selfClosing: true, attrs: html.slice(attrsStart, p - 1) };
    } else {
      // An attribute: its name (the first character may be anything, even "=" or a quote) …
      p++;
      while (p < n && !isSpace(html[p]) && html[p] !== '/' && html[p] !== '>' && html[p] !== '=') p++;
      while (p < n && isSpace(html[p])) p++;
      // … and its value, which may hold ">" when quoted.
      if (html[p] === '=') {
        p++;
        while (p < n && isSpace(html[p])) p++;
        const q = html[p];
        if (q === '"' || q === "'") {
          const close = html.indexOf(q, p + 1);
          if (close < 0) return null;
          p = close + 1;
        } else {
          while (p < n && !isSpace(html[p]) && html[p] !== '>') p++;
        }
      }
    }
  }
  return null;
}

const COMMENT_END = /--!?>/g;

/** Index just after a comment starting at `i` (`<!--`), or the end of the input. */
function commentEnd(html: string, i: number): number {
  if (html[i + 4] === '>') return i + 5;
  if (html.startsWith('->', i + 4)) return i + 6;
  COMMENT_END.lastIndex = i + 4;
  const m = COMMENT_END.exec(html);
  return m ? m.index + m[0].length : html.length;
}

/** Where a script's text ends (the `<` of its end tag), following the tokenizer's escape states; -1 if never. */
function scriptEnd(html: string, from: number): number {
  const re = /<!--|-->|<(\/?)script[\t\n\f\r />]/gi;
  re.lastIndex = from;
  let state: 'data' | 'escaped' | 'double' = 'data';
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[0] === '<!--') {
      if (state === 'data') state = 'escaped';
      // The dashes may close it again ("<!-->").
      re.lastIndex = m.index + 2;
    } else if (m[0] === '-->') {
      state = 'data';
    } else if (m[1]) {
      if (state !== 'double') return m.index;
      state = 'escaped';
    } else if (state === 'escaped') {
      state = 'double';
    }
  }
  return -1;
}

const RAW_END = new Map([...RAW].map((name) => [name, new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')]));

/** Where a raw text element's text ends (the `<` of its end tag); -1 if never. */
function rawEnd(html: string, from: number, name: string): number {
  const re = RAW_END.get(name)!;
  re.lastIndex = from;
  return re.exec(html)?.index ?? -1;
}

/**
 * `html` with nesting beyond `max` open elements flattened (see the module comment); the same
 * string when it never nests that deep; null when it would still nest deeper than `refuse`.
 */
export function limitNesting(html: string, max = MAX_NESTING, refuse = 2 * max): string | null {
  const n = html.length;
  const stack: Open[] = [];
  let depth = 0; // elements on the stack that are kept
  let foreignOpen = 0; // SVG and MathML elements on the stack
  let hiddenOpen = 0; // elements whose content the import drops, on the stack
  let droppedOpen = 0; // left-out elements on the stack
  // A left-out formatting element was closed by another's end tag: the parser opens it again
  // later, where the output has none.
  let reopened = false;
  // The page stays as it is: nothing more is left out, and what was is put back.
  let frozen = false;
  let deepest = 0; // the most elements open at once in the output
  let formOpen = false; // the parser's "form element pointer" is set
  const count = new Map<string, number>(); // open elements by name
  // Output, built only once something is left out.
  const out: string[] = [];
  let copied = 0;
  let lastChar = '';
  let brAt = -1; // input index after the last `<br>` written for a left-out block tag

  const freeze = () => {
    frozen = true;
    for (const e of stack) {
      if (!e.dropped) continue;
      e.dropped = false;
      depth++;
      droppedOpen--;
    }
    deepest = Math.max(deepest, depth);
  };
  const added = (e: Open, by: number) => {
    count.set(e.name, (count.get(e.name) ?? 0) + by);
    if (!e.dropped) depth += by * (e.levels ?? 1);
    if (e.ns !== 'html') foreignOpen += by;
    if (e.hidden) hiddenOpen += by;
    if (e.dropped) droppedOpen += by;
    if (by > 0) deepest = Math.max(deepest, depth);
    if (by < 0 && e.dropped && e.ns === 'html' && FORMATTING.has(e.name) && !e.ended) reopened = true;
  };
  const push = (e: Open) => {
    e.hidden = HIDDEN.has(e.name);
    stack.push(e);
    added(e, 1);
  };
  const popTo = (j: number) => {
    while (stack.length > j) added(stack.pop()!, -1);
  };
  /** Takes the element at `j` off the stack, leaving those above it open. */
  const remove = (j: number) => {
    added(stack[j], -1);
    stack.splice(j, 1);
  };
  /** The nearest open element (at or below `from`) for which `match` holds, unless `stop` holds first. */
  const search = (match: (e: Open) => boolean, stop: (e: Open) => boolean, from = stack.length - 1): number => {
    for (let j = from; j >= 0 && j >= stack.length - SEARCH; j--) {
      if (match(stack[j])) return j;
      if (stop(stack[j])) return -1;
    }
    return -1;
  };
  const html1 = (names: string[]) => (e: Open) => e.ns === 'html' && names.includes(e.name);
  const find = (names: string[], stop: (e: Open) => boolean) => (names.some((x) => count.get(x)) ? search(html1(names), stop) : -1);
  /** Whether the nearest open table (or template) is a left-out table: table parts are its. */
  const inDroppedTable = () => {
    const j = find(['table', 'template'], () => false);
    return j >= 0 && stack[j].dropped && stack[j].name === 'table';
  };
  /** Whether the next start tag is SVG/MathML content (not HTML). */
  const inForeign = (name = '') => {
    const top = stack[stack.length - 1];
    if (!top || top.ns === 'html') return false;
    if (!top.integration) return true;
    return top.ns === 'math' && MATH_TEXT_INTEGRATION.has(top.name) && (name === 'mglyph' || name === 'malignmark');
  };
  /**
   * Leaves out the tag at [start, end): a block tag becomes one `<br>`, anything else nothing.
   * `closes` are end tags to write instead, for kept elements that the tag closed.
   */
  const leaveOut = (start: number, end: number, block: boolean, closes = '') => {
    out.push(html.slice(copied, start));
    if (start > copied) lastChar = html[start - 1];
    let put = closes;
    if (block) {
      // One `<br>` for a run of left-out block tags with no text between them.
      if (closes || brAt < 0 || /\S/u.test(html.slice(brAt, start).replace(/<[^>]*>/g, ''))) put += '<br>';
      brAt = end;
    } else if (!put && (lastChar === '<' || lastChar === '-')) {
      // Never join what comes before and after into new markup ("<" + "/script>", "-" + "->").
      put = ' ';
    }
    out.push(put);
    if (put) lastChar = put[put.length - 1];
    copied = end;
  };

  /** An end tag: which open element it closes, as the parser decides. */
  const endTag = (name: string, start: number, end: number) => {
    if (TABLE_PARTS.has(name) && droppedOpen > 0 && !frozen && inDroppedTable()) {
      // Inside a left-out table: one of its parts, or one the parser ignores or implied (a
      // "</tbody>"), which in the output could close a kept cell. Left out in any case.
      const j = search(html1([name]), partStop(name));
      if (j >= 0 && stack[j].dropped) return closeAt(j, false, name, start, end);
      if (j < 0) return leaveOut(start, end, false);
    }
    const open = HEADINGS.has(name) ? [...HEADINGS].some((h) => count.get(h)) : count.get(name);
    if (IGNORED.has(name) || !open) {
      // "</p>" and "</br>" end SVG/MathML content even so.
      if ((name === 'p' || name === 'br') && inForeign()) while (inForeign()) popTo(stack.length - 1);
      return;
    }
    let j = -1;
    if (stack[stack.length - 1].ns !== 'html' && !(name === 'p' || name === 'br')) {
      // SVG/MathML content: the nearest element of that name among the SVG/MathML ones on top.
      for (let k = stack.length - 1; k >= 0 && stack[k].ns !== 'html'; k--) {
        if (stack[k].name === name) {
          j = k;
          break;
        }
      }
      if (j >= 0) return closeAt(j, false, name, start, end);
    }
    let from = stack.length - 1;
    if (name === 'p' || name === 'br') while (from >= 0 && stack[from].ns !== 'html' && !stack[from].integration) from--;
    if (name === 'form') {
      // Only the form itself is closed, and only if the parser still points to it.
      if (!formOpen) return;
      formOpen = false;
      j = search(html1(['form']), inScopeBoundary);
      if (j >= 0) closeAt(j, true, name, start, end);
      return;
    }
    // Which open element it closes, and what stops the search.
    const match = html1(HEADINGS.has(name) ? [...HEADINGS] : [name]);
    let stop: (e: Open) => boolean;
    if (TABLE_PARTS.has(name)) stop = partStop(name);
    else if (name === 'template') stop = () => false;
    else if (SCOPED_END.has(name)) stop = (e) => inScopeBoundary(e) || (name === 'p' && e.ns === 'html' && e.name === 'button') || (name === 'li' && e.ns === 'html' && (e.name === 'ul' || e.name === 'ol'));
    else if (HEADINGS.has(name) || FORMATTING.has(name)) stop = inScopeBoundary;
    else stop = isSpecial; // any other end tag
    j = search(match, stop, from);
    if (j < 0) {
      // Ignored here, because of an element that is left out? Then the parser would close
      // something else in the output: leave it out too.
      const kept = (f: (e: Open) => boolean) => (e: Open) => !e.dropped && f(e);
      if (droppedOpen > 0 && search(kept(match), kept(stop), from) >= 0) return leaveOut(start, end, false);
      if (from < stack.length - 1) popTo(from + 1);
      return;
    }
    if (FORMATTING.has(name) && adopt(j, start, end, true)) return;
    closeAt(j, false, name, start, end);
  };
  /**
   * The parser's "adoption agency" for the formatting element at `j`, when a special element was
   * opened inside it (the "furthest block"): that stays open, and the formatting element and the
   * other elements between them are taken off the stack. False when there is no furthest block.
   */
  const adopt = (j: number, start: number, end: number, endTag: boolean): boolean => {
    let f = -1;
    for (let k = j + 1; k < stack.length && f < 0; k++) if (isSpecial(stack[k])) f = k;
    if (f < 0) return false;
    const e = stack[j];
    // A left-out one with kept elements between: the output would leave those open. The page
    // stays as it is.
    if (e.dropped && !frozen) for (let k = j + 1; k < f && !frozen; k++) if (!stack[k].dropped && !isFormatting(stack[k])) freeze();
    const dropped = e.dropped;
    e.ended = true;
    for (let k = f - 1; k > j; k--) if (!isFormatting(stack[k])) remove(k);
    remove(j);
    if (endTag && dropped) leaveOut(start, end, false);
    return true;
  };
  const closeAt = (j: number, keepAbove: boolean, name: string, start: number, end: number) => {
    const e = stack[j];
    if (e.name === name) e.ended = true;
    if (!e.dropped) {
      if (keepAbove) remove(j);
      else popTo(j);
      return;
    }
    // It closes a left-out element. Kept ones opened inside it are closed on their own (but inside
    // a <select>, where parsers differ: some ignore end tags there; it stays open).
    const closes = keepAbove ? null : closesAbove(j);
    if (closes === null) remove(j);
    else popTo(j);
    leaveOut(start, end, BLOCK_TAGS.has(name) && e.ns === 'html', closes ?? '');
  };
  /** End tags for the kept elements above `j`; null if a <select> is one of them. */
  const closesAbove = (j: number): string | null => {
    let closes = '';
    for (let k = stack.length - 1; k > j; k--) {
      const e = stack[k];
      if (e.dropped) continue;
      if (e.ns === 'html' && e.name === 'select') return null;
      closes += `</${e.name}>`;
    }
    return closes;
  };

  /** A start tag: the elements it closes, and whether it is left out. */
  const startTag = (name: string, tag: Tag, start: number) => {
    const keptBefore = depth;
    if (foreignOpen > 0 && inForeign(name)) {
      if (BREAKOUT.has(name) || (name === 'font' && /\b(?:color|face|size)\s*=/iu.test(tag.attrs))) {
        // HTML ends SVG/MathML content: back to the nearest HTML element or integration point.
        while (inForeign()) popTo(stack.length - 1);
      } else {
        if (tag.selfClosing) return;
        const top = stack[stack.length - 1];
        // Inside SVG and MathML everything is of the same kind (<svg> inside <math> too), but
        // for <svg> inside <annotation-xml>.
        const ns: Namespace = top.ns === 'math' && top.name === 'annotation-xml' && name === 'svg' ? 'svg' : top.ns;
        const integration =
          ns === 'svg'
            ? SVG_INTEGRATION.has(name)
            : MATH_TEXT_INTEGRATION.has(name) || (name === 'annotation-xml' && /\bencoding\s*=\s*["']?\s*(?:text\/html|application\/xhtml\+xml)\b/iu.test(tag.attrs));
        const e: Open = { name, dropped: false, ns, integration };
        // Beyond the limit, SVG/MathML elements inside others are left out too (<svg> in <svg>,
        // <g> in <g>): the outermost stays, and with it all that is inside. Not where HTML
        // content resumes, nor scripts and styles.
        e.dropped = !frozen && depth >= max && depth === keptBefore && (!KEEP.has(name) || name === 'svg' || name === 'math') && !integration && !foreignSpecial(e);
        push(e);
        if (e.dropped) leaveOut(start, tag.end, false);
        return;
      }
    }
    if (IGNORED.has(name)) return;
    // An element whose content is dropped, opened inside a left-out one (or after a left-out
    // formatting element that the parser opens again): where its content ends can depend on the
    // tags left out, in ways this does not follow. The page stays as it is (or is refused, if
    // too deep).
    if (HIDDEN_CONTAINERS.has(name) && (droppedOpen > 0 || reopened) && !frozen) freeze();
    // Implied end tags. One that closes a left-out element closes the kept ones opened inside it
    // on its own, as end tags written before this tag.
    let skip = false;
    // The kept elements its implied end tags close, in order; whether one of those end tags is
    // for a left-out element (then the output has to close them on its own, with end tags).
    let popped = '';
    let explicit = false;
    let mustDrop = false;
    let adoptsKept = false;
    const brokeOut = depth < keptBefore; // (HTML ending SVG)
    const implied = (j: number) => {
      if (stack[j].dropped) {
        const above = closesAbove(j);
        if (above === null) return remove(j);
        explicit = true;
      }
      for (let k = stack.length - 1; k >= j; k--) if (!stack[k].dropped) popped += `</${stack[k].name}>`;
      popTo(j);
    };
    /** An implied end tag: the nearest open `names` element unless `stop` comes first. */
    const close = (names: string[], stop: (e: Open) => boolean) => {
      const j = find(names, stop);
      if (j >= 0) return implied(j);
      // Not found because of an element that is left out: the output would close another one.
      if (droppedOpen > 0 && names.some((x) => count.get(x)) && search((e) => !e.dropped && html1(names)(e), (e) => !e.dropped && stop(e)) >= 0) mustDrop = true;
    };
    if (TABLE_PARTS.has(name) && name !== 'table' && find(['table', 'template'], () => false) < 0) {
      return; // Outside a table the parser ignores it.
    }
    /**
     * A table part closes a kept caption, or a column group, of its table first (the parser then
     * adds the <tbody> and <tr> around a cell, counted in its levels).
     */
    const closeCaptionOrColumns = () => {
      const top = stack[stack.length - 1];
      if (top && top.ns === 'html' && top.name === 'colgroup' && !top.dropped) return implied(stack.length - 1);
      const j = find(['caption'], (e) => e.ns === 'html' && ['table', 'template', 'html', 'td', 'th'].includes(e.name));
      if (j >= 0 && !stack[j].dropped) implied(j);
    };
    /**
     * In a table, row group or row (not in a cell or caption), a table part first closes what is
     * open inside it: elements the parser put before the table, a <select> in it.
     */
    const clearToTableContext = () => {
      const k = search((e) => e.ns === 'html' && TABLE_SCOPE.has(e.name), () => false);
      if (k >= 0 && TABLE_CONTEXT.has(stack[k].name) && k + 1 < stack.length) implied(k + 1);
    };
    if (CLOSES_P.has(name)) close(['p'], (e) => inScopeBoundary(e) || (e.ns === 'html' && e.name === 'button'));
    if (name === 'li' || name === 'dd' || name === 'dt') {
      close(name === 'li' ? ['li'] : ['dd', 'dt'], (e) => isSpecial(e) && !(e.ns === 'html' && (e.name === 'address' || e.name === 'div' || e.name === 'p')));
    } else if (name === 'rb' || name === 'rtc' || name === 'rp' || name === 'rt') {
      // Ruby annotations close what is open inside the <ruby> (<p>, <li>, other annotations).
      if (find(['ruby'], inScopeBoundary) >= 0) {
        const ends = name === 'rp' || name === 'rt' ? RUBY_ENDS_RT : RUBY_ENDS;
        while (stack.length && stack[stack.length - 1].ns === 'html' && ends.has(stack[stack.length - 1].name)) implied(stack.length - 1);
      }
    } else if (HEADINGS.has(name)) {
      const top = stack[stack.length - 1];
      if (top && top.ns === 'html' && HEADINGS.has(top.name)) implied(stack.length - 1);
    } else if (name === 'a' || name === 'nobr') {
      // One open already goes through the "adoption agency" first.
      const j = find([name], inScopeBoundary);
      const kept = j >= 0 && !stack[j].dropped;
      if (j >= 0 && adopt(j, start, start, false)) adoptsKept ||= kept;
      else if (j >= 0) implied(j);
    } else if (name === 'button' || name === 'select') {
      // ("<select>" inside a select closes it.)
      if (name === 'select' && find(['select'], inScopeBoundary) >= 0) skip = true;
      close([name], inScopeBoundary);
    } else if (name === 'option' || name === 'optgroup') {
      if (stack[stack.length - 1]?.name === 'option') implied(stack.length - 1);
      if (name === 'optgroup' && stack[stack.length - 1]?.name === 'optgroup') implied(stack.length - 1);
    } else if (name === 'caption' || name === 'colgroup') {
      clearToTableContext();
      closeCaptionOrColumns();
      // Not in a cell, the parser first closes what is open in the table (a row group, a row).
      const j = search(html1(['table']), (e) => e.ns !== 'html' || ['td', 'th', 'caption', 'template', 'html'].includes(e.name));
      if (j >= 0 && j + 1 < stack.length) implied(j + 1);
    } else if (TABLE_PARTS.has(name)) {
      if (name !== 'table') {
        clearToTableContext();
        closeCaptionOrColumns();
      }
      const same = name === 'td' || name === 'th' ? ['td', 'th'] : name === 'tr' || name === 'table' ? [name] : ['tbody', 'thead', 'tfoot'];
      const stopAt =
        name === 'td' || name === 'th'
          ? ['tr', 'tbody', 'thead', 'tfoot', 'table', 'template', 'html']
          : name === 'tr'
            ? ['tbody', 'thead', 'tfoot', 'table', 'template', 'html']
            : name === 'table'
              ? ['td', 'th', 'caption', 'template', 'html']
              : ['table', 'template', 'html'];
      const stop = (e: Open) => e.ns !== 'html' || stopAt.includes(e.name);
      // (A row group or row that the parser added around a cell closes like a written one.)
      const j = search((e) => e.ns === 'html' && (same.includes(e.name) || !!e.implied?.some((x) => same.includes(x))), stop);
      if (j >= 0) implied(j);
      else close(same, stop);
    } else if (name === 'form') {
      // The parser ignores a form inside a form.
      if (formOpen && find(['template'], () => false) < 0) skip = true;
      else formOpen = true;
    }
    const closesKept = brokeOut || adoptsKept || (popped !== '' && !explicit);
    // A part of a left-out table is left out too (a stray one, even a <col>, would close a kept
    // cell). Its implied end tags close left-out elements only, but for the page to stay as it is.
    const partOfDropped = (TABLE_PARTS.has(name) || name === 'col') && name !== 'table' && inDroppedTable();
    if (partOfDropped && closesKept && !frozen) freeze();
    // A tag never left out whose implied end tags would close another element in the output
    // (a <p> outside a left-out cell, for a <plaintext>, <xmp> or <form> inside it): the page
    // stays as it is.
    if (mustDrop && KEEP.has(name) && !partOfDropped && !frozen) freeze();
    if (explicit && popped) {
      out.push(html.slice(copied, start), popped);
      copied = start;
      lastChar = '>';
    }
    if (skip) return;
    if (name === 'col' && partOfDropped && !frozen) return leaveOut(start, tag.end, false);
    // (A self-closing <svg/> or <math/> is closed at once.)
    if (VOID.has(name) || ((name === 'svg' || name === 'math') && tag.selfClosing)) return;
    const top = stack[stack.length - 1];
    // (A tag whose implied end tags close kept elements stays, to close them; one whose end
    // tags were written goes, so that it closes nothing else.)
    // One that would close something else in the output goes in any case (a <li>, <dd> or <dt>).
    // Tables are left out beyond the limit like plain tags, with all their parts.
    const drop =
      !frozen &&
      (partOfDropped ||
        (mustDrop && !closesKept) ||
        // (A table is kept only with room for the row group, row and cell inside it.)
        ((depth + (name === 'table' ? TABLE_LEVELS : 1) > max || explicit) &&
          !closesKept &&
          hiddenOpen === 0 &&
          (!KEEP.has(name) || name === 'table') &&
          // (In a kept table it would go before the table, as it does; a left-out one is no table.)
          !(top && top.ns === 'html' && TABLE_CONTEXT.has(top.name) && !top.dropped)));
    const bare = top && top.ns === 'html' && top.name === 'table';
    const section = top && top.ns === 'html' && (top.name === 'tbody' || top.name === 'thead' || top.name === 'tfoot');
    const cell = name === 'td' || name === 'th';
    const added = bare && name === 'tr' ? ['tbody'] : bare && cell ? ['tbody', 'tr'] : section && cell ? ['tr'] : undefined;
    const levels = 1 + (added?.length ?? 0);
    push({ name, dropped: drop, ns: name === 'svg' ? 'svg' : name === 'math' ? 'math' : 'html', integration: false, levels, implied: added });
    if (drop) leaveOut(start, tag.end, BLOCK_TAGS.has(name));
  };

  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    i = lt;
    const c = html.charCodeAt(i + 1);
    if (c === 33 /* ! */) {
      if (html.startsWith('<!--', i)) i = commentEnd(html, i);
      else if (foreignOpen > 0 && inForeign() && html.startsWith('<![CDATA[', i)) {
        const e = html.indexOf(']]>', i + 9);
        i = e < 0 ? n : e + 3;
      } else {
        const e = html.indexOf('>', i);
        i = e < 0 ? n : e + 1;
      }
      continue;
    }
    if (c === 63 /* ? */ || (c === 47 /* / */ && !isAlpha(html.charCodeAt(i + 2)))) {
      // A bogus comment up to ">" ("</>" is nothing at all).
      const e = html.indexOf('>', i);
      i = e < 0 ? n : e + 1;
      continue;
    }
    const isEnd = c === 47;
    if (!isEnd && !isAlpha(c)) {
      i++;
      continue;
    }
    const tag = readTag(html, i, isEnd);
    if (!tag) break; // The input ends inside a tag, which the parser drops.
    const start = i;
    i = tag.end;
    const { name } = tag;
    if (isEnd) {
      endTag(name, start, tag.end);
      continue;
    }
    // A frameset may replace the whole body, unless text or some tags came first (a `<br>` written
    // for a left-out block among them): too late to flatten anything.
    if (name === 'frameset' && copied > 0 && !frozen) freeze();
    const wasForeign = foreignOpen > 0 && inForeign(name);
    startTag(name, tag, start);
    // Text only, up to the end tag (in HTML content).
    if (wasForeign && stack[stack.length - 1]?.ns !== 'html') continue;
    if (name === 'plaintext') break;
    if (name === 'script' || RAW.has(name)) {
      const e = name === 'script' ? scriptEnd(html, i) : rawEnd(html, i, name);
      if (e < 0) break;
      i = e;
    }
  }
  if (deepest > refuse) return null;
  if (frozen || copied === 0) return html;
  out.push(html.slice(copied));
  return out.join('');
}
