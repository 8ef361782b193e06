import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM } from './chromium';

let server: PreviewServer | undefined;
/**
 * Browser-test builds go under `dist-e2e/` (gitignored), never into a `dist/` built for something
 * else. Each run builds into its own `dist-e2e/run-<pid>-<random>/`, so two runs on one checkout
 * (two people, or a developer and a script) never overwrite or delete each other's build.
 */
const ROOT = 'dist-e2e';
const RUN_DIR = /^run-(\d+)-[0-9a-f]+$/;
let outDir: string | undefined;

/** Whether a process with this id still runs (a run killed before its teardown leaves its folder). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the folders of earlier runs whose process is gone; leaves everything else in `dist-e2e/` alone. */
function removeStaleRuns() {
  if (!existsSync(ROOT)) return;
  for (const name of readdirSync(ROOT)) {
    const m = RUN_DIR.exec(name);
    if (m && Number(m[1]) !== process.pid && !alive(Number(m[1]))) rmSync(resolve(ROOT, name), { recursive: true, force: true });
  }
}

/** Builds the app once into this run's own folder and serves it with `vite preview` on loopback for the browser tests. */
export async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Debian's Chromium at ${CHROMIUM}, which is missing. Install it with: apt-get install -y chromium`,
    );
  }
  removeStaleRuns();
  outDir = resolve(ROOT, `run-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(outDir, { recursive: true });
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: test what ships.
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = env;
  }
  server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  project.provide('outDir', outDir);
}

export async function teardown() {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Absolute path of this run's build (the files `baseUrl` serves). */
    outDir: string;
  }
}
