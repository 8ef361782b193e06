import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A fixed-row-height virtualised list: only the rows in view (plus a margin) are in the DOM, so a
 * vocabulary of 50,000 lemmas opens as fast as one of 50. The rows in view are those inside both
 * the list's box and the window, so it works whether the box scrolls (a laptop: a box of its own)
 * or the page does (a phone: the box as tall as the list, no scrolling inside scrolling).
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
  const listRef = useRef<HTMLUListElement>(null);
  // The part of the list in view, in px from the list's top (before any layout: its first `initialHeight`).
  const [view, setView] = useState({ top: 0, bottom: initialHeight });
  useLayoutEffect(() => {
    const box = ref.current;
    const list = listRef.current;
    if (!box || !list) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const b = box.getBoundingClientRect();
      if (b.height === 0) return; // not laid out (hidden, or no layout at all): keep the last view
      const l = list.getBoundingClientRect();
      const top = Math.max(0, Math.max(b.top, 0) - l.top);
      const bottom = Math.max(top, Math.min(b.bottom, window.innerHeight) - l.top);
      setView((v) => (v.top === top && v.bottom === bottom ? v : { top, bottom }));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    // Capturing on the window hears the box's own scrolling as well as the page's.
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', onScroll);
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onScroll);
    ro?.observe(box);
    ro?.observe(list);
    return () => {
      window.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
      ro?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
  const first = Math.max(0, Math.floor(view.top / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil(view.bottom / rowHeight) + overscan);
  const rows = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <li key={i} role="listitem" aria-setsize={items.length} aria-posinset={i + 1} style={{ position: 'absolute', top: i * rowHeight, left: 0, right: 0, height: rowHeight }}>
        {render(items[i], i)}
      </li>,
    );
  }
  return (
    <div ref={ref} className="vocab-list">
      <ul ref={listRef} role="list" aria-label={label} style={{ position: 'relative', height: items.length * rowHeight, margin: 0, padding: 0, listStyle: 'none' }}>
        {rows}
      </ul>
    </div>
  );
}
