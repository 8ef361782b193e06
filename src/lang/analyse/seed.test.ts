// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnalysedToken, Analysis } from '../types.ts';
import { ANALYSIS_VERSION } from './index.ts';
import { loadDictionaryNode } from '../dictionary/node.ts';
import { loadAnalyserNode } from './node.ts';

const analyser = loadAnalyserNode();
const dictionary = loadDictionaryNode();
const text = readFileSync('seeds/000_997d414b72122f8f.txt', 'utf8');
const analysis: Analysis = analyser.analyse(text);

function tokenOf(form: string): AnalysedToken {
  const t = analysis.tokens.find((x) => x.text === form);
  if (!t) throw new Error(`no token ${form}`);
  return t;
}

function glossesOf(key: string): string[] {
  return (analysis.entries[key] ?? []).flatMap((e) => e.senses.map((s) => s.gloss));
}

describe('seed article analysis', () => {
  it('has the Analysis shape: versions, ordered exact tokens, sentences', () => {
    expect(analysis.version).toBe(ANALYSIS_VERSION);
    expect(analysis.dictVersion).toMatch(/^[0-9a-f]{16}$/);
    let prevEnd = 0;
    for (const t of analysis.tokens) {
      expect(t.text).toBe(text.slice(t.start, t.end));
      expect(t.start).toBeGreaterThanOrEqual(prevEnd);
      prevEnd = t.end;
      expect(t.chosen).toBe(0);
      const s = analysis.sentences[t.sentence];
      expect(t.start).toBeGreaterThanOrEqual(s.start);
      expect(t.end).toBeLessThanOrEqual(s.end);
      for (const c of t.candidates) expect(c.lemma).toBe(c.lemma.toLowerCase());
    }
    expect(analysis.sentences.length).toBeGreaterThan(20);
  });

  it('Bandaríkjanna → proper lemma bandaríkin, displayed Bandaríkin, with an English gloss', () => {
    const t = tokenOf('Bandaríkjanna');
    expect(t.candidates[0].lemma).toBe('bandaríkin');
    expect(t.isName).toBe(true);
    expect(t.name).toBe('Bandaríkin');
    expect(analysis.entries.bandaríkin[0].lemma).toBe('Bandaríkin');
    expect(glossesOf('bandaríkin')).toContain('United States');
  });

  it('gervihnattarþyrpingunni → parts gervihnöttur + þyrping, each glossed', () => {
    const t = tokenOf('gervihnattarþyrpingunni');
    expect(t.parts).toEqual(['gervihnöttur', 'þyrping']);
    expect(glossesOf('gervihnöttur')).toContain('satellite');
    expect(glossesOf('þyrping').length).toBeGreaterThan(0);
    expect(t.isName).toBe(false);
  });

  it('the article\'s first word "Musk" is a name, as it is mid-sentence elsewhere in the text', () => {
    expect(analysis.tokens[0]).toMatchObject({ text: 'Musk', isName: true, name: 'Musk' });
  });

  it('Pútíns → name Pútín; Musks → Musk; Trumps → Trump', () => {
    for (const [form, name] of [['Pútíns', 'Pútín'], ['Musks', 'Musk'], ['Trumps', 'Trump']]) {
      const t = tokenOf(form);
      expect(t.isName, form).toBe(true);
      expect(t.name, form).toBe(name);
    }
  });

  it('marks fixed phrases: meðal annars, þar á meðal', () => {
    const keys = analysis.phrases.map((p) => p.key);
    expect(keys).toContain('meðal annars');
    const p = analysis.phrases.findIndex((x) => x.key === 'meðal annars');
    const members = analysis.tokens.filter((t) => t.phrase === p);
    expect(members.map((t) => t.text)).toEqual(['meðal', 'annars']);
    expect(glossesOf('meðal annars').length).toBeGreaterThan(0);
  });

  it('carries the entries of every referenced lemma key', () => {
    for (const t of analysis.tokens) {
      for (const key of [...t.candidates.map((c) => c.lemma), ...(t.parts ?? [])]) {
        // Either the dictionary has nothing for the key, or the analysis carries it.
        if (dictionary.has(key)) expect(analysis.entries[key], key).toBeDefined();
      }
    }
  });
});
