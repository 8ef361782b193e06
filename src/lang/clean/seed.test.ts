// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './index.ts';
import { losslessProblems } from './check.ts';

const seed = readFileSync('seeds/000_997d414b72122f8f.txt', 'utf8');

/** The article body as the page shows it once: line 1 between the photo credit and the tags. */
function expectedSentences(): string[] {
  const line1 = seed.split('\n')[0];
  let body = line1.slice(line1.indexOf('AP Elon Musk') + 3, line1.indexOf(' Bandaríkin Rússland Vladimír'));
  body = body
    .replace('Sjá einnig: Rúmar fimmtíu milljónir á mánuði fyrir Rússaáróður ', '')
    .replace('Sjá einnig: Pútín segir Musk óstöðvandi ', '');
  return splitSentences(body);
}

const splitSentences = (s: string) => s.split(/(?<=[.!?])\s+(?=[A-ZÁÐÉÍÓÚÝÞÆÖ])/u).map((x) => x.trim());

describe('seed: a Vísir page pasted as text, body and lists twice', () => {
  const a = cleanArticle(seed);
  const body = a.paragraphs.join('\n');

  it('finds title, author and publication time', () => {
    expect(a.title).toBe('Musk sagður í reglulegum samskiptum við Pútín');
    expect(a.author).toBe('Samúel Karl Ólason');
    expect(a.publishedAt).toBe('2024-10-25T09:44');
  });

  it('keeps every body sentence exactly once, in order', () => {
    const expected = expectedSentences();
    expect(expected).toHaveLength(21);
    expect(splitSentences(a.paragraphs.join(' '))).toEqual(expected);
    let from = 0;
    for (const s of expected) {
      const at = body.indexOf(s, from);
      expect(at, s).toBeGreaterThanOrEqual(from);
      expect(body.indexOf(s, at + 1), s).toBe(-1);
      from = at + s.length;
    }
  });

  it('splits the one-line body into several paragraphs', () => {
    expect(a.paragraphs.length).toBeGreaterThanOrEqual(5);
    for (const p of a.paragraphs) expect(p.length).toBeLessThan(1000);
  });

  it('removes headline lists, tags, related links and "Sjá meira" from the body', () => {
    for (const s of [
      'Mest lesið',
      'Fleiri fréttir',
      'Sjá meira',
      'Sjá einnig',
      'Rúmar fimmtíu milljónir á mánuði fyrir Rússaáróður',
      'Pútín segir Musk óstöðvandi',
      'Bandaríkin Rússland Vladimír Pútín',
      'Hljóp inn í brennandi byggingu',
      'Hættulegasti maður Noregs',
      'Dómsdagsklukkan færð fram',
      'Hafa fundið lík síðasta gíslsins á Gasa',
      'Innlent',
      'Erlent',
      'skrifar',
    ]) {
      expect(body, s).not.toContain(s);
    }
    const reasons = new Set(a.removed.map((r) => r.reason));
    for (const r of ['byline', 'caption', 'related-link', 'tag-line', 'headline-list', 'read-more', 'duplicate'] as const) expect(reasons).toContain(r);
  });

  it('keeps the caption out of the body, in `caption`', () => {
    expect(a.caption).toBe('Vladimír Pútín og Elon Musk eru sagðir tala reglulega saman um ýmis málefni.');
    expect(body).not.toContain('sagðir tala reglulega saman');
    expect(a.removed.find((r) => r.reason === 'caption')?.text).toBe(a.caption);
  });

  it('loses nothing: removed blocks and paragraphs put back in order give the page', () => {
    expect(losslessProblems(seed, a)).toEqual([]);
  });

  it('is idempotent', () => {
    const again = cleanArticle(a.paragraphs.join('\n\n'), { title: a.title });
    expect(again.paragraphs).toEqual(a.paragraphs);
    expect(again.removed).toEqual([]);
  });
});
