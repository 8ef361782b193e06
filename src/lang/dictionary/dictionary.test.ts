// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { GlossSource, PartOfSpeech } from '../types.ts';
import { Dictionary } from './index.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DICT_DIR, parseSupplement } from '../../../dictionaries/build/build.ts';
import { loadDictionaryNode } from './node.ts';

const dict = loadDictionaryNode();
const supplementRows = parseSupplement(readFileSync(join(DICT_DIR, 'supplement.tsv'), 'utf8'));

interface LookupCase {
  key: string;
  pos: PartOfSpeech;
  lemma: string;
  gender?: 'm' | 'f' | 'n';
  gloss: string;
  source?: GlossSource;
  reason: string;
}

const cases: LookupCase[] = [
  { key: 'hestur', pos: 'noun', lemma: 'hestur', gender: 'm', gloss: 'horse', source: 'apertium', reason: 'common noun from Apertium, with gender' },
  { key: 'bandaríkin', pos: 'proper-noun', lemma: 'Bandaríkin', gloss: 'United States', reason: 'lower-case lemma-is key, display headword keeps capitals' },
  { key: 'Bandaríkin', pos: 'proper-noun', lemma: 'Bandaríkin', gloss: 'United States', reason: 'keys are case-insensitive' },
  { key: 'gervihnöttur', pos: 'noun', lemma: 'gervihnöttur', gender: 'm', gloss: 'satellite', reason: 'compound present in the bidix' },
  { key: 'þyrping', pos: 'noun', lemma: 'þyrping', gender: 'f', gloss: 'crowd', reason: 'feminine noun' },
  { key: 'vera', pos: 'verb', lemma: 'vera', gloss: 'be', source: 'apertium', reason: 'vbser mapped to verb' },
  { key: 'hann', pos: 'pronoun', lemma: 'hann', gloss: 'he', source: 'lesa', reason: 'personal pronoun from the supplement' },
  { key: 'ég', pos: 'pronoun', lemma: 'ég', gloss: 'I', source: 'lesa', reason: 'lemma-is lemma of mér/við' },
  { key: 'í gær', pos: 'adverb', lemma: 'í gær', gloss: 'yesterday', source: 'apertium', reason: 'multi-word headword from Apertium' },
  { key: 'þrátt fyrir', pos: 'phrase', lemma: 'þrátt fyrir', gloss: 'despite', source: 'lesa', reason: 'fixed phrase from the supplement' },
  { key: 'að', pos: 'infinitive-marker', lemma: 'að', gloss: 'to', reason: 'Apertium <inf> mapped to infinitive-marker' },
  { key: 'og', pos: 'conjunction', lemma: 'og', gloss: 'and', reason: 'cnjcoo mapped to conjunction' },
  { key: 'tveir', pos: 'numeral', lemma: 'tveir', gloss: 'two', reason: 'numeral' },
  { key: 'páll', pos: 'proper-noun', lemma: 'Páll', gloss: "man's name (Paul)", source: 'lesa', reason: 'frequent name from the supplement' },
];

