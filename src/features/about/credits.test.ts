// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CREDITS } from './credits';

const root = join(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const licenceOf = (name: string) =>
  (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { license: string }).license;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('About page credits', () => {
  const credited = CREDITS.flatMap((c) => c.packages);

  it('credit every production dependency that ships in the app', () => {
    const missing = Object.keys(pkg.dependencies).filter((d) => !credited.includes(d));
    expect(missing, 'add these to src/features/about/credits.ts').toEqual([]);
  });

  it('name each package with the licence its package.json gives', () => {
    for (const c of CREDITS) {
      for (const p of c.packages) expect(`${p}: ${licenceOf(p)}`).toBe(`${p}: ${c.licence}`);
    }
    const jszip = CREDITS.find((c) => c.name === 'JSZip')!;
    expect(jszip.includes).toEqual([{ name: 'pako', licence: licenceOf('pako') }]);
  });

  it('list no production dependency that nothing in src/ imports (unused packages are removed, not shipped)', () => {
    const code = sourceFiles(join(root, 'src')).map((f) => readFileSync(f, 'utf8'));
    const unused = Object.keys(pkg.dependencies).filter((name) => {
      const imported = new RegExp(`(from|import\\()\\s*['"]${name.replace(/[/.-]/g, '\\$&')}(/[^'"]*)?['"]`);
      return !code.some((c) => imported.test(c));
    });
    expect(unused).toEqual([]);
  });
});
