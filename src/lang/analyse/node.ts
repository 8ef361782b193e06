/** Node-only loader of the analyser (CLIs and Node tests): lemma-is core binary + dictionary. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BinaryLemmatizer } from 'lemma-is';
import { loadDictionaryNode } from '../dictionary/node.ts';
import { createAnalyser, type Analyser } from './index.ts';

/** Loads lemma-is's core binary from node_modules. */
export function loadLemmatizerNode(): BinaryLemmatizer {
  const require = createRequire(import.meta.url);
  const path = require.resolve('lemma-is/data/lemma-is.core.bin');
  const buf = readFileSync(path);
  return BinaryLemmatizer.loadFromBuffer(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
}

let cached: Analyser | undefined;

/** The analyser with the bundled dictionary (loaded once per process). */
export function loadAnalyserNode(): Analyser {
  if (!cached) cached = createAnalyser({ lemmatizer: loadLemmatizerNode(), dictionary: loadDictionaryNode() });
  return cached;
}
