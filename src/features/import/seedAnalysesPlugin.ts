import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export const SEED_ANALYSES_ID = 'virtual:lesa-seed-analyses';
const RESOLVED = `\0${SEED_ANALYSES_ID}`;

/**
 * Imports the sample articles in `seeds/` at build time as far as storing them: the same cleaner
 * turns each into a draft (as a paste would) and the same analyser analyses its text (the import
 * code and src/lang/analyse, with lemma-is and the bundled dictionary in Node). On a first run the
 * app only has to store them: a new user sees the sample at once instead of after the cleaner
 * and the language worker have run on a phone's CPU.
 */
export function seedAnalysesPlugin(seedDir = 'seeds'): Plugin {
  return {
    name: 'lesa-seed-analyses',
    resolveId(id) {
      return id === SEED_ANALYSES_ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const { prepareTextImport, draftText } = await import('./prepareText.ts');
      const { loadAnalyserNode } = await import('../../lang/analyse/node.ts');
      const analyser = loadAnalyserNode();
      const dir = resolve(seedDir);
      const out: { name: string; draft: unknown; text: string; analysis: unknown }[] = [];
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
        const file = join(dir, name);
        this.addWatchFile(file);
        const prepared = prepareTextImport(readFileSync(file, 'utf8'), `seed:${name}`);
        if (!prepared.ok) continue;
        const text = draftText(prepared.draft);
        out.push({ name, draft: prepared.draft, text, analysis: analyser.analyse(text) });
      }
      return `export default ${JSON.stringify(out)};`;
    },
  };
}
