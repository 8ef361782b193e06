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

  it('glosses a middle-voice form by its middle voice, keeping the active verb as the lemma', () => {
    const b = analyser.analyse('Hún lést í gær. Hann lét það vera.');
    const r = (form: string) => reportToken(b, b.tokens.find((t) => t.text === form)!);
    expect(r('lést')).toMatchObject({ lemma: 'láta', pos: 'verb', gloss: 'die', glossSource: 'lesa', middle: { lemma: 'látast', gloss: 'die' } });
    expect(r('lét')).toMatchObject({ lemma: 'láta', gloss: 'let', middle: null });
  });

  it('glosses a comparative with its own meaning by that meaning', () => {
    const b = analyser.analyse('Þeir settu frekari takmarkanir.');
    const r = reportToken(b, b.tokens.find((t) => t.text === 'frekari')!);
    expect(r).toMatchObject({ lemma: 'frekur', pos: 'adjective', gloss: 'further', degree: { lemma: 'frekari', gloss: 'further' } });
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

// Speed (throughput, scaling with text length) is measured in test/bench/analysis.bench.ts, not
// asserted here: timed unit tests fail on a busy machine and pass on a fast one.
describe('long text', () => {
  it('analyses a 1,000-word article into word tokens that tile the text', () => {
    const seed = readFileSync('seeds/000_997d414b72122f8f.txt', 'utf8');
    const words = seed.split(/\s+/).slice(0, 1000).join(' ');
    const a = analyser.analyse(words);
    const wordTokens = a.tokens.filter((t) => t.kind === 'word');
    expect(wordTokens.length).toBeGreaterThan(900);
    for (const t of a.tokens) expect(words.slice(t.start, t.end)).toBe(t.text);
  });
});
