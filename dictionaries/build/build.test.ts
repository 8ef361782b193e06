// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { POS_LIST, type DictArtifact } from '../../src/lang/dictionary/format.ts';
import { Dictionary } from '../../src/lang/dictionary/index.ts';
import { loadDictionaryNode } from '../../src/lang/dictionary/node.ts';
import { DEFAULT_BIDIX, DICT_DIR, bidixPairs, buildArtifact, parseLtPrint, parseSupplement } from './build.ts';
import { coverage, loadLemmatizer } from './coverage.ts';

const ARTIFACT = join(DICT_DIR, 'lesa-dict.json');
const rawArtifact = readFileSync(ARTIFACT);
const artifact = JSON.parse(rawArtifact.toString('utf8')) as DictArtifact;
const supplement = parseSupplement(readFileSync(join(DICT_DIR, 'supplement.tsv'), 'utf8'));
const lemmatizer = loadLemmatizer();
const allLemmas = lemmatizer.getAllLemmas();

function hasLtPrint(): boolean {
  try {
    execFileSync('lt-print', ['--help'], { stdio: 'ignore' });
    return true;
  } catch (e) {
    // lt-print exits non-zero on --help but exists; ENOENT means it is missing.
    return (e as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}
const sourcesInstalled = existsSync(DEFAULT_BIDIX) && hasLtPrint();

describe('lt-print parsing', () => {
  it('enumerates paths with epsilon arcs, blanks, tags and lexical variants, and skips cyclic (regex) states', () => {
    const att = [
      // hestur<n><m> → horse<n>
      '0\t1\th\th', '1\t2\te\to', '2\t3\ts\tr', '3\t4\tt\ts', '4\t5\tu\te', '5\t6\tr\tε', '6\t7\t<n>\t<n>', '7\t99\t<m>\tε',
      // í gær<adv> → yesterday<adv> (ε on the input side for the longer output)
      '0\t10\tí\ty', '10\t11\t \te', '11\t12\tg\ts', '12\t13\tæ\tt', '13\t14\tr\te', '14\t15\tε\tr', '15\t16\tε\td',
      '16\t17\tε\ta', '17\t18\tε\ty', '18\t99\t<adv>\t<adv>',
      // api:1<n><m> → ape<n>
      '0\t20\ta\ta', '20\t21\tp\tp', '21\t22\ti\te', '22\t23\t:\tε', '23\t24\t1\tε', '24\t25\t<n>\t<n>', '25\t99\t<m>\tε',
      // a cycle copying letters (regular-expression entry) must not be enumerated
      '0\t30\tx\tx', '30\t30\ty\ty', '30\t99\t<np>\t<np>',
      '99\t0.000000',
      '--',
      '0\t1\té\tI', '1\t2\t<prn>\t<prn>', '2\t0.000000',
    ].join('\n');
    expect(parseLtPrint(att).length).toBe(4);
    const pairs = bidixPairs(att).map((p) => [p.srcLemma, p.variant, p.srcTags.join('.'), p.trgLemma]);
    expect(pairs).toEqual([
      ['hestur', 0, 'n.m', 'horse'],
      ['í gær', 0, 'adv', 'yesterday'],
      ['api', 1, 'n.m', 'ape'],
      ['é', 0, 'prn', 'I'],
    ]);
  });
});

describe('artifact shape', () => {
  it('has a content-hash version, the format number and the part-of-speech table', () => {
    expect(artifact.format).toBe(1);
    expect(artifact.version).toMatch(/^[0-9a-f]{16}$/);
    expect(artifact.pos).toEqual([...POS_LIST]);
    expect(artifact.license).toBe('GPL-3.0-only');
  });

  it('every entry has a lemma, a valid pos, ≥1 non-empty gloss with a valid source; genders only on nouns', () => {
    const problems: string[] = [];
    for (const row of artifact.entries) {
      const [lemma, posIndex, gender, , codes, ...glosses] = row;
      const pos = artifact.pos[posIndex];
      if (typeof lemma !== 'string' || !lemma.trim()) problems.push(`empty lemma ${JSON.stringify(row)}`);
      if (!POS_LIST.includes(pos)) problems.push(`bad pos ${JSON.stringify(row)}`);
      if (glosses.length === 0 || glosses.some((g) => typeof g !== 'string' || !g.trim()))
        problems.push(`bad glosses ${JSON.stringify(row)}`);
      if (codes.length !== glosses.length || !/^[afl]+$/.test(codes)) problems.push(`bad sources ${JSON.stringify(row)}`);
      if (gender && (!['m', 'f', 'n'].includes(gender) || (pos !== 'noun' && pos !== 'proper-noun')))
        problems.push(`gender on non-noun ${JSON.stringify(row)}`);
    }
    expect(problems).toEqual([]);
  });

  it('entries are sorted by key and there are entries from all three sources', () => {
    const keys = artifact.entries.map((r) => r[0].toLowerCase());
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const codes = new Set(artifact.entries.flatMap((r) => [...r[4]]));
    expect([...codes].sort()).toEqual(['a', 'f', 'l']);
    expect(artifact.entries.length).toBeGreaterThan(15000);
  });

  it('stays within its size budget (raw < 2 MB, gzip < 400 kB)', () => {
    expect(rawArtifact.length).toBeLessThan(2_000_000);
    expect(gzipSync(rawArtifact, { level: 9 }).length).toBeLessThan(400_000);
  });
});

describe('supplement.tsv', () => {
  const known = new Set(allLemmas);

  /** Middle-voice rows: "-st" headwords whose active verb lemma-is knows (it lemmatizes "-st" forms to it). */
  const isMiddleVoice = (r: (typeof supplement)[number]) => r.pos === 'verb' && r.note.startsWith('middle voice of ');
  /** Degree rows: a comparative/superlative with its own meaning, which lemma-is gives the positive. */
  const isDegree = (r: (typeof supplement)[number]) => (r.pos === 'adjective' || r.pos === 'adverb') && /^(?:comparative|superlative) of /.test(r.note);

  /** A noun-forming suffix that heads compounds ("-leysi" = lack of): no lemma of its own. */
  const isSuffix = (r: (typeof supplement)[number]) => r.note.startsWith('suffix: ');

  /** A cue row for a middle-voice headword that has its middle-voice row ("veikjast" = weaken beside "króna"). */
  const isMiddleVoiceCue = (r: (typeof supplement)[number]) => r.pos === 'verb' && r.note.startsWith('cues:') && supplement.some((o) => isMiddleVoice(o) && o.lemma === r.lemma);

  it('every single-word headword is a lemma lemma-is knows (middle-voice and degree rows: their base word)', () => {
    const unknown = supplement
      .filter((r) => !r.lemma.includes(' ') && !known.has(r.lemma.toLowerCase()) && !isMiddleVoice(r) && !isMiddleVoiceCue(r) && !isDegree(r) && !isSuffix(r))
      .map((r) => `${r.line}: ${r.lemma}`);
    expect(unknown).toEqual([]);
  });

  it('a middle-voice headword is its active verb + "st", a verb lemma-is knows and lemmatizes the -st forms to', () => {
    const rows = supplement.filter(isMiddleVoice);
    expect(rows.length).toBeGreaterThan(40);
    const bad = rows.filter((r) => {
      const active = r.note.slice('middle voice of '.length);
      if (r.lemma !== active + 'st') return true;
      return !lemmatizer.lemmatizeWithPOS(active).some((x) => x.lemma === active && x.pos === 'so');
    });
    expect(bad.map((r) => `${r.line}: ${r.lemma}`)).toEqual([]);
  });

  it('a comparative/superlative headword is one lemma-is lemmatizes to the positive its note names', () => {
    // (Rows whose headword lemma-is lists as a lemma of its own, such as "nær", need no check.)
    const rows = supplement.filter((r) => isDegree(r) && !known.has(r.lemma.toLowerCase()));
    expect(rows.length).toBeGreaterThan(5);
    const bad = rows.filter((r) => {
      const positive = r.note.replace(/^(?:comparative|superlative) of /, '');
      return !lemmatizer.lemmatizeWithPOS(r.lemma).some((x) => x.lemma === positive && x.pos === (r.pos === 'adverb' ? 'ao' : 'lo'));
    });
    expect(bad.map((r) => `${r.line}: ${r.lemma}`)).toEqual([]);
  });

  it('every word of a phrase headword is a form lemma-is knows', () => {
    const unknown = supplement
      .filter((r) => r.lemma.includes(' '))
      .flatMap((r) => r.lemma.split(' ').filter((w) => lemmatizer.lemmatize(w.toLowerCase()).length === 0).map((w) => `${r.line}: ${w}`));
    expect(unknown).toEqual([]);
  });

  it('each row has a valid part of speech; nouns have a gender; multi-word rows are phrases', () => {
    const bad = supplement.filter(
      (r) =>
        !POS_LIST.includes(r.pos) ||
        (r.pos === 'noun' && !r.gender) ||
        (r.gender && r.pos !== 'noun' && r.pos !== 'proper-noun') ||
        (r.lemma.includes(' ') && r.pos !== 'phrase'),
    );
    expect(bad).toEqual([]);
  });

  it('rejects a row with an unknown part of speech', () => {
    expect(() => parseSupplement('hestur\tnoun-ish\tm\thorse\t\n')).toThrow(/unknown part of speech/);
  });

  it('a supplement row that differs from a source gloss only in case corrects the case and keeps the source', () => {
    // franskur<adj> → french (Apertium); the supplement writes French.
    const att = [
      '0\t1\tf\tf', '1\t2\tr\tr', '2\t3\ta\te', '3\t4\tn\tn', '4\t5\ts\tc', '5\t6\tk\th', '6\t7\tu\tε', '7\t8\tr\tε', '8\t99\t<adj>\t<adj>',
      '99\t0.000000',
    ].join('\n');
    const build = (supplement: string) => buildArtifact({ ltPrintText: att, freedict: [], supplement: parseSupplement(supplement), sources: {} }).artifact;
    expect(build('').entries.find((e) => e[0] === 'franskur')!.slice(4)).toEqual(['a', 'french']);
    expect(build('franskur\tadjective\t\tFrench\t\n').entries.find((e) => e[0] === 'franskur')!.slice(4)).toEqual(['a', 'French']);
  });

  it('a "lead:" row puts its senses first, in its order, keeping a source sense’s source', () => {
    // renna<vblex> → turn, slide (Apertium); the supplement leads with flow, slide.
    const att = [
      '0\t1\tr\tt', '1\t2\te\tu', '2\t3\tn\tr', '3\t4\tn\tn', '4\t5\ta\tε', '5\t99\t<vblex>\t<vblex>',
      '0\t11\tr\ts', '11\t12\te\tl', '12\t13\tn\ti', '13\t14\tn\td', '14\t15\ta\te', '15\t16\t:\tε', '16\t17\t1\tε', '17\t99\t<vblex>\t<vblex>',
      '99\t0.000000',
    ].join('\n');
    const build = (note: string) =>
      buildArtifact({ ltPrintText: att, freedict: [], supplement: parseSupplement(`renna\tverb\t\tflow | slide\t${note}\n`), sources: {} }).artifact;
    const row = (a: DictArtifact) => a.entries.find((e) => e[0] === 'renna')!;
    expect(row(build('lead: news sense')).slice(4)).toEqual(['laa', 'flow', 'slide', 'turn']);
    expect(row(build('')).slice(4)).toEqual(['aal', 'turn', 'slide', 'flow']);
  });

  it('a "corrects:" row replaces a misspelt source sense', () => {
    const att = ['0\t1\tá\th', '1\t2\ts\tg', '2\t3\ta\th', '3\t4\t<n>\t<n>', '4\t99\t<f>\t<f>', '99\t0.000000'].join('\n');
    const build = (note: string) =>
      buildArtifact({ ltPrintText: att, freedict: [], supplement: parseSupplement(`ása\tnoun\tf\thigh\t${note}\n`), sources: {} }).artifact;
    const row = (a: DictArtifact) => a.entries.find((e) => e[0] === 'ása')!;
    expect(row(build('')).slice(4)).toEqual(['al', 'hgh', 'high']);
    expect(row(build('corrects: hgh')).slice(4)).toEqual(['l', 'high']);
  });

  it('a "cues:" row marks its senses, or the same senses from a source, with the lemmas that cue them (cueSenses)', () => {
    const supplement = parseSupplement('stig\tnoun\tn\tpoint (in sport) | degree\t\nstig\tnoun\tn\tdegree\tcues: frost Hiti\nstig\tnoun\tn\tlevel, stage\tcues: þrep\n');
    const { artifact, json } = buildArtifact({ ltPrintText: '0\t0.000000', freedict: [], supplement, sources: {} });
    expect(Dictionary.fromArtifact(JSON.parse(json)).lookup('stig')[0].senses).toEqual([
      { gloss: 'point (in sport)', source: 'lesa' },
      { gloss: 'degree', source: 'lesa', cues: ['frost', 'hiti'] },
      { gloss: 'level, stage', source: 'lesa', cues: ['þrep'] },
    ]);
    expect(artifact.cueSenses).toEqual([[0, 1, 'frost hiti'], [0, 2, 'þrep']]);
    // Cue rows for one sense add up ("@head": the sense of a compound's head part).
    const merged = buildArtifact({ ltPrintText: '0\t0.000000', freedict: [], supplement: parseSupplement('sveit\tnoun\tf\tcountryside | unit\t\nsveit\tnoun\tf\tunit\tcues: lögregla\nsveit\tnoun\tf\tunit\tcues: @head\n'), sources: {} });
    expect(merged.artifact.cueSenses).toEqual([[0, 1, 'lögregla @head']]);
  });

  it('a "forms:" row marks its senses with the forms they belong to (formSenses), in source order', () => {
    const supplement = parseSupplement('vöxtur\tnoun\tm\tgrowth\t\nvöxtur\tnoun\tm\t(plural vextir) interest\tforms: vextir Vöxtum vaxta\n');
    const { artifact } = buildArtifact({ ltPrintText: '0\t0.000000', freedict: [], supplement, sources: {} });
    const i = artifact.entries.findIndex((e) => e[0] === 'vöxtur');
    expect(artifact.entries[i].slice(5)).toEqual(['growth', '(plural vextir) interest']);
    expect(artifact.formSenses).toEqual([[i, 1, 'vextir vöxtum vaxta']]);
    const d = Dictionary.fromArtifact(JSON.parse(buildArtifact({ ltPrintText: '0\t0.000000', freedict: [], supplement, sources: {} }).json));
    expect(d.lookup('vöxtur')[0].senses).toEqual([
      { gloss: 'growth', source: 'lesa' },
      { gloss: '(plural vextir) interest', source: 'lesa', forms: ['vextir', 'vöxtum', 'vaxta'] },
    ]);
  });

  it('has no duplicate (lemma, pos, gender) rows', () => {
    const seen = new Map<string, number>();
    const dups: string[] = [];
    for (const r of supplement) {
      // (A "forms:" row adds the senses of some forms to a lemma that may have a row of its own;
      // rows for different forms may stand side by side: munur's "mun" and "munir". So may
      // "cues:" rows, which mark the senses some context words cue.)
      const k = `${r.lemma.toLowerCase()}|${r.pos}|${r.gender ?? ''}|${/^(?:forms|cues):/u.test(r.note) ? r.note : ''}`;
      if (seen.has(k)) dups.push(`${seen.get(k)} / ${r.line}: ${k}`);
      seen.set(k, r.line);
    }
    expect(dups).toEqual([]);
  });
});

describe('coverage of lemma-is lemmas (ranked roughly by frequency)', () => {
  it('every one of the top 1500 lemmas has a gloss', () => {
    const dict = loadDictionaryNode(ARTIFACT);
    const missing = allLemmas.slice(0, 1500).filter((l) => !dict.has(l));
    expect(missing).toEqual([]);
    const c = coverage(dict, allLemmas);
    expect(c.top5k).toBeGreaterThan(0.6);
    expect(c.top20k).toBeGreaterThan(0.38);
  });
});

describe('reproducible build', () => {
  it.skipIf(!sourcesInstalled)(
    'rebuilding into a temp dir gives byte-identical lesa-dict.json and SOURCES.md (needs apertium-isl-eng and lt-print)',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'lesa-dict-'));
      try {
        execFileSync(process.execPath, ['--import', 'tsx', resolve(DICT_DIR, 'build/build.ts'), '--out', join(dir, 'lesa-dict.json')], {
          cwd: resolve(DICT_DIR, '..'),
          stdio: 'pipe',
        });
        expect(readFileSync(join(dir, 'lesa-dict.json')).equals(rawArtifact)).toBe(true);
        expect(readFileSync(join(dir, 'SOURCES.md'), 'utf8')).toBe(readFileSync(join(DICT_DIR, 'SOURCES.md'), 'utf8'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
