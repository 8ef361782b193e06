// @vitest-environment node
/** `npm run clean -- FILE|-` runs the same cleaner as the app and prints the article as JSON. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './index.ts';

const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/clean.ts', ...args], { input, encoding: 'utf8' });

describe('clean CLI', () => {
  it('prints the seed cleaned, the same as the library does', () => {
    const out = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/clean.ts', 'seeds/000_997d414b72122f8f.txt'], { encoding: 'utf8' }));
    const a = cleanArticle(readFileSync('seeds/000_997d414b72122f8f.txt', 'utf8'));
    expect(Object.keys(out)).toEqual(['title', 'author', 'publishedAt', 'caption', 'site', 'paragraphs', 'removed']);
    expect(out).toEqual({ title: a.title, author: a.author, publishedAt: a.publishedAt, caption: a.caption, site: a.site, paragraphs: a.paragraphs, removed: a.removed.map(({ text, reason }) => ({ text, reason })) });
  });

  it('reads standard input and recognises HTML', () => {
    const html = readFileSync('test/fixtures/scrapes/frettabladid-article.html', 'utf8');
    const r = run(['-'], html);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.title).toBe('Bókasöfnin lengja opnunartímann');
    expect(JSON.stringify(out)).not.toMatch(/pwned|STYLE-LEAK|SVG-LEAK|javascript/);
  });

  it('reads Windows-1252 files', () => {
    const bytes = Buffer.from([0xde, 0xf3, 0x72, 0xf0, 0x75, 0x72, 0x20, 0xfe, 0xe1, 0xf0, 0x69, 0x20, 0x6b, 0x61, 0x66, 0x66, 0x69, 0x2e]);
    const r = run(['-'], bytes);
    expect(JSON.parse(r.stdout).paragraphs).toEqual(['Þórður þáði kaffi.']);
  });

  it('fails with a reason for binary input', () => {
    const r = run(['-'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('binary');
  });
});
