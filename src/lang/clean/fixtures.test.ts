// @vitest-environment node
/**
 * Scraped pages in the layouts of several Icelandic news sites (invented text), each with the
 * article we expect: test/fixtures/scrapes/NAME.txt|.html → NAME.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../html/index.ts';
import { jsdomParser } from '../html/node.ts';
import { cleanArticle, type CleanedArticle } from './index.ts';
import { losslessProblems } from './check.ts';

const DIR = 'test/fixtures/scrapes';
const pages = readdirSync(DIR).filter((f) => /\.(txt|html)$/.test(f)).sort();

interface Expected extends Omit<CleanedArticle, 'removed'> {
  removed: { reason: string; text: string }[];
}

function clean(file: string): { input: string; article: CleanedArticle } {
  const raw = readFileSync(join(DIR, file), 'utf8');
  if (!file.endsWith('.html')) return { input: raw, article: cleanArticle(raw) };
  const extracted = extractFromHtml(raw, jsdomParser());
  if (!extracted.ok) throw new Error(`${file}: ${extracted.reason}`);
  return { input: extracted.text, article: cleanArticle(extracted.text, extracted.hints) };
}

describe('scraped pages of Icelandic news sites', () => {
  it('has at least five text pages and one HTML page', () => {
    expect(pages.filter((f) => f.endsWith('.txt')).length).toBeGreaterThanOrEqual(5);
    expect(pages.filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(1);
  });

  it.each(pages)('%s', (file) => {
    const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.(txt|html)$/, '.json')), 'utf8')) as Expected;
    const { input, article } = clean(file);
    expect({ title: article.title, author: article.author, publishedAt: article.publishedAt, site: article.site, caption: article.caption }).toEqual({
      title: expected.title,
      author: expected.author,
      publishedAt: expected.publishedAt,
      site: expected.site,
      caption: expected.caption,
    });
    expect(article.paragraphs).toEqual(expected.paragraphs);
    expect(article.removed.map(({ reason, text }) => ({ reason, text }))).toEqual(expected.removed);
    expect(losslessProblems(input, article, !file.endsWith('.html'))).toEqual([]);
    // Cleaning the cleaned text again changes nothing.
    expect(cleanArticle(article.paragraphs.join('\n\n'), { title: article.title }).paragraphs).toEqual(article.paragraphs);
  });
});
