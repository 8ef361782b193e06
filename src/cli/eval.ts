/**
 * npm run eval -- [--json] [--misses N] [--missing-out FILE] FILE.conllu [FILE2 …]
 *
 * Scores the analysis (the same `analyse` the worker runs) against Universal Dependencies gold
 * lemmas; prints per-file and total figures and the commonest misses.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadAnalyserNode } from '../lang/analyse/node.ts';
import { parseArgs, readInput } from './lib/io.ts';
import { countConllu, emptyCounts, finish, mergeCounts, type Score } from './lib/score.ts';

const UPOS_TO_POS: Record<string, string> = {
  NOUN: 'noun', VERB: 'verb', AUX: 'verb', ADJ: 'adjective', ADV: 'adverb', ADP: 'preposition', PRON: 'pronoun',
  DET: 'pronoun', NUM: 'numeral', CCONJ: 'conjunction', SCONJ: 'conjunction', INTJ: 'interjection', PART: 'infinitive-marker',
};

function line(name: string, s: Score): string {
  const f = (x: number) => x.toFixed(2).padStart(6) + ' %';
  return `${name.padEnd(28)} tokens ${String(s.scored).padStart(6)}  lemma ${f(s.lemmaAccuracy)}  glossed ${f(s.glossedRate)}  lemma+gloss ${f(s.correctAndGlossedRate)}  names ${f(s.nameRate)}  function-word pos ${f(s.functionPosRate)}  unaligned ${s.unaligned}`;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['misses', 'missing-out']);
  if (args.positional.length === 0) {
    process.stderr.write('usage: npm run eval -- [--json] [--misses N] [--missing-out FILE] FILE.conllu [FILE2 …]\n');
    process.exit(2);
  }
  const topMisses = Number(args.options.get('misses') ?? 50);
  const analyser = loadAnalyserNode();
  const total = emptyCounts();
  const perFile: Record<string, Score> = {};
  const t0 = performance.now();
  for (const path of args.positional) {
    const counts = countConllu((text) => analyser.analyse(text), readInput(path));
    perFile[basename(path)] = finish(counts, topMisses);
    mergeCounts(total, counts);
  }
  const totalScore = finish(total, topMisses);
  const ms = performance.now() - t0;
  const missingOut = args.options.get('missing-out');
  if (missingOut) {
    // Word lemmas only (no numbers, dates or punctuation), commonest first.
    const rows = finish(total, topMisses, Infinity)
      .unglossed.filter((u) => /^\p{L}[\p{L}-]*\.?$/u.test(u.lemma))
      .slice(0, 200)
      .map((u) => `${u.lemma}\t${UPOS_TO_POS[u.upos] ?? u.upos.toLowerCase()}\t${u.count}`);
    writeFileSync(
      missingOut,
      '# lemma\tpos\tcount: lemmas (gold lemma and part of speech) of evaluated tokens that got no gloss, commonest first.\n' +
        '# Written by `npm run eval -- --missing-out FILE …`; hand these to the dictionary.\n' +
        rows.join('\n') + '\n',
    );
  }
  if (args.flags.has('json')) {
    process.stdout.write(JSON.stringify({ files: perFile, total: totalScore, ms: Math.round(ms) }, null, 2) + '\n');
    return;
  }
  for (const [name, s] of Object.entries(perFile)) process.stdout.write(line(name, s) + '\n');
  process.stdout.write(line('TOTAL', totalScore) + `  (${Math.round(ms)} ms)\n`);
  process.stdout.write('Gold lemmas compared lower-case, with compound-boundary hyphens removed when the form has none.\n\n');
  process.stdout.write(`Commonest misses (form → predicted, gold):\n`);
  for (const m of totalScore.misses) process.stdout.write(`${String(m.count).padStart(5)}  ${m.form} → ${m.predicted}  (gold ${m.gold})\n`);
  process.stdout.write(`\nFunction words with the right lemma (gold ADP, SCONJ, CCONJ, PART, ADV): part of speech agrees for ${totalScore.functionPosCorrect} of ${totalScore.functionWords}.\n`);
  process.stdout.write(`Commonest part-of-speech misses (form → predicted, gold UPOS):\n`);
  for (const m of totalScore.functionMisses) process.stdout.write(`${String(m.count).padStart(5)}  ${m.form} → ${m.predicted}  (gold ${m.gold})\n`);
}

main();
