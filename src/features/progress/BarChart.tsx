import type { DayValue } from './progressModel';

/**
 * A small SVG chart of one value per day (bars, or a line for cumulative figures), with the data as
 * a visually hidden table for screen readers.
 */
export function BarChart({
  data,
  label,
  formatDay,
  kind = 'bar',
  height = 140,
}: {
  data: DayValue[];
  label: string;
  formatDay(day: number): string;
  kind?: 'bar' | 'line';
  height?: number;
}) {
  const W = 600;
  const H = height;
  const pad = { top: 12, bottom: 22, left: 36, right: 8 };
  const max = Math.max(1, ...data.map((d) => d.value));
  const innerW = W - pad.left - pad.right;
  const innerH = H - pad.top - pad.bottom;
  const step = innerW / Math.max(1, data.length);
  const y = (v: number) => pad.top + innerH - (v / max) * innerH;
  const ticks = [0, Math.round(max / 2), max].filter((v, i, a) => a.indexOf(v) === i);
  const labelEvery = Math.max(1, Math.ceil(data.length / 6));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} preserveAspectRatio="none">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={W - pad.right} y1={y(v)} y2={y(v)} className="chart-grid" />
            <text x={pad.left - 6} y={y(v) + 4} textAnchor="end" className="chart-tick">
              {v}
            </text>
          </g>
        ))}
        {kind === 'bar' ? (
          data.map((d, i) => (
            <rect key={d.day} x={pad.left + i * step + step * 0.15} width={step * 0.7} y={y(d.value)} height={pad.top + innerH - y(d.value)} className="chart-bar">
              <title>{`${formatDay(d.day)}: ${d.value}`}</title>
            </rect>
          ))
        ) : (
          <polyline
            fill="none"
            className="chart-line"
            points={data.map((d, i) => `${pad.left + i * step + step / 2},${y(d.value)}`).join(' ')}
          />
        )}
        {data.map((d, i) =>
          i % labelEvery === 0 ? (
            <text key={d.day} x={pad.left + i * step + step / 2} y={H - 6} textAnchor="middle" className="chart-tick">
              {formatDay(d.day)}
            </text>
          ) : null,
        )}
      </svg>
      <table className="visually-hidden">
        <caption>{label}</caption>
        <tbody>
          {data.map((d) => (
            <tr key={d.day}>
              <th scope="row">{formatDay(d.day)}</th>
              <td>{d.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
