/**
 * Which word a tap between words belongs to. Words are small targets ("í", "á" are a few pixels
 * wide), so a tap that lands in the space beside a word, or just above or below it on its line,
 * picks the nearest word on that line instead of doing nothing. Done on tap only: the text keeps
 * no extra boxes, so opening an article costs no layout.
 */

export interface WordBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Farthest a tap may be from a word's letters, sideways and up or down, and still pick it. */
export const NEAR_X = 14;
export const NEAR_Y = 6;

/**
 * Index of the box nearest to (x, y) within reach, or -1. The line the point is on (or nearest
 * to, up or down) comes first, then the nearest box on it; a box the point is inside wins.
 */
export function nearestWordIndex(boxes: readonly WordBox[], x: number, y: number): number {
  let best = -1;
  let bestDy = Infinity;
  let bestDx = Infinity;
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i];
    const dy = y < b.top ? b.top - y : y > b.bottom ? y - b.bottom : 0;
    const dx = x < b.left ? b.left - x : x > b.right ? x - b.right : 0;
    if (dy > NEAR_Y || dx > NEAR_X) continue;
    if (dy > bestDy || (dy === bestDy && dx >= bestDx)) continue;
    best = i;
    bestDy = dy;
    bestDx = dx;
  }
  return best;
}

/** The word element nearest to a tap at (x, y) among `words`, or null. */
export function nearestWord(words: Iterable<HTMLElement>, x: number, y: number): HTMLElement | null {
  const list = [...words];
  // (Inline words that wrap have several boxes; one per line.)
  const boxes: WordBox[] = [];
  const owner: HTMLElement[] = [];
  for (const w of list) {
    for (const r of w.getClientRects()) {
      boxes.push(r);
      owner.push(w);
    }
  }
  const i = nearestWordIndex(boxes, x, y);
  return i < 0 ? null : owner[i];
}
