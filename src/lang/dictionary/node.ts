/** Node-only loader of the bundled dictionary (for CLIs and Node tests). */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dictionary } from './index.ts';

/** Path of `dictionaries/lesa-dict.json` in this checkout. */
export const DICTIONARY_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dictionaries/lesa-dict.json');

export function loadDictionaryNode(path: string = DICTIONARY_PATH): Dictionary {
  return Dictionary.fromArtifact(JSON.parse(readFileSync(path, 'utf8')));
}
