/** One language's strings: namespace → keys. */
export type Bundle = Record<string, Record<string, unknown>>;

/** Keys `import.meta.glob` results for `locales/<lng>/<namespace>.json` by namespace (strings or their loaders). */
export function byNamespace<T>(files: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [path, value] of Object.entries(files)) {
    const m = /\/([^/]+)\.json$/.exec(path);
    if (m) out[m[1]] = value;
  }
  return out;
}

/** Turns eager `import.meta.glob` results for `locales/<lng>/<namespace>.json` into a bundle. */
export const collect = (files: Record<string, Record<string, unknown>>): Bundle => byNamespace(files);
