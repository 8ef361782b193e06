/**
 * npm run analyze -- [--jsonl] FILE|-
 *
 * Analyses UTF-8 text (the same `analyse` the worker runs) and prints one JSON object per token:
 * {start, end, text, kind, lemma, candidates, pos, gender, gloss, glossSource, parts, isName,
 * phrase}. Offsets are UTF-16 code-unit offsets into the input. Pretty JSON array by default,
 * one object a line with --jsonl.
 */
import { loadAnalyserNode } from '../lang/analyse/node.ts';
import { parseArgs, readInput } from './lib/io.ts';
import { reportToken } from './lib/report.ts';

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const input = args.positional[0];
  if (!input) {
    process.stderr.write('usage: npm run analyze -- [--jsonl] FILE|-\n');
    process.exit(2);
  }
  const text = readInput(input);
  const analysis = loadAnalyserNode().analyse(text);
  const rows = analysis.tokens.map((t, i) => reportToken(analysis, t, i));
  if (args.flags.has('jsonl')) process.stdout.write(rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
  else process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
}

main();
