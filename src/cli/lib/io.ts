/** Shared helpers of the command-line tools. */
import { readFileSync } from 'node:fs';

/** Reads UTF-8 text from a file path, or from standard input for "-". */
export function readInput(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8');
}

export interface ParsedArgs {
  flags: Set<string>;
  options: Map<string, string>;
  positional: string[];
}

/** `--flag`, `--option=value` / `--option value` (for names in `withValue`), positionals. */
export function parseArgs(argv: string[], withValue: string[] = []): ParsedArgs {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') continue;
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      if (eq >= 0) options.set(name, a.slice(eq + 1));
      else if (withValue.includes(name) && i + 1 < argv.length) options.set(name, argv[++i]);
      else flags.add(name);
    } else positional.push(a);
  }
  return { flags, options, positional };
}
