import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A fixed-row-height virtualised list: only the rows in view (plus a margin) are in the DOM, so a
 * vocabulary of 50,000 lemmas opens as fast as one of 50.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  render,
  label,
  overscan = 8,
  initialHeight = 600,
}: {
  items: readonly T[];
  rowHeight: number;
  render(item: T, index: number): ReactNode;
  label: string;
  overscan?: number;
  initialHeight?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(initialHeight);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (el.clientHeight) setHeight(el.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => el.clientHeight && setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <li key={i} role="listitem" aria-setsize={items.length} aria-posinset={i + 1} style={{ position: 'absolute', top: i * rowHeight, left: 0, right: 0, height: rowHeight }}>
        {render(items[i], i)}
      </li>,
    );
  }
  return (
    <div ref={ref} className="vocab-list" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <ul role="list" aria-label={label} style={{ position: 'relative', height: items.length * rowHeight, margin: 0, padding: 0, listStyle: 'none' }}>
        {rows}
      </ul>
    </div>
  );
}
