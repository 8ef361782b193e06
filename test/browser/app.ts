import type { Browser as PwBrowser, BrowserContext, Locator, Page } from 'playwright-core';
import { launch, type Browser } from './chromium';

/** The sample article's title, as the cleaner finds it. */
export const SEED_TITLE = 'Musk sagður í reglulegum samskiptum við Pútín';

/**
 * Opens the app and waits for the library to list the sample article (on the first run, until it is
 * imported); returns the sample's link.
 */
export async function openLibrary(page: Page, base: string, timeout = 60000): Promise<Locator> {
  await page.goto(base);
  const link = page.getByRole('link', { name: SEED_TITLE });
  await link.waitFor({ timeout });
  return link;
}

/** Opens the app (first run imports the sample) and then the sample article. */
export async function openSeed(page: Page, base: string): Promise<void> {
  await (await openLibrary(page, base, 30000)).click();
  await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
}

/** A new context of a screen's size, and its page, with the page's errors collected. */
export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors (`pageerror: …`) and, unless turned off, console errors (`console: …`). */
  errors: string[];
}

export interface DeviceOptions {
  width: number;
  height: number;
  /** A touch phone: touch, mobile viewport, 2 device pixels a CSS pixel. */
  phone?: boolean;
  /** The browser's language (e.g. 'is-IS'); Chromium's own when left out. */
  locale?: string;
  /** Collect console errors too (default); false: uncaught page errors only. */
  consoleErrors?: boolean;
}

/** A new context of `opts`' size in `browser`, with a page whose errors are collected. */
export async function newDeviceContext(browser: PwBrowser, opts: DeviceOptions): Promise<Opened> {
  const context = await browser.newContext({
    viewport: { width: opts.width, height: opts.height },
    ...(opts.locale ? { locale: opts.locale } : {}),
    ...(opts.phone ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
  });
  // Functions passed to page.evaluate are compiled with a `__name` helper the page lacks: a no-op one.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  if (opts.consoleErrors !== false) page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  return { context, page, errors };
}

/** The sizes the layout tests use: a touch phone, a phone driven by a keyboard, a laptop. */
export type Device = 'phone' | 'phone-keyboard' | 'laptop';

/**
 * The sample article open in a new context of `device`'s size, its words coloured (the analysis
 * and the statuses from the database are in), with the page's errors collected.
 */
export async function openSeedOn(browser: PwBrowser, base: string, device: Device): Promise<Opened> {
  const { context, page, errors } = await newDeviceContext(
    browser,
    device === 'laptop' ? { width: 1280, height: 800 } : { width: 360, height: 740, phone: device === 'phone' },
  );
  await openSeed(page, base);
  await page.waitForFunction(() => performance.getEntriesByName('lesa:worker-ready').length > 0, null, { timeout: 30000 });
  // The status colours (and so the status buttons) come from the database: wait for them.
  await page.locator('.article-body .w.st-new').first().waitFor();
  return { context, page, errors };
}

/** Reads a whole object store of the app's database (test-side check of what was stored). */
export function readStore(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('lesa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            resolve(req.result as Record<string, unknown>[]);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

/** Waits until a service worker controls the page and its precache holds the big language files. */
export async function waitForOfflineReady(page: Page): Promise<string[]> {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 60000 });
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const deadline = Date.now() + 60000;
    for (;;) {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        if (!name.includes('precache')) continue;
        const c = await caches.open(name);
        urls.push(...(await c.keys()).map((r) => new URL(r.url).pathname));
      }
      const has = (re: RegExp) => urls.some((u) => re.test(u));
      if (has(/\.bin$/) && has(/lesa-dict.*\.json$/) && has(/analysis\.worker.*\.js$/) && has(/index\.html$/)) return urls;
      if (Date.now() > deadline) throw new Error(`precache incomplete: ${urls.join(', ')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  });
}

/** In the open reader: taps the first word spelt `form`, marks it Learning (saved), closes the popover. */
export async function markLearning(page: Page, form: string) {
  await page.locator('.article-body .w', { hasText: new RegExp(`^${form}$`) }).first().click();
  const pop = page.getByRole('dialog', { name: new RegExp(form) });
  await pop.getByRole('button', { name: /^Learning/ }).click();
  await expect.poll(() => pop.getByRole('button', { name: /^Learning/ }).getAttribute('aria-pressed')).toBe('true');
  await page.keyboard.press('Escape');
}

/** One fresh Chromium profile for a describe block: launched before its tests, closed after them. */
export function sharedBrowser(opts?: Parameters<typeof launch>[0]): () => Browser {
  let b: Browser | undefined;
  beforeAll(async () => {
    b = await launch(opts);
  });
  afterAll(async () => {
    await b?.close();
  });
  return () => {
    if (!b) throw new Error('the browser is not launched yet');
    return b;
  };
}
