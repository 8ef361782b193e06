// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAnalyserNode } from '../../lang/analyse/node.ts';
import { isGlossed, reportToken } from './report.ts';

const analyser = loadAnalyserNode();

describe('token report (analyze CLI rows)', () => {
  const text = 'Pútín er þar að auki sagður hafa beðið um gervihnattarþyrpingunni í gær.';
  const a = analyser.analyse(text);
  const rows = a.tokens.map((t) => reportToken(a, t));
  const row = (form: string) => rows.find((r) => r.text === form)!;

  it('has the documented fields with exact offsets', () => {
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['start', 'end', 'text', 'kind', 'lemma', 'candidates', 'pos', 'gender', 'gloss', 'glossSource', 'parts', 'isName', 'phrase']));
      expect(text.slice(r.start, r.end)).toBe(r.text);
    }
  });

  it('reports glosses, names, parts and phrases', () => {
    expect(row('Pútín')).toMatchObject({ isName: true, pos: 'proper-noun', gloss: null });
    expect(row('er')).toMatchObject({ lemma: 'vera', pos: 'verb' });
    expect(row('er').gloss).toBeTruthy();
    expect(row('gervihnattarþyrpingunni').parts?.map((p) => p.lemma)).toEqual(['gervihnöttur', 'þyrping']);
    expect(row('gervihnattarþyrpingunni').parts?.every((p) => p.gloss)).toBe(true);
    expect(row('gær').phrase).toMatchObject({ key: 'í gær' });
    expect(row('gær').phrase?.gloss).toBeTruthy();
    expect(row('.').lemma).toBeNull();
  });

  it('counts a compound as glossed when all its parts are', () => {
    const t = a.tokens.find((x) => x.text === 'gervihnattarþyrpingunni')!;
    expect(isGlossed(a, t)).toBe(true);
    const name = a.tokens.find((x) => x.text === 'Pútín')!;
    expect(isGlossed(a, name)).toBe(false);
  });
});

describe('npm run analyze', () => {
  it('prints one JSON object per token with --jsonl, reading stdin for "-"', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', '--jsonl', '-'], {
      input: 'Hestarnir hlupu. 😀 Bókin!',
      encoding: 'utf8',
    });
    const rows = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.text)).toEqual(['Hestarnir', 'hlupu', '.', '😀', 'Bókin', '!']);
    expect(rows[0]).toMatchObject({ start: 0, end: 9, lemma: 'hestur', pos: 'noun', gender: 'm' });
    expect(rows[3]).toMatchObject({ start: 17, end: 19, kind: 'other' });
  }, 30_000);
});

describe('performance', () => {
  it('analyses a 1,000-word article well under a second', () => {
    const seed = readFileSync('seeds/000_997d414b72122f8f.txt', 'utf8');
    const words = seed.split(/\s+/).slice(0, 1000).join(' ');
    analyser.analyse(words); // warm caches as a worker would after its first article
    const fresh = words.replace(/\./g, ' .'); // same size, different token stream
    const t0 = performance.now();
    const a = analyser.analyse(fresh);
    const ms = performance.now() - t0;
    expect(a.tokens.filter((t) => t.kind === 'word').length).toBeGreaterThan(900);
    expect(ms).toBeLessThan(500);
  });

  it('is not quadratic: 4× the text takes well under 8× the time', () => {
    const seed = readFileSync('seeds/000_997d414b72122f8f.txt', 'utf8');
    const one = seed.slice(0, 5000);
    const four = [one, one, one, one].join('\n');
    analyser.analyse(four);
    const time = (s: string) => {
      const t0 = performance.now();
      for (let i = 0; i < 3; i++) analyser.analyse(s);
      return performance.now() - t0;
    };
    expect(time(four)).toBeLessThan(8 * time(one) + 50);
  });
});
