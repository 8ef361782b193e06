import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const NAME = 'start-worker';

/**
 * Builds `start.ts` as its own entry and loads it from the built index.html with an `async` module
 * script ahead of the app's entry, so the analysis worker starts while the app's JavaScript is still
 * loading (the worker, the lemmatizer binary and the dictionary are what a first visit waits for
 * longest). The app's entry imports the same `client.ts` chunk, so there is one client and one
 * worker. Build only: in `vite dev`, main.tsx starts the worker itself. The chunk is an ordinary
 * `.js` file in `assets/`, so the service worker precaches it with the rest.
 */
export function earlyStartPlugin(): Plugin {
  let base = '/';
  return {
    name: 'lesa-early-start',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      // Only in the page's build, not in the separate build of a worker.
      if (this.environment?.name === 'client') {
        this.emitFile({ type: 'chunk', id: join(dirname(fileURLToPath(import.meta.url)), 'start.ts'), name: NAME });
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === NAME);
        if (chunk?.type !== 'chunk') throw new Error('lesa-early-start: the start-worker chunk is missing from the bundle');
        return injectEarlyStart(html, `${base}${chunk.fileName}`, chunk.imports.map((f) => `${base}${f}`));
      },
    },
  };
}

/**
 * Puts `<script type="module" async src>` for the start chunk, and module preloads of its imports,
 * ahead of the page's first module script; the imports are then dropped from the later preload list
 * (with six connections per host over HTTP/1.1, preloads at its end would arrive last).
 */
export function injectEarlyStart(html: string, src: string, imports: string[]): string {
  const at = html.search(/<script\b[^>]*\btype="module"/);
  if (at < 0) throw new Error('lesa-early-start: no module script in index.html');
  const preload = (href: string) => `<link rel="modulepreload" crossorigin href="${href}">`;
  const moved = new Set(imports.map(preload));
  const rest = html
    .slice(at)
    .split('\n')
    .filter((line) => !moved.has(line.trim()))
    .join('\n');
  const tags = [`<script type="module" async crossorigin src="${src}"></script>`, ...imports.map(preload)];
  return `${html.slice(0, at)}${tags.join('\n    ')}\n    ${rest}`;
}
