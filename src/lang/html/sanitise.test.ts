/**
 * parsePage: what the import reads is never deeper than Chromium's parser builds (512 levels,
 * <html> and <body> counted), on paths that `limitNesting` does not count: formatting elements
 * the parser opens again inside later blocks, and pages it leaves as they are.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from './index.ts';
import { CHROMIUM_MAX_DEPTH, limitNesting } from './nesting.ts';
import { parsePage, treeDepth } from './sanitise.ts';

const parser = () => new DOMParser();
const none = () => null;

describe('parsePage', () => {
  it('flattens again, lower, a page whose unclosed formatting elements the parser opens again in each block', () => {
    // Each <b> is closed by its </p> only implicitly: the parser opens it again inside the next
    // <div>, one level deeper each time, where limitNesting counts none.
    const n = 300;
    const page = `<html><body>${Array.from({ length: n }, (_, i) => `<p><b>Málsgrein ${i}.</p><div>Grein ${i}.`).join('')}</body></html>`;
    const once = parser().parseFromString(limitNesting(page)!, 'text/html');
    expect(treeDepth(once)).toBeGreaterThan(CHROMIUM_MAX_DEPTH);
    const parsed = parsePage(page, parser(), none);
    expect(parsed).not.toBeNull();
    expect(treeDepth(parsed!.doc)).toBeLessThanOrEqual(CHROMIUM_MAX_DEPTH);
    // Every block stays a block of its own.
    const r = extractFromHtml(page);
    expect(r.ok && r.text.split('\n\n')).toEqual(Array.from({ length: n }, (_, i) => [`Málsgrein ${i}.`, `Grein ${i}.`]).flat());
  });

  it('refuses a page that limitNesting leaves as it is and that is deeper than Chromium builds', () => {
    // (A form opened inside a left-out element: where it ends could depend on what is left out.)
    const deep = (levels: number) => `<html><body>${'<div>'.repeat(levels)}<form>Leit</form><p>${'Texti greinarinnar. '.repeat(20)}</p></body></html>`;
    expect(limitNesting(deep(700))).toBe(deep(700));
    expect(parsePage(deep(700), parser(), none)).toBeNull();
    expect(extractFromHtml(deep(700))).toEqual({ ok: false, reason: 'broken-html' });
    expect(treeDepth(parsePage(deep(400), parser(), none)!.doc)).toBe(403);
  });

  it('reads the parsed page before it is sanitised', () => {
    const parsed = parsePage('<html><head><meta name="author" content="Jón"></head><body><p>Texti.</p></body></html>', parser(), (raw) => raw.querySelector('meta')?.getAttribute('content'));
    expect(parsed?.read).toBe('Jón');
    expect(parsed?.doc.querySelector('meta')).toBeNull();
  });
});
