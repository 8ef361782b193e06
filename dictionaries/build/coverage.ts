/**
 * Coverage of lemma-is's lemma list (roughly by frequency) by the built dictionary.
 *
 *   node --import tsx dictionaries/build/coverage.ts [--missing N] [--dict <lesa-dict.json>]
 *
 * Prints the share of the top 1k/5k/20k lemmas that have at least one gloss, and with
 * `--missing N` the first N uncovered lemmas (with lemma-is's word classes) as TSV on stderr.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BinaryLemmatizer } from 'lemma-is';
import { loadDictionaryNode } from '../../src/lang/dictionary/node.ts';
import type { Dictionary } from '../../src/lang/dictionary/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function loadLemmatizer(): BinaryLemmatizer {
  const b = readFileSync(resolve(root, 'node_modules/lemma-is/data-dist/lemma-is.core.bin'));
  return BinaryLemmatizer.loadFromBuffer(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
}

export function coverage(dict: Dictionary, lemmas: string[], ns = [1000, 5000, 20000]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of ns) {
    const top = lemmas.slice(0, n);
    out[`top${n / 1000}k`] = top.filter((l) => dict.has(l)).length / top.length;
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dict = loadDictionaryNode(opt('dict') ?? resolve(root, 'dictionaries/lesa-dict.json'));
  const lem = loadLemmatizer();
  const lemmas = lem.getAllLemmas();
  console.log(JSON.stringify({ dictVersion: dict.version, lemmas: lemmas.length, ...coverage(dict, lemmas) }));
  const missing = Number(opt('missing') ?? 0);
  if (missing > 0) {
    let shown = 0;
    lemmas.forEach((l, rank) => {
      if (shown >= missing || dict.has(l)) return;
      shown++;
      const pos = [...new Set(lem.lemmatizeWithPOS(l).filter((c) => c.lemma === l).map((c) => c.pos))].join(',');
      process.stderr.write(`${rank + 1}\t${l}\t${pos}\n`);
    });
  }
}
