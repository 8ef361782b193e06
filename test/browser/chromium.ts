import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser as PwBrowser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/** Flags for headless Debian Chromium in tests: no sandbox, GPU or background network traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium for tests that open their own contexts (several viewports per browser). */
export function launchChromium(): Promise<PwBrowser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A fresh Chromium profile (a new user: empty IndexedDB, no service worker). */
export async function launch(opts: { viewport?: { width: number; height: number }; profileDir?: string } = {}): Promise<Browser> {
  const dir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'lesa-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    args: CHROMIUM_ARGS,
  });
  // Functions passed to page.evaluate are compiled by esbuild (tsx keeps names through a `__name`
  // helper that does not exist in the page): give the page a no-op one.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const watch = (p: Page) => {
    p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    p.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  };
  watch(page);
  context.on('page', watch);
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      if (!opts.profileDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
