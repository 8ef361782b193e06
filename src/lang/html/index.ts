/**
 * Readable text from an HTML page (pasted source or an opened .html file).
 *
 * Imported HTML is never rendered: the page is parsed with `DOMParser` (which runs no scripts),
 * sanitised with DOMPurify, the article is found with Mozilla Readability (falling back to the
 * whole body when Readability finds nothing), and only text structure survives — one block per
 * paragraph, heading, list item or caption, joined by blank lines. Title, author, date and site
 * come from meta tags and JSON-LD and go to `cleanArticle` as hints. Before any of that, nesting
 * deeper than 500 levels is flattened (`nesting.ts`), a page still twice as deep is refused, and
 * so is one that the parser still builds deeper than Chromium's 512 levels at a lower limit
 * (`sanitise.ts`). Form controls are dropped; a form that wraps the page gives up its content,
 * any other form (search, signup, login) is dropped (`forms.ts`).
 */
import { Readability } from '@mozilla/readability';
import type { CleanHints } from '../clean/index.ts';
import { parsePage } from './sanitise.ts';
import { BLOCK_TAGS, DROP_TAGS } from './tags.ts';

export { PURIFY_CONFIG } from './sanitise.ts';

export type HtmlExtraction = { ok: true; text: string; hints: CleanHints } | { ok: false; reason: 'broken-html' | 'empty' };

const DROP = new Set(DROP_TAGS);

/** Text blocks of a DOM subtree: block elements start new blocks, `<br>` starts a new line. */
function blocksOf(root: Node): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/[ \t\f\v\u00A0\r\n]+/gu, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  // Iterative walk (a hostile page can nest thousands of elements): `null` marks a block's end.
  const stack: (Node | null)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === null) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    const tag = el.tagName?.toLowerCase() ?? '';
    if (DROP.has(tag) || tag === 'head' || tag === 'title') continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      stack.push(null);
    }
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  flush();
  return blocks;
}

/**
 * Real article pages nest a few dozen elements deep. Readability's scoring is super-linear in
 * depth (seconds for a few hundred levels), so deeper pages skip it and keep the body text.
 */
export const MAX_READABILITY_DEPTH = 150;

/** Above this many elements (after pruning) Readability is skipped too: its cost grows faster than the page. */
export const MAX_READABILITY_ELEMENTS = 15000;

/**
 * Drops elements with no text at all (empty paragraphs, spacer divs, stray `</p>`s). Only text is
 * kept from imported HTML, so nothing is lost, and Readability has far fewer nodes to score.
 * An element stays if it is a `<br>`, holds text of its own or holds an element that stays;
 * children come before their parents in reverse document order. Only the outermost empty
 * elements are removed, in document order (removing the last of many siblings first costs
 * time in proportion to the siblings before it, in jsdom).
 */
function pruneEmpty(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const all = Array.from(body.querySelectorAll('*'));
  const stays = new Set<Element>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i];
    if (!stays.has(el)) {
      let text = el.tagName === 'BR';
      for (let c = el.firstChild; c && !text; c = c.nextSibling) text = c.nodeType === 3 && /\S/u.test(c.nodeValue ?? '');
      if (!text) continue;
      stays.add(el);
    }
    const parent = el.parentElement;
    if (parent && parent !== body) stays.add(parent);
  }
  for (const el of all) if (!stays.has(el) && (el.parentElement === body || stays.has(el.parentElement!))) el.remove();
  return stays.size;
}

function depthExceeds(root: Node, limit: number): boolean {
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (d > limit) return true;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, d + 1]);
  }
  return false;
}

/**
 * The first `<meta>` for each property, name or itemprop, in one pass over the page (a query
 * per key walks the whole document each time).
 */
function metaIndex(doc: Document): Map<string, Element> {
  const index = new Map<string, Element>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr);
      if (key !== null && !index.has(key)) index.set(key, el);
    }
  }
  return index;
}