describe('Dictionary.lookup (known entries)', () => {
  it.each(cases)('$key → $gloss ($reason)', ({ key, pos, lemma, gender, gloss, source }) => {
    const entries = dict.lookup(key, pos);
    expect(entries.length).toBeGreaterThan(0);
    const e = entries[0];
    expect(e.pos).toBe(pos);
    expect(e.lemma).toBe(lemma);
    if (gender) expect(e.gender).toBe(gender);
    const sense = e.senses.find((s) => s.gloss === gloss);
    expect(sense, `senses: ${JSON.stringify(e.senses)}`).toBeDefined();
    if (source) expect(sense!.source).toBe(source);
  });

  it('puts Apertium senses first, then FreeDict, then Lesa (after any "lead:" supplement senses), without case-insensitive duplicates', () => {
    const order: Record<GlossSource, number> = { apertium: 0, freedict: 1, lesa: 2, user: 3 };
    const leads = new Map(supplementRows.filter((r) => /^lead\b/u.test(r.note)).map((r) => [`${r.lemma}|${r.pos}`, r.glosses.length]));
    for (const key of dict.keys()) {
      for (const e of dict.lookup(key)) {
        const ranks = e.senses.slice(leads.get(`${e.lemma}|${e.pos}`) ?? 0).map((s) => order[s.source]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        const lower = e.senses.map((s) => s.gloss.toLowerCase());
        expect(new Set(lower).size).toBe(lower.length);
      }
    }
  });

  it('with a pos, puts entries of that pos first and never drops the others', () => {
    const all = dict.lookup('á');
    const prep = dict.lookup('á', 'preposition');
    expect(prep[0].pos).toBe('preposition');
    expect(prep.length).toBe(all.length);
    const noun = dict.lookup('á', 'noun');
    expect(noun[0].pos).toBe('noun');
    expect(noun[0].senses.map((s) => s.gloss)).toContain('river');
    expect(new Set(noun.map((e) => e.pos))).toEqual(new Set(all.map((e) => e.pos)));
  });

  it('returns copies, so callers cannot corrupt the dictionary', () => {
    dict.lookup('hestur')[0].senses[0].gloss = 'changed';
    expect(dict.lookup('hestur')[0].senses[0].gloss).toBe('horse');
  });

  it('has() is case-insensitive and false for unknown keys; lookup of an unknown key is empty', () => {
    expect(dict.has('HESTUR')).toBe(true);
    expect(dict.has('xyzzyqq')).toBe(false);
    expect(dict.lookup('xyzzyqq')).toEqual([]);
  });

  it('exposes the IPA of FreeDict headwords', () => {
    expect(dict.lookup('hestur', 'noun')[0].ipa).toBe('hˈɛsdyr');
  });
});

describe('Dictionary.phrases', () => {
  it('lists lower-case multi-word keys from all sources, each resolvable by lookup', () => {
    const phrases = dict.phrases();
    expect(phrases.length).toBeGreaterThan(400);
    for (const p of ['í gær', 'þrátt fyrir', 'meðal annars', 'að minnsta kosti', 'til dæmis', 'á meðan', 'vegna þess að']) {
      expect(phrases).toContain(p);
    }
    for (const p of phrases) {
      expect(p).toBe(p.toLowerCase());
      expect(p).toContain(' ');
      expect(dict.lookup(p).length).toBeGreaterThan(0);
    }
  });
});

describe('Dictionary.fromArtifact', () => {
  it('exposes version and size', () => {
    expect(dict.version).toMatch(/^[0-9a-f]{16}$/);
    expect(dict.size).toBeGreaterThan(15000);
  });

  it('builds from a minimal artifact and rejects malformed input', () => {
    const d = Dictionary.fromArtifact({
      format: 1,
      version: 'abc',
      license: 'GPL-3.0-or-later',
      sources: {},
      pos: ['noun', 'verb'],
      entries: [['Hestur', 0, 'm', '', 'al', 'horse', 'steed']],
    });
    expect(d.size).toBe(1);
    expect(d.lookup('hestur')).toEqual([
      { lemma: 'Hestur', pos: 'noun', gender: 'm', senses: [{ gloss: 'horse', source: 'apertium' }, { gloss: 'steed', source: 'lesa' }] },
    ]);
    expect(() => Dictionary.fromArtifact(null)).toThrow();
    expect(() => Dictionary.fromArtifact({ format: 2, version: 'x', pos: [], entries: [] })).toThrow();
    expect(() =>
      Dictionary.fromArtifact({ format: 1, version: 'x', pos: ['noun'], entries: [['a', 0, '', '', 'a']] }),
    ).toThrow();
    // Form-specific senses point at an existing sense.
    const withForms = { format: 1, version: 'x', pos: ['noun'], entries: [['gagn', 0, 'n', '', 'al', 'use', 'data']] };
    expect(Dictionary.fromArtifact({ ...withForms, formSenses: [[0, 1, 'gögn gagna']] }).lookup('gagn')[0].senses[1]).toEqual({ gloss: 'data', source: 'lesa', forms: ['gögn', 'gagna'] });
    expect(() => Dictionary.fromArtifact({ ...withForms, formSenses: [[0, 5, 'gögn']] })).toThrow(/form sense/);
    // So do context-cued senses; look-ups return copies of their cues.
    const withCues = { format: 1, version: 'x', pos: ['noun'], entries: [['stig', 0, 'n', '', 'al', 'point', 'degree']] };
    const cued = Dictionary.fromArtifact({ ...withCues, cueSenses: [[0, 1, 'frost hiti']] });
    expect(cued.lookup('stig')[0].senses[1]).toEqual({ gloss: 'degree', source: 'lesa', cues: ['frost', 'hiti'] });
    cued.lookup('stig')[0].senses[1].cues!.push('x');
    expect(cued.lookup('stig')[0].senses[1].cues).toEqual(['frost', 'hiti']);
    expect(() => Dictionary.fromArtifact({ ...withCues, cueSenses: [[1, 0, 'frost']] })).toThrow(/cue sense/);
  });
});
