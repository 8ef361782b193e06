import { placePopover, type Rect } from './placePopover';

const rect = (top: number, left: number, width: number, height: number): Rect => ({ top, left, width, height, bottom: top + height, right: left + width });

// A laptop window: 1280×800, the reader column from x=288 (its top scrolled 300px off screen).
const viewport = { width: 1280, height: 800 };
const container = rect(-300, 288, 700, 3000);
const popover = { width: 384, height: 491 };
const wide = (wordTop: number, extra: Partial<Parameters<typeof placePopover>[0]> = {}) =>
  placePopover({ word: rect(wordTop, 600, 30, 26), container, popover, viewport, narrow: false, ...extra });

/** Where the popover ends up on screen (viewport coordinates). */
function onScreen(p: ReturnType<typeof placePopover>) {
  const top = container.top + p.top;
  return { top, bottom: top + Math.min(popover.height, p.maxHeight ?? Infinity) };
}

describe('placePopover on a wide screen', () => {
  it('goes below a word near the top, at its natural height', () => {
    const p = wide(100);
    expect(p.above).toBe(false);
    expect(p.maxHeight).toBeUndefined();
    expect(onScreen(p).top).toBe(100 + 26 + 8);
    expect(onScreen(p).bottom).toBeLessThanOrEqual(800);
  });

  it('goes above a word near the bottom, ending just over it', () => {
    const p = wide(650);
    expect(p.above).toBe(true);
    expect(p.maxHeight).toBeUndefined();
    expect(onScreen(p).bottom).toBe(650 - 8);
    expect(onScreen(p).top).toBeGreaterThanOrEqual(0);
  });

  it('a word halfway down with room on neither side: takes the larger side, capped to stay on screen', () => {
    // The reported case: word at y≈365 on an 800px window, a 491px popover (the bottom was at 876px).
    const p = wide(365, { topInset: 53 });
    const { top, bottom } = onScreen(p);
    expect(p.maxHeight).toBeDefined();
    expect(top).toBeGreaterThanOrEqual(53);
    expect(bottom).toBeLessThanOrEqual(800);
    // It does not cover the word.
    expect(top >= 365 + 26 || bottom <= 365).toBe(true);
    expect(p.above).toBe(false); // 409px below against 296px above
  });

  it('keeps clear of the sticky top bar when placed above', () => {
    // 560px above the word without the bar: fits; with a 100px bar only 444px: it goes below, capped.
    expect(wide(576).above).toBe(true);
    const p = wide(576, { topInset: 100 });
    expect(onScreen(p).top).toBeGreaterThanOrEqual(100);
    expect(onScreen(p).bottom).toBeLessThanOrEqual(800);
  });

  it('stays inside the reader column sideways', () => {
    const p = placePopover({ word: rect(100, 950, 30, 26), container, popover, viewport, narrow: false });
    expect(p.left + popover.width).toBeLessThanOrEqual(container.width);
    expect(p.left).toBeGreaterThanOrEqual(8);
  });
});

describe('placePopover on a phone (bottom sheet)', () => {
  const phone = { width: 360, height: 740 };
  const sheet = { width: 360, height: 370 };
  it('scrolls a word that the sheet would cover up above it', () => {
    const p = placePopover({ word: rect(600, 20, 40, 26), container, popover: sheet, viewport: phone, narrow: true });
    expect(p.narrow).toBe(true);
    expect(600 + 26 - p.scrollBy).toBeLessThanOrEqual(740 - 370);
  });

  it('does not scroll a word already clear of the sheet, and scrolls one under the top bar down', () => {
    expect(placePopover({ word: rect(200, 20, 40, 26), container, popover: sheet, viewport: phone, narrow: true }).scrollBy).toBe(0);
    const p = placePopover({ word: rect(20, 20, 40, 26), container, popover: sheet, viewport: phone, narrow: true, topInset: 50 });
    expect(20 - p.scrollBy).toBeGreaterThanOrEqual(50);
  });
});
