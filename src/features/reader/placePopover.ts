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
  /**
   * Height cap (px) when the popover fits neither below nor above the word: it then takes the
   * larger side and its gloss scrolls inside it. Undefined when it fits as it is.
   */
  maxHeight?: number;
  /** How far to scroll the page so that the word stays visible above a bottom sheet. */
  scrollBy: number;
}

const GAP = 8;
/** The popover is never squeezed below this; on a tiny window it may then run off the edge. */
const MIN_HEIGHT = 160;

/**
 * Where the gloss goes: below the word (above it when there is no room below) on wide screens,
 * as a bottom sheet on narrow ones — scrolling so the sheet never covers the tapped word. On a wide
 * screen the popover stays inside the viewport (below `topInset`, the sticky top bar): when it
 * fits on neither side it takes the larger one, capped to it (`maxHeight`).
 */
export function placePopover(input: {
  word: Rect;
  container: Rect;
  popover: { width: number; height: number };
  viewport: { width: number; height: number };
  narrow: boolean;
  /** Height covered at the top of the viewport (a sticky bar); 0 when omitted. */
  topInset?: number;
}): Placement {
  const { word, container, popover, viewport, narrow } = input;
  const topInset = Math.max(0, input.topInset ?? 0);
  if (narrow) {
    const sheetTop = viewport.height - popover.height;
    const over = word.bottom + GAP - sheetTop;
    const scrollBy = over > 0 ? over : word.top < topInset ? word.top - topInset - GAP : 0;
    return { narrow: true, top: 0, left: 0, above: false, scrollBy };
  }
  // Room between the word and the viewport's edge, keeping a gap on both sides.
  const roomBelow = viewport.height - word.bottom - 2 * GAP;
  const roomAbove = word.top - topInset - 2 * GAP;
  let above = false;
  let maxHeight: number | undefined;
  if (popover.height <= roomBelow) above = false;
  else if (popover.height <= roomAbove) above = true;
  else {
    above = roomAbove > roomBelow;
    maxHeight = Math.max(MIN_HEIGHT, Math.floor(above ? roomAbove : roomBelow));
  }
  const height = Math.min(popover.height, maxHeight ?? Infinity);
  const top = above ? word.top - container.top - height - GAP : word.bottom - container.top + GAP;
  const maxLeft = Math.max(GAP, container.width - popover.width - GAP);
  const left = Math.min(maxLeft, Math.max(GAP, word.left - container.left));
  return { narrow: false, top, left, above, maxHeight, scrollBy: 0 };
}