function metaOf(index: Map<string, Element>, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = index.get(key)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

type Json = null | string | number | boolean | Json[] | { [k: string]: Json };

/** NewsArticle-like objects from JSON-LD (read as data only). */
function jsonLd(doc: Document): { [k: string]: Json }[] {
  const out: { [k: string]: Json }[] = [];
  const visit = (v: Json) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const type = v['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && /Article|Posting|Report/u.test(t))) out.push(v);
      if (v['@graph']) visit(v['@graph']);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? '') as Json);
    } catch {
      // Broken JSON-LD is ignored.
    }
  }
  return out;
}

const nameOf = (v: Json | undefined): string | null => {
  if (!v) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(' og ') : null;
  }
  if (typeof v === 'object' && typeof v.name === 'string') return v.name.trim() || null;
  return null;
};

function hintsOf(doc: Document): CleanHints {
  const metas = metaIndex(doc);
  const meta = (...keys: string[]) => metaOf(metas, ...keys);
  const ld = jsonLd(doc)[0];
  const str = (v: Json | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  let author = meta('author', 'article:author', 'dc.creator', 'byl') ?? nameOf(ld?.author);
  if (author && /^https?:/iu.test(author)) author = nameOf(ld?.author);
  const site = meta('og:site_name', 'application-name') ?? nameOf(ld?.publisher);
  let title = meta('og:title', 'twitter:title') ?? str(ld?.headline) ?? doc.querySelector('h1')?.textContent?.trim() ?? null;
  if (!title) {
    title = doc.title?.trim() || null;
    // "Fyrirsögn - Vísir": a site name after the title is not part of it.
    if (title) title = title.replace(/\s+[-–—|]\s+[^-–—|]{2,30}$/u, '') || title;
  }
  const publishedAt =
    meta('article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date', 'dc.date') ??
    str(ld?.datePublished) ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  return {
    title: title ? title.replace(/\s+/gu, ' ') : null,
    author: author ? author.replace(/\s+/gu, ' ') : null,
    publishedAt,
    site: site ? site.replace(/\s+/gu, ' ') : null,
  };
}

function defaultParser(): DOMParser | null {
  return typeof DOMParser !== 'undefined' ? new DOMParser() : null;
}

export function extractFromHtml(page: string, parser: DOMParser | null = defaultParser()): HtmlExtraction {
  if (!parser) return { ok: false, reason: 'broken-html' };
  const parsed = parsePage(page, parser, hintsOf);
  if (!parsed) return { ok: false, reason: 'broken-html' };
  const { html, read: hints, doc } = parsed;

  let blocks: string[] = [];
  try {
    const elements = pruneEmpty(doc);
    if (elements > MAX_READABILITY_ELEMENTS || depthExceeds(doc.documentElement, MAX_READABILITY_DEPTH)) {
      throw new Error('too large or too deep for Readability');
    }
    const article = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (n) => n, charThreshold: 250 }).parse();
    if (article?.content) blocks = blocksOf(article.content);
    if (!hints.title && article?.title) hints.title = article.title;
    if (!hints.author && article?.byline) hints.author = article.byline;
    if (!hints.site && article?.siteName) hints.site = article.siteName;
    if (!hints.publishedAt && article?.publishedTime) hints.publishedAt = article.publishedTime;
  } catch {
    blocks = [];
  }
  // Readability found nothing (or too little): the whole body, which the cleaner then cleans.
  if (blocks.join(' ').length < 200) {
    const body = blocksOf(doc.body ?? doc.documentElement);
    if (body.join(' ').length > blocks.join(' ').length) blocks = body;
  }
  const text = blocks.join('\n\n');
  if (!text.trim()) {
    // Markup with no text at all is empty; text we could not get at means the HTML is broken.
    const bare = html.replace(/<!--[\s\S]*?(?:-->|$)|<(script|style)[\s\S]*?(?:<\/\1>|$)|<[^>]*>?/giu, '').trim();
    return { ok: false, reason: bare ? 'broken-html' : 'empty' };
  }
  return { ok: true, text, hints };
}
