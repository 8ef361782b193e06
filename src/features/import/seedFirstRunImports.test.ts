import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

/** The project's modules a module loads at run time (relative imports, `import type` left out). */
function runtimeImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]/gm)) {
    const base = resolve(dirname(file), m[1]);
    const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f) && f.match(/\.tsx?$/));
    if (found) out.push(found);
  }
  return out;
}

function closure(entry: string): string[] {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...runtimeImports(f));
  }
  return [...seen].map((f) => relative(ROOT, f));
}

describe('first-run seeding', () => {
  // On a first visit the library waits for the seeding: it must not load, compile and run the
  // import page's cleaner, HTML extraction (Readability, DOMPurify) or language code.
  it('loads no cleaner, HTML extraction or language code', () => {
    const files = closure(join(ROOT, 'src/features/import/seedFirstRun.ts'));
    expect(files).toContain('src/features/import/saveDraft.ts');
    expect(files.filter((f) => f.startsWith('src/lang/') || f.endsWith('importArticle.ts') || f.endsWith('prepareText.ts'))).toEqual([]);
  });

  it('the check sees the import page loading the cleaner and HTML extraction', () => {
    const files = closure(join(ROOT, 'src/features/import/importArticle.ts'));
    expect(files).toContain('src/lang/html/index.ts');
    expect(files).toContain('src/lang/clean/index.ts');
  });
});
