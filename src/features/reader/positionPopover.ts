import { placePopover, type Placement } from './placePopover';

const NARROW = '(max-width: 640px)';

let narrowQuery: MediaQueryList | undefined;

/** Phone-sized window: the popover is a bottom sheet. (One query object, kept: it stays current.) */
function isNarrow(): boolean {
  narrowQuery ??= window.matchMedia?.(NARROW);
  return narrowQuery?.matches ?? false;
}

/** How much of the top of the viewport the app's sticky top bar covers (0 when it scrolls away). */
function stickyTopInset(): number {
  const bar = document.querySelector('.top-bar');
  if (!bar) return 0;
  const pos = getComputedStyle(bar).position;
  return pos === 'sticky' || pos === 'fixed' ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
}

function viewport() {
  return { width: window.innerWidth, height: window.innerHeight };
}

/**
 * Where a popover for `word` most likely goes: below it (or a bottom sheet on a phone). Read when
 * the word is selected, before the popover is in the page, so the read needs no layout of it. The
 * popover starts there; when its real place is the same (the usual case), placing it takes one
 * layout instead of a second one for the move.
 */
export function likelyPlacement(word: HTMLElement, container: HTMLElement, popoverWidth: number): Placement {
  return placePopover({
    word: word.getBoundingClientRect(),
    container: container.getBoundingClientRect(),
    popover: { width: popoverWidth, height: 0 },
    viewport: viewport(),
    narrow: isNarrow(),
  });
}

function applyPosition(pop: HTMLElement, p: Placement) {
  pop.style.top = p.narrow ? '' : `${p.top}px`;
  pop.style.left = p.narrow ? '' : `${p.left}px`;
  pop.style.maxHeight = !p.narrow && p.maxHeight !== undefined ? `${p.maxHeight}px` : '';
}

const samePosition = (a: Placement, b: Placement) => a.narrow === b.narrow && (a.narrow || (a.top === b.top && a.left === b.left && a.maxHeight === b.maxHeight));

/**
 * Places the popover next to its word (or as a bottom sheet on a narrow screen), on the DOM, before
 * paint. Everything is read in one go (one style and layout pass) before anything is written, and
 * only what differs from `start` (already applied) is written. Returns the popover's width.
 */
export function positionPopover(pop: HTMLElement, word: HTMLElement, container: HTMLElement, start: Placement | null): number {
  const narrow = isNarrow();
  pop.classList.toggle('sheet', narrow);
  // Measured at its natural height (a cap from the last word would hide how much it needs).
  if (start && start.narrow === narrow) applyPosition(pop, { ...start, maxHeight: undefined });
  else pop.style.maxHeight = '';

  // Reads (one layout).
  const popover = { width: pop.offsetWidth, height: pop.offsetHeight };
  const body = pop.querySelector<HTMLElement>('.gloss-body');
  const glossOverflows = !!body && body.scrollHeight > body.clientHeight + 1;
  const p = placePopover({
    word: word.getBoundingClientRect(),
    container: container.getBoundingClientRect(),
    popover,
    viewport: viewport(),
    narrow,
    topInset: stickyTopInset(),
  });

  // Writes.
  if (p.scrollBy) window.scrollBy({ top: p.scrollBy });
  if (!start || !samePosition(start, p)) applyPosition(pop, p);
  pop.classList.toggle('above', !p.narrow && p.above);
  // A gloss longer than the popover scrolls: keyboard users can then Tab to it and scroll it.
  // (A height cap below the natural height makes it scroll too; known without measuring again.)
  if (body) {
    if (glossOverflows || (p.maxHeight !== undefined && p.maxHeight < popover.height)) body.tabIndex = 0;
    else body.removeAttribute('tabindex');
  }
  return popover.width;
}

/** The property, on the toasts' region, with the open word sheet's height: messages sit just above the sheet (styles.css). */
export const SHEET_HEIGHT_PROPERTY = '--gloss-sheet-height';
/** Space kept between the tapped word and what covers the screen below it (as placePopover keeps above the sheet). */
const CLEAR_GAP = 8;

/**
 * On a phone, a message that shows while the word sheet is open sits just above the sheet, not over
 * the text at the top. Gives the toasts' region the sheet's height for that (none once the popover
 * is not a sheet), and when a message is showing and covers the tapped word, scrolls the word up
 * clear of it. Called whenever the sheet or the messages change size (a message can arrive while
 * the sheet is open: the offline notice).
 */
export function keepClearOfSheet(pop: HTMLElement, word: HTMLElement | null): void {
  const region = document.querySelector<HTMLElement>('.toasts');
  if (!region) return;
  if (!pop.isConnected || !pop.classList.contains('sheet')) {
    region.style.removeProperty(SHEET_HEIGHT_PROPERTY);
    return;
  }
  const height = `${pop.offsetHeight}px`;
  if (region.style.getPropertyValue(SHEET_HEIGHT_PROPERTY) !== height) region.style.setProperty(SHEET_HEIGHT_PROPERTY, height);
  if (!word || !region.querySelector('.toast')) return;
  const over = word.getBoundingClientRect().bottom + CLEAR_GAP - Math.min(region.getBoundingClientRect().top, pop.getBoundingClientRect().top);
  if (over > 0) window.scrollBy({ top: over });
}
