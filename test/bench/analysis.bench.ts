/**
 * Analysis benchmarks (issue 3), Node-side (no browser): quality on the UD dev files in
 * ../shared/eval (skipped with a note when that folder is missing), analyser throughput, load
 * time and memory, and the size of the bundled dictionary and lemmatizer payload.
 *
 * Run by `npm run bench` (test/bench/run.ts); on its own: `node --import tsx test/bench/analysis.bench.ts`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { createAnalyser, type Analyser } from '../../src/lang/analyse/index.ts';
import { loadLemmatizerNode } from '../../src/lang/analyse/node.ts';
import { parseConllu } from '../../src/cli/lib/conllu.ts';
import { countConllu, emptyCounts, finish, mergeCounts } from '../../src/cli/lib/score.ts';
import { DICTIONARY_PATH, loadDictionaryNode } from '../../src/lang/dictionary/node.ts';
import { percentile, type BenchResult } from './types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The UD dev files; `LESA_EVAL_DIR` points elsewhere (e.g. to check the skip path). */
const EVAL_DIR = resolve(ROOT, process.env.LESA_EVAL_DIR ?? '../shared/eval');
const SEED = resolve(ROOT, 'seeds');

/** Issue 3 targets on the dev files (percent). */
const TARGETS = { lemma: 95, glossed: 98, lemmaAndGloss: 94 };
/** Dictionary + lemmatizer payload, gzip (issue 3). */
const PAYLOAD_MAX_BYTES = 5 * 1024 * 1024;

/** A callable `gc()` (exposed at run time), so heap figures are not noise from garbage. */
function getGc(): () => void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function wordCount(a: ReturnType<Analyser['analyse']>): number {
  return a.tokens.filter((t) => t.kind === 'word' || t.kind === 'number').length;
}

/** Tokens per second over `runs` analyses of `text` (median run), after one warm-up. */
function throughput(analyser: Analyser, text: string, runs: number): { perSecond: number; tokens: number; firstMs: number; p95Ms: number } {
  let t0 = performance.now();
  const tokens = wordCount(analyser.analyse(text));
  const firstMs = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t0 = performance.now();
    analyser.analyse(text);
    times.push(performance.now() - t0);
  }
  const median = percentile(times, 50);
  return { perSecond: (tokens / median) * 1000, tokens, firstMs, p95Ms: percentile(times, 95) };
}

function evalFiles(): string[] {
  if (!existsSync(EVAL_DIR)) return [];
  return readdirSync(EVAL_DIR)
    .filter((f) => f.endsWith('.conllu'))
    .sort()
    .map((f) => join(EVAL_DIR, f));
}

