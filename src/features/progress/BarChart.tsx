import { useLayoutEffect, useRef, useState } from 'react';
import type { DayValue } from './progressModel';

/**
 * Integer y-axis ticks from 0, evenly spaced (steps of 1, 2, 5, 10, 20, 50, …), at most about
 * five of them: the top tick is the first step at or above `max`.
 */
export function niceTicks(max: number): number[] {
  const m = Math.max(1, Math.ceil(max));
  let step = 1;
  for (let scale = 1; ; scale *= 10) {
    const s = [1, 2, 5].map((k) => k * scale).find((k) => Math.ceil(m / k) <= 4);
    if (s) {
      step = s;
      break;
    }
  }
  const top = Math.ceil(m / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return ticks;
}

/** Chart height in CSS pixels (the SVG is drawn at its on-screen size, so text is never scaled). */
const HEIGHT = 150;
/** Width given to each date label on the x axis. */
const DAY_LABEL_WIDTH = 64;

/**
 * A small SVG chart of one value per day (bars, or a line for cumulative figures), with the data as
 * a visually hidden table for screen readers. It is drawn at the width it is shown at, so that its
 * labels keep their size on a phone.
 */
export function BarChart({
  data,
  label,
  formatDay,
  formatValue,
  kind = 'bar',
}: {
  data: DayValue[];
  label: string;
  formatDay(day: number): string;
  formatValue(value: number): string;
  kind?: 'bar' | 'line';
}) {
  const ref = useRef<HTMLElement>(null);
  const [W, setW] = useState(600);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setW(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const H = HEIGHT;
  const ticks = niceTicks(Math.max(0, ...data.map((d) => d.value)));
  const top = ticks[ticks.length - 1];
  const pad = { top: 10, bottom: 24, left: 8 + 8 * formatValue(top).length, right: 8 };
  const innerW = Math.max(1, W - pad.left - pad.right);
  const innerH = H - pad.top - pad.bottom;
  const step = innerW / Math.max(1, data.length);
  const y = (v: number) => pad.top + innerH - (v / top) * innerH;
  const maxLabels = Math.max(2, Math.floor(innerW / DAY_LABEL_WIDTH));
  const labelEvery = Math.max(1, Math.ceil(data.length / maxLabels));
  return (
    <figure className="chart" ref={ref}>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={W - pad.right} y1={y(v)} y2={y(v)} className="chart-grid" />
            <text x={pad.left - 6} y={y(v) + 4} textAnchor="end" className="chart-tick">
              {formatValue(v)}
            </text>
          </g>
        ))}
        {kind === 'bar' ? (
          data.map((d, i) => (
            <rect key={d.day} x={pad.left + i * step + step * 0.15} width={step * 0.7} y={y(d.value)} height={pad.top + innerH - y(d.value)} className="chart-bar">
              <title>{`${formatDay(d.day)}: ${formatValue(d.value)}`}</title>
            </rect>
          ))
        ) : (
          <polyline
            fill="none"
            className="chart-line"
            points={data.map((d, i) => `${pad.left + i * step + step / 2},${y(d.value)}`).join(' ')}
          />
        )}
        {data.map((d, i) => {
          if (i % labelEvery !== 0) return null;
          const x = pad.left + i * step + step / 2;
          // Labels near either end are anchored inwards, so that none is cut off.
          const anchor = x < pad.left + DAY_LABEL_WIDTH / 2 ? 'start' : x > W - pad.right - DAY_LABEL_WIDTH / 2 ? 'end' : 'middle';
          return (
            <text key={d.day} x={anchor === 'start' ? Math.max(2, x - step / 2) : x} y={H - 6} textAnchor={anchor} className="chart-tick">
              {formatDay(d.day)}
            </text>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{label}</caption>
        <tbody>
          {data.map((d) => (
            <tr key={d.day}>
              <th scope="row">{formatDay(d.day)}</th>
              <td>{formatValue(d.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
