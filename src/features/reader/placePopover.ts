export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
  width: number;
  height: number;
}

export interface Placement {
  narrow: boolean;
  /** Position relative to the container (desktop popover). */
  top: number;
  left: number;
  above: boolean;
  /** How far to scroll the page so that the word stays visible above a bottom sheet. */
  scrollBy: number;
}

const GAP = 8;

/**
 * Where the gloss goes: below the word (above it when there is no room below) on wide screens,
 * as a bottom sheet on narrow ones — scrolling so the sheet never covers the tapped word.
 */
export function placePopover(input: {
  word: Rect;
  container: Rect;
  popover: { width: number; height: number };
  viewport: { width: number; height: number };
  narrow: boolean;
}): Placement {
  const { word, container, popover, viewport, narrow } = input;
  if (narrow) {
    const sheetTop = viewport.height - popover.height;
    const over = word.bottom + GAP - sheetTop;
    const scrollBy = over > 0 ? over : word.top < 0 ? word.top - GAP : 0;
    return { narrow: true, top: 0, left: 0, above: false, scrollBy };
  }
  const roomBelow = viewport.height - word.bottom;
  const above = roomBelow < popover.height + GAP && word.top > popover.height + GAP;
  const top = above ? word.top - container.top - popover.height - GAP : word.bottom - container.top + GAP;
  const maxLeft = Math.max(GAP, container.width - popover.width - GAP);
  const left = Math.min(maxLeft, Math.max(GAP, word.left - container.left));
  return { narrow: false, top, left, above, scrollBy: 0 };
}
