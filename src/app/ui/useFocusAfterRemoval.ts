import { useEffect, useState, type RefObject } from 'react';

/**
 * Keeps the keyboard focus when a control goes away with its item (a Delete or × button): once
 * the focused control is gone, focus moves to the same control of the item that took its place,
 * or of the last item, or to `fallbackRef` when none is left. `selector` picks the controls, in
 * order, inside `containerRef`; `items` is what re-renders the list. Returns the function to call
 * with the item's index when its control is pressed.
 */
export function useFocusAfterRemoval(
  containerRef: RefObject<HTMLElement | null>,
  selector: string,
  fallbackRef: RefObject<HTMLElement | null>,
  items: unknown,
): (index: number) => void {
  const [removedAt, setRemovedAt] = useState<number | null>(null);
  useEffect(() => {
    if (removedAt === null) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return; // not gone yet
    setRemovedAt(null);
    const controls = containerRef.current?.querySelectorAll<HTMLElement>(selector);
    const next = controls?.length ? controls[Math.min(removedAt, controls.length - 1)] : undefined;
    (next ?? fallbackRef.current)?.focus();
  }, [removedAt, items, containerRef, selector, fallbackRef]);
  return setRemovedAt;
}
