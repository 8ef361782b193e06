import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { SEED_TITLE } from './app';
import type { Page } from 'playwright-core';
import { launch, type Browser } from './chromium';

const base = inject('baseUrl');
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** axe-core in the page: serious and critical violations only. */
async function axe(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy (rightly) refuses an
  // injected inline <script>, and the test must not weaken the policy it runs under.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE}\n;void 0`);
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

/**
 * Presses Tab until focus comes round again. Returns the controls that should be reachable but
 * were not, and the focused ones without a visible focus indicator.
 */
async function tabWalk(page: Page, maxTabs = 250): Promise<{ missed: string[]; noOutline: string[]; reached: number }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    (window as unknown as { __reached: Set<Element> }).__reached = new Set();
    // Controls present when the walk starts; a message that appears half-way (the "ready to work
    // offline" toast on a slow machine) was not there to be reached when focus passed its place.
    (window as unknown as { __atStart: Set<Element> }).__atStart = new Set(document.querySelectorAll('*'));
  });
  const noOutline: string[] = [];
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const reached = (window as unknown as { __reached: Set<Element> }).__reached;
      // Focus came round to an element seen before: the walk is complete.
      if (reached.has(el)) return { again: true, desc: '', visible: true };
      reached.add(el);
      const describe = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} "${(e.textContent ?? '').trim().slice(0, 30)}"`;
      const shows = (e: Element | null) => {
        if (!e) return false;
        const s = getComputedStyle(e);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow !== 'none' && s.boxShadow !== '');
      };
      const visible = shows(el) || shows(el.closest('label, .file-button, .choice-option'));
      return { again: false, desc: describe(el), visible };
    });
    if (!info) continue;
    if (info.again) break;
    if (!info.visible) noOutline.push(info.desc);
  }
  const res = await page.evaluate(() => {
    const reached = (window as unknown as { __reached: Set<Element> }).__reached;
    const atStart = (window as unknown as { __atStart: Set<Element> }).__atStart;
    const sel = 'a[href], button:not(:disabled), input:not([disabled]):not([type=hidden]), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';
    const missed: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(sel))) {
      if (el.tabIndex < 0 || el.closest('[inert], [hidden]') || !atStart.has(el)) continue;
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      const hiddenInput = el instanceof HTMLInputElement && el.type === 'file'; // reached through its label
      if (!hiddenInput && (r.width === 0 || r.height === 0 || s.visibility === 'hidden' || s.display === 'none')) continue;
      // Inside a closed <details> (except its summary): not shown, so not in the Tab order.
      if (!hiddenInput && !el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) continue;
      // In a radio group only the checked radio (or the first, if none) is in the Tab order.
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        const group = Array.from(document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${el.name}"]`));
        if (group.some((g) => reached.has(g))) continue;
      }
      if (!reached.has(el)) missed.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim().slice(0, 40)}"`);
    }
    return { missed, reached: reached.size };
  });
  return { ...res, noOutline };
}

describe('accessibility (axe-core, keyboard) in Chromium', () => {
  let b: Browser;
  let reader: string;
  beforeAll(async () => {
    b = await launch({ viewport: { width: 1100, height: 850 } });
    await b.page.goto(base);
    const link = b.page.getByRole('link', { name: SEED_TITLE });
    await link.waitFor({ timeout: 30000 });
    reader = (await link.getAttribute('href'))!;
    await b.page.waitForFunction(() => performance.getEntriesByName('lesa:worker-ready').length > 0, null, { timeout: 30000 });
  });
  afterAll(async () => {
    await b?.close();
  });

  async function open(hash: string) {
    const { page } = b;
    await page.goto(`${base}${hash}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30000 });
    await page.waitForTimeout(300);
  }

  const pages = [
    ['library', '#/'],
    ['import', '#/import'],
    ['settings', '#/settings'],
    ['about', '#/about'],
    ['lists', '#/lists'],
    ['review', '#/review'],
  ] as const;

  for (const [name, hash] of pages) {
    it(`${name}: no serious or critical axe violations; Tab reaches every control with a visible focus ring`, async () => {
      await open(hash);
      expect(await axe(b.page)).toEqual([]);
      const walk = await tabWalk(b.page);
      expect(walk.reached).toBeGreaterThan(3);
      expect({ missed: walk.missed, noOutline: walk.noOutline }).toEqual({ missed: [], noOutline: [] });
    });
  }

  it('reader with the gloss open, in light and dark themes: no serious or critical violations; keyboard reaches the words and the popover', async () => {
    const { page } = b;
    for (const theme of ['light', 'dark']) {
      await open(reader);
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      await page.locator('.article-body .w', { hasText: /^Bandaríkjanna$/ }).first().click();
      await page.getByRole('dialog', { name: /Bandaríkjanna/ }).waitFor();
      const v = await axe(page);
      expect({ theme, v }).toEqual({ theme, v: [] });
      await page.keyboard.press('Escape');
    }
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
    const walk = await tabWalk(page);
    expect({ missed: walk.missed, noOutline: walk.noOutline }).toEqual({ missed: [], noOutline: [] });
  });

  it('every page is reachable by keyboard from the navigation; settings change by keyboard', async () => {
    const { page } = b;
    await open('#/');
    const links = await page.locator('.top-bar nav a').evaluateAll((as) => as.map((a) => ({ text: a.textContent!.trim(), href: a.getAttribute('href')! })));
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const l of links) {
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      let found = false;
      for (let i = 0; i < 40 && !found; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate((h) => document.activeElement?.getAttribute('href') === h && !!document.activeElement?.closest('.top-bar'), l.href);
      }
      expect(found, `Tab to ${l.text}`).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(l.href);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    // Theme by keyboard: focus the theme radios and move with arrows.
    await open('#/settings');
    await page.getByRole('radio', { name: 'As the device' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? 'none')).toBe('none');
    expect(b.errors).toEqual([]);
  });
});
