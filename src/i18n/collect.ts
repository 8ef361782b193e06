/** One language's strings: namespace → keys. */
export type Bundle = Record<string, Record<string, unknown>>;

/** Turns `import.meta.glob` results for `locales/<lng>/<namespace>.json` into a bundle. */
export function collect(files: Record<string, Record<string, unknown>>): Bundle {
  const out: Bundle = {};
  for (const [path, data] of Object.entries(files)) {
    const m = /\/([^/]+)\.json$/.exec(path);
    if (m) out[m[1]] = data;
  }
  return out;
}