function seedTexts(): { name: string; text: string }[] {
  if (!existsSync(SEED)) return [];
  return readdirSync(SEED)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(SEED, f), 'utf8') }));
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const gc = getGc();

  // Load time and heap of a fresh analyser (lemma-is core binary + dictionary + analyser).
  gc();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const lemmatizer = loadLemmatizerNode();
  const tLemmatizer = performance.now();
  const dictionary = loadDictionaryNode();
  const tDictionary = performance.now();
  const analyser = createAnalyser({ lemmatizer, dictionary });
  const loadMs = performance.now() - t0;
  gc();
  const after = process.memoryUsage();
  results.push(
    {
      name: 'Analyser load in Node (lemma-is core binary + dictionary JSON + analyser)',
      value: loadMs,
      unit: 'ms',
      note: `lemmatizer ${(tLemmatizer - t0).toFixed(0)} ms, dictionary ${(tDictionary - tLemmatizer).toFixed(0)} ms, analyser ${(loadMs - (tDictionary - t0)).toFixed(0)} ms`,
    },
    {
      name: 'Analyser memory after load (JS heap delta, after GC)',
      value: (after.heapUsed - before.heapUsed) / 2 ** 20,
      unit: 'MiB',
      note: `plus ${((after.arrayBuffers - before.arrayBuffers) / 2 ** 20).toFixed(1)} MiB in ArrayBuffers (lemma-is binary); RSS delta ${((after.rss - before.rss) / 2 ** 20).toFixed(1)} MiB`,
    },
  );

  // Quality on the UD dev files.
  const files = evalFiles();
  if (files.length === 0) {
    results.push({
      name: 'Eval on UD dev files (lemma, glossed, lemma+gloss, names)',
      value: 0,
      unit: 'files',
      note: `skipped: no *.conllu in ${EVAL_DIR}; the quality rows need ../shared/eval`,
    });
  } else {
    const total = emptyCounts();
    const perFile: { name: string; score: ReturnType<typeof finish> }[] = [];
    for (const f of files) {
      const counts = countConllu((text) => analyser.analyse(text), readFileSync(f, 'utf8'));
      perFile.push({ name: basename(f), score: finish(counts, 0) });
      mergeCounts(total, counts);
    }
    const s = finish(total, 0);
    const scored = `${s.scored} scored tokens in ${files.length} files (not PROPN/PUNCT/NUM/SYM/X); ${s.unaligned} unaligned`;
    results.push(
      { name: 'Top-1 lemma accuracy, UD dev files', value: s.lemmaAccuracy, unit: '%', target: `≥ ${TARGETS.lemma} %`, limit: { min: TARGETS.lemma }, note: scored },
      { name: 'Tokens with a gloss (lemma, all compound parts or phrase), UD dev files', value: s.glossedRate, unit: '%', target: `≥ ${TARGETS.glossed} %`, limit: { min: TARGETS.glossed } },
      { name: 'Right lemma and a gloss, UD dev files', value: s.correctAndGlossedRate, unit: '%', target: `≥ ${TARGETS.lemmaAndGloss} %`, limit: { min: TARGETS.lemmaAndGloss } },
      { name: 'Gold proper nouns (PROPN) marked as names, UD dev files', value: s.nameRate, unit: '%', note: `${s.namesFound} of ${s.names}` },
      {
        name: 'Function words with the right lemma: part of speech agrees with gold (decides the gloss, e.g. "að" that/to), UD dev files',
        value: s.functionPosRate,
        unit: '%',
        note: `${s.functionPosCorrect} of ${s.functionWords} (gold ADP, SCONJ, CCONJ, PART, ADV); particles the treebanks tag ADP and the analyser calls adverbs count as misses`,
      },
    );
    for (const { name, score } of perFile) {
      results.push({
        name: `${name}: lemma / glossed / lemma+gloss`,
        value: score.lemmaAccuracy,
        unit: '% lemma',
        note: `glossed ${score.glossedRate.toFixed(2)} %, lemma+gloss ${score.correctAndGlossedRate.toFixed(2)} %, names ${score.nameRate.toFixed(2)} %, ${score.scored} tokens`,
      });
    }
    // Throughput on the eval text (all sentences as one text, as `npm run eval` analyses it).
    const evalText = files.flatMap((f) => parseConllu(readFileSync(f, 'utf8')).map((x) => x.text)).join('\n');
    const tp = throughput(analyser, evalText, 5);
    results.push({
      name: 'Analysis throughput, UD dev text (warm caches, median of 5)',
      value: tp.perSecond,
      unit: 'tokens/s',
      note: `${tp.tokens} word/number tokens; first (cold-cache) run ${tp.firstMs.toFixed(0)} ms, p95 ${tp.p95Ms.toFixed(0)} ms`,
    });
  }

  // Throughput on the seed article(s), with a fresh analyser so the first run is cold.
  const seeds = seedTexts();
  if (seeds.length) {
    const fresh = createAnalyser({ lemmatizer, dictionary });
    const text = seeds.map((s) => s.text).join('\n\n');
    const tp = throughput(fresh, text, 20);
    results.push({
      name: 'Analysis throughput, seed article (warm caches, median of 20)',
      value: tp.perSecond,
      unit: 'tokens/s',
      note: `${seeds.map((s) => s.name).join(', ')}: ${tp.tokens} word/number tokens; first (cold-cache) run ${tp.firstMs.toFixed(0)} ms, p95 ${tp.p95Ms.toFixed(1)} ms`,
    });
    // Scaling: 4× the text should take about 4× the time (no quadratic steps).
    const one = text.slice(0, 5000);
    const four = [one, one, one, one].join('\n');
    const timeOf = (s: string) => {
      fresh.analyse(s);
      const ts: number[] = [];
      for (let i = 0; i < 7; i++) {
        const a = performance.now();
        fresh.analyse(s);
        ts.push(performance.now() - a);
      }
      return percentile(ts, 50);
    };
    const ratio = timeOf(four) / timeOf(one);
    results.push({ name: 'Scaling: time for 4× the text ÷ time for 1× (median of 7)', value: ratio, unit: '×', target: '≤ 6 ×', limit: { max: 6 } });
  } else {
    results.push({ name: 'Analysis throughput, seed article', value: 0, unit: 'files', note: `skipped: no seeds/*.txt in ${SEED}` });
  }

  // Payload sizes.
  const dictRaw = readFileSync(DICTIONARY_PATH);
  const dictGz = gzipSync(dictRaw, { level: 9 }).length;
  const require = createRequire(import.meta.url);
  const binPath = require.resolve('lemma-is/data/lemma-is.core.bin');
  const binRaw = readFileSync(binPath);
  const binGz = gzipSync(binRaw, { level: 9 }).length;
  results.push(
    { name: 'Dictionary artifact (lesa-dict.json), raw', value: dictRaw.length / 1024, unit: 'KiB', note: `${statSync(DICTIONARY_PATH).size} bytes` },
    { name: 'Dictionary artifact (lesa-dict.json), gzip -9', value: dictGz / 1024, unit: 'KiB' },
    {
      name: 'Dictionary + lemmatizer payload, gzip -9',
      value: (dictGz + binGz) / 2 ** 20,
      unit: 'MiB',
      target: '≤ 5 MiB',
      limit: { max: PAYLOAD_MAX_BYTES / 2 ** 20 },
      note: `lemma-is core binary ${(binRaw.length / 2 ** 20).toFixed(2)} MiB raw, ${(binGz / 2 ** 20).toFixed(2)} MiB gzip`,
    },
  );
  return results;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().then(
    (rs) => {
      for (const r of rs) {
        const ok = !r.limit ? '' : (r.limit.max === undefined || r.value <= r.limit.max) && (r.limit.min === undefined || r.value >= r.limit.min) ? 'met' : 'MISSED';
        console.log(`${r.name}: ${Number.isInteger(r.value) ? r.value : r.value.toFixed(2)} ${r.unit} ${r.target ?? ''} ${ok}${r.note ? `\n    ${r.note}` : ''}`);
      }
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
