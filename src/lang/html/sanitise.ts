/**
 * An imported page as the import reads it: nesting bounded (`nesting.ts`), parsed with the given
 * `DOMParser` (which runs no scripts), sanitised with DOMPurify down to text structure (or
 * stripped by hand where DOMPurify has no window, in Node), search boxes dropped (`search.ts`)
 * and its forms settled (`forms.ts`).
 *
 * What the parser builds can still be deeper than `limitNesting` counted (it opens formatting
 * elements again inside later blocks, and a page it leaves as it is can be deep), and Chromium's
 * parser builds no deeper than 512 levels: deeper elements go beside their parent while their
 * text stays, and the deepest paragraphs run together. So the depth of what was built is
 * measured, and a page too deep is flattened again at a lower limit, or refused.
 */
import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { settleForms, unclobberForms } from './forms.ts';
import { dropSearchWidgets } from './search.ts';
import { CHROMIUM_MAX_DEPTH, limitNesting, MAX_NESTING } from './nesting.ts';
import { DROP_TAGS } from './tags.ts';

/**
 * DOMPurify's settings: text structure only. Dropped elements go with their content; `<form>`
 * stays (forms.ts decides), without where or how it would be sent.
 */
export const PURIFY_CONFIG = {
  WHOLE_DOCUMENT: true,
  FORBID_TAGS: DROP_TAGS,
  ADD_FORBID_CONTENTS: DROP_TAGS,
  FORBID_ATTR: ['style', 'href', 'src', 'srcset', 'action', 'formaction', 'method', 'formmethod', 'xlink:href', 'background', 'poster'],
  ALLOW_DATA_ATTR: false,
};

/** The limits tried in turn while the page built is still too deep. */
const LIMITS = [MAX_NESTING, MAX_NESTING / 2, MAX_NESTING / 4];

const purifiers = new WeakMap<object, DOMPurify>();

function purifierFor(doc: Document): DOMPurify | null {
  const win = (doc.defaultView ?? (typeof window !== 'undefined' ? window : null)) as WindowLike | null;
  if (!win) return null;
  let p = purifiers.get(win);
  if (!p) {
    p = createDOMPurify(win);
    if (!p.isSupported) return null;
    const unclobber = unclobberForms(win as Window & typeof globalThis);
    p.addHook('beforeSanitizeElements', (node) => {
      // (<html> comes first, with the whole page still as it was.)
      if (node.nodeType === 1 && (node as Element).localName === 'html') dropSearchWidgets(node as Element);
      unclobber(node);
    });
    purifiers.set(win, p);
  }
  return p;
}

/** Removes everything that is not text structure (fallback when DOMPurify has no window). */
function stripDocument(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(DROP_TAGS.join(',')))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) el.removeAttribute(attr.name);
  }
}

/** Levels of elements from `<html>` (1) down, every element counted. */
export function treeDepth(doc: Document): number {
  let max = 0;
  const stack: [Element, number][] = doc.documentElement ? [[doc.documentElement, 1]] : [];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > max) max = d;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return max;
}

export interface ParsedPage<T> {
  /** The markup read (nesting bounded). */
  html: string;
  /** What `read` took from it parsed, before sanitising (meta tags, JSON-LD). */
  read: T;
  /** It sanitised, forms settled. */
  doc: Document;
}

/** Parses and sanitises one version of the page; null if the parser or the sanitiser gives up. */
function parseOnce<T>(html: string, parser: DOMParser, readRaw: (raw: Document) => T): ParsedPage<T> | null {
  let raw: Document;
  try {
    raw = parser.parseFromString(html, 'text/html');
  } catch {
    return null;
  }
  if (!raw?.documentElement) return null;
  const read = readRaw(raw);
  try {
    const purify = purifierFor(raw);
    let doc: Document;
    if (purify) {
      const clean = purify.sanitize(html, PURIFY_CONFIG);
      doc = parser.parseFromString(String(clean), 'text/html');
    } else {
      doc = raw;
      dropSearchWidgets(doc.documentElement);
      stripDocument(doc);
    }
    settleForms(doc);
    return { html, read, doc };
  } catch {
    // The sanitiser (or the pass over forms) gave up (in jsdom, SVG or MathML nested thousands
    // deep): nothing unsanitised is used.
    return null;
  }
}

/**
 * The page bounded, parsed and sanitised, no deeper than Chromium builds; null if broken or too
 * deep. `readRaw` reads the parsed page before it is sanitised.
 */
export function parsePage<T>(page: string, parser: DOMParser, readRaw: (raw: Document) => T): ParsedPage<T> | null {
  for (const max of LIMITS) {
    // Thousands of levels of nesting cost seconds in every step, the parser's included.
    const html = limitNesting(page, max, 2 * MAX_NESTING);
    if (html === null) return null;
    const parsed = parseOnce(html, parser, readRaw);
    if (!parsed || treeDepth(parsed.doc) <= CHROMIUM_MAX_DEPTH) return parsed;
  }
  return null;
}
