/**
 * npm run clean -- FILE|-
 *
 * Cleans a scraped news page the way the import dialog does and prints the article as JSON:
 * {title, author, publishedAt, caption, site, paragraphs, removed: [{text, reason}]}.
 * Files are decoded like opened files in the app (UTF-8, UTF-16 with or without a BOM, Windows-1252); HTML
 * (a .html file, or input that looks like HTML) goes through the same extraction, with jsdom's
 * DOMParser standing in for the browser's.
 */
import { readFileSync } from 'node:fs';
import { cleanArticle } from '../lang/clean/index.ts';
import { extractFromHtml } from '../lang/html/index.ts';
import { jsdomParser } from '../lang/html/node.ts';
import { decodeBytes, looksLikeHtml, validateTextInput } from '../lang/text-input/index.ts';
import { parseArgs } from './lib/io.ts';

function fail(message: string): never {
  process.stderr.write(`clean: ${message}\n`);
  process.exit(1);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const input = args.positional[0];
  if (!input) {
    process.stderr.write('usage: npm run clean -- FILE|-\n');
    process.exit(2);
  }
  const bytes = new Uint8Array(readFileSync(input === '-' ? 0 : input));
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) fail(decoded.reason);
  const text = decoded.text;
  const valid = validateTextInput(text);
  if (!valid.ok) fail(valid.reason);
  const isHtml = /\.x?html?$/i.test(input) || looksLikeHtml(text);
  let article;
  if (isHtml) {
    const extracted = extractFromHtml(text, jsdomParser());
    if (!extracted.ok) fail(extracted.reason);
    article = cleanArticle(extracted.text, extracted.hints);
  } else {
    article = cleanArticle(text);
  }
  const { title, author, publishedAt, caption, site, paragraphs, removed } = article;
  const out = { title, author, publishedAt, caption, site, paragraphs, removed: removed.map(({ text: t, reason }) => ({ text: t, reason })) };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

main();
