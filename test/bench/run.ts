/**
 * `npm run bench`: builds the app, serves it on loopback, runs every benchmark and writes
 * BENCHMARKS.md with the machine and date. Targets live here, never in unit tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { build, preview } from 'vite';
import { CHROMIUM, launch } from '../browser/chromium';
import type { BenchResult, BenchSection } from './types';

type Runner = (ctx: { baseUrl: string; launch: typeof launch }) => Promise<BenchResult[]>;

interface Suite {
  title: string;
  file: string;
  load: () => Promise<{ run?: () => Promise<BenchResult[]>; runInBrowser?: Runner | ((page: never, baseUrl: string) => Promise<BenchResult[]>) }>;
  /** How the suite's browser runner takes its arguments. */
  browserCall?: 'ctx' | 'page';
}

const suites: Suite[] = [
  { title: 'Reading loop (issue 2)', file: 'test/bench/reading.bench.ts', load: () => import('./reading.bench'), browserCall: 'ctx' },
  { title: 'Analysis quality (issue 3)', file: 'test/bench/analysis.bench.ts', load: () => import(/* @vite-ignore */ './analysis.bench' + '') },
  { title: 'Vocabulary and review (issue 5)', file: 'test/bench/vocabulary.bench.ts', load: () => import(/* @vite-ignore */ './vocabulary.bench' + ''), browserCall: 'page' },
  { title: 'Loading and offline (issue 7)', file: 'test/bench/load.bench.ts', load: () => import(/* @vite-ignore */ './load.bench' + ''), browserCall: 'ctx' },
  { title: 'Data safety (issue 8)', file: 'test/bench/safety.bench.ts', load: () => import(/* @vite-ignore */ './safety.bench' + '') },
];

function met(r: BenchResult): string {
  if (!r.limit) return '';
  const ok = (r.limit.max === undefined || r.value <= r.limit.max) && (r.limit.min === undefined || r.value >= r.limit.min);
  return ok ? 'met' : '**missed**';
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(Math.abs(v) < 10 ? 2 : 1);
}

async function main() {
  const only = process.argv.slice(2);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium missing at ${CHROMIUM}: apt-get install -y chromium`);
  console.log('building…');
  await build({ logLevel: 'warn' });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const baseUrl = server.resolvedUrls!.local[0];
  const sections: BenchSection[] = [];
  try {
    for (const s of suites) {
      if (only.length && !only.some((o) => s.file.includes(o))) continue;
      if (!existsSync(s.file)) continue;
      console.log(`running ${s.title}…`);
      const mod = await s.load();
      const results: BenchResult[] = [];
      if (mod.run) results.push(...(await mod.run()));
      if (mod.runInBrowser) {
        if (s.browserCall === 'page') {
          const b = await launch();
          try {
            results.push(...(await (mod.runInBrowser as (p: unknown, u: string) => Promise<BenchResult[]>)(b.page, baseUrl)));
          } finally {
            await b.close();
          }
        } else {
          results.push(...(await (mod.runInBrowser as Runner)({ baseUrl, launch })));
        }
      }
      for (const r of results) console.log(`  ${r.name}: ${fmt(r.value)} ${r.unit} ${r.target ?? ''} ${met(r)}`);
      sections.push({ title: s.title, results });
    }
  } finally {
    await server.close();
  }
  write(sections, only.length > 0);
}

function machine(): string {
  const chromium = (() => {
    try {
      return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  })();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${platform()} ${release()}, Node ${process.version}, ${chromium}`;
}

function write(sections: BenchSection[], partial: boolean) {
  const date = new Date().toISOString().slice(0, 10);
  let md = `# Benchmarks\n\nWritten by \`npm run bench\` (test/bench/run.ts). Browser figures are from headless Chromium against \`vite preview\` on loopback, with the CPU throttled 4× through the DevTools protocol where stated, to stand in for a phone.\n\n- Date: ${date}\n- Machine: ${machine()}\n`;
  if (partial) md += `- Partial run: ${sections.map((s) => s.title).join(', ')}\n`;
  for (const s of sections) {
    md += `\n## ${s.title}\n\n| measure | value | target | |\n|---|---|---|---|\n`;
    for (const r of s.results) md += `| ${r.name} | ${fmt(r.value)} ${r.unit} | ${r.target ?? ''} | ${met(r)} |\n`;
    const notes = s.results.filter((r) => r.note);
    if (notes.length) md += `\n${notes.map((r) => `- ${r.name}: ${r.note}`).join('\n')}\n`;
  }
  // Keep hand-written commentary below the generated part.
  const old = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '';
  const marker = '\n<!-- notes -->\n';
  const tail = old.includes(marker) ? old.slice(old.indexOf(marker)) : `${marker}\n## Notes\n\n(Explanations of missed targets go here; this part is kept across runs.)\n`;
  writeFileSync('BENCHMARKS.md', md + tail);
  console.log('wrote BENCHMARKS.md');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
