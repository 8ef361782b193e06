import { likelyPlacement, positionPopover } from './positionPopover';

// jsdom has no layout: boxes and sizes are given per element, and every layout read after a
// style write is logged (each one would cost the browser another style and layout pass).
const narrowQuery = { matches: false };
window.matchMedia = () => narrowQuery as MediaQueryList;

let log: string[] = [];

function box(el: HTMLElement, top: number, left: number, width: number, height: number) {
  el.getBoundingClientRect = () => {
    log.push('read');
    return { top, left, width, height, bottom: top + height, right: left + width, x: left, y: top, toJSON: () => ({}) };
  };
}

function sized(el: HTMLElement, props: Record<string, number>) {
  for (const [k, v] of Object.entries(props))
    Object.defineProperty(el, k, {
      configurable: true,
      get: () => {
        log.push('read');
        return v;
      },
    });
}

function logWrites(el: HTMLElement) {
  const style = el.style;
  const proxy = new Proxy(style, {
    set(target, prop, value) {
      log.push(`write ${String(prop)}`);
      return Reflect.set(target, prop, value);
    },
    get: (target, prop) => {
      const v = Reflect.get(target, prop);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  Object.defineProperty(el, 'style', { configurable: true, get: () => proxy });
}

/** Words at `wordTop` in a 1024×768 window; a 384 px wide popover of `height` with a gloss of `gloss` px. */
function scene(wordTop: number, height: number, gloss: { scroll: number; client: number } = { scroll: 100, client: 100 }) {
  document.body.innerHTML = '<article class="reader"><span class="w">hest</span><div class="gloss-popover"><div class="gloss-body"></div></div></article>';
  const container = document.querySelector<HTMLElement>('.reader')!;
  const word = document.querySelector<HTMLElement>('.w')!;
  const pop = document.querySelector<HTMLElement>('.gloss-popover')!;
  const body = pop.querySelector<HTMLElement>('.gloss-body')!;
  box(container, -200, 100, 700, 3000);
  box(word, wordTop, 300, 40, 26);
  sized(pop, { offsetWidth: 384, offsetHeight: height });
  sized(body, { scrollHeight: gloss.scroll, clientHeight: gloss.client });
  logWrites(pop);
  log = [];
  return { container, word, pop, body };
}

/** Layout passes the browser would run: one per run of reads (a read after a style write needs a new one). */
const layoutPasses = () => log.filter((l, i) => l === 'read' && log[i - 1] !== 'read').length;

describe('positionPopover', () => {
  beforeEach(() => {
    Object.assign(window, { innerWidth: 1024, innerHeight: 768 });
    narrowQuery.matches = false;
  });

  it('below a word with room under it: starts there and is not moved after being measured (one layout)', () => {
    const { container, word, pop, body } = scene(100, 300);
    const start = likelyPlacement(word, container, 384);
    log = [];
    expect(positionPopover(pop, word, container, start)).toBe(384);
    expect(pop.style.top).toBe(`${100 + 26 - -200 + 8}px`);
    expect(pop.style.left).toBe('200px');
    expect(pop.classList.contains('above')).toBe(false);
    expect(layoutPasses()).toBe(1);
    // Written only before the measurement.
    expect(log.slice(log.lastIndexOf('read')).some((l) => l.startsWith('write'))).toBe(false);
    expect(body.hasAttribute('tabindex')).toBe(false);
  });

  it('above a word near the bottom of the window, ending just over it', () => {
    const { container, word, pop } = scene(600, 300);
    const start = likelyPlacement(word, container, 384);
    log = [];
    positionPopover(pop, word, container, start);
    expect(pop.classList.contains('above')).toBe(true);
    expect(pop.style.top).toBe(`${600 - -200 - 300 - 8}px`);
    expect(layoutPasses()).toBe(1);
  });

  it('too tall for either side: capped, and its gloss can then be reached and scrolled from the keyboard', () => {
    const { container, word, pop, body } = scene(380, 700);
    const start = likelyPlacement(word, container, 384);
    log = [];
    positionPopover(pop, word, container, start);
    expect(pop.style.maxHeight).not.toBe('');
    expect(body.tabIndex).toBe(0);
    expect(layoutPasses()).toBe(1);
  });

  it('a gloss longer than the popover at its natural height can be scrolled from the keyboard; a short one is not a tab stop', () => {
    const long = scene(100, 300, { scroll: 500, client: 200 });
    positionPopover(long.pop, long.word, long.container, null);
    expect(long.body.tabIndex).toBe(0);
    const short = scene(100, 300);
    short.body.tabIndex = 0;
    positionPopover(short.pop, short.word, short.container, null);
    expect(short.body.hasAttribute('tabindex')).toBe(false);
  });

  it('keeps inside the reader on the right, whatever the first guess', () => {
    const { container, word, pop } = scene(100, 300);
    box(word, 100, 760, 30, 26);
    positionPopover(pop, word, container, likelyPlacement(word, container, 0));
    expect(pop.style.left).toBe(`${700 - 384 - 8}px`);
  });

  it('is a bottom sheet on a narrow screen, with no position of its own', () => {
    narrowQuery.matches = true;
    const { container, word, pop } = scene(100, 300);
    pop.style.top = '10px';
    positionPopover(pop, word, container, likelyPlacement(word, container, 384));
    expect(pop.classList.contains('sheet')).toBe(true);
    expect(pop.style.top).toBe('');
    expect(pop.style.left).toBe('');
  });
});
