/**
 * Resolves once the browser has had the chance to paint what was just rendered (a busy state, say),
 * so that long synchronous work started afterwards does not freeze the page before the feedback is
 * on screen. A frame callback runs just before a paint; a task queued from it runs after that paint.
 * Hidden tabs run no frame callbacks, so a timer resolves it anyway; without requestAnimationFrame
 * (tests, old browsers) it is one task later.
 */
export function afterPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const fallback = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
