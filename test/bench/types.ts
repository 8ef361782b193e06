export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The target, as a readable condition (e.g. "≤ 16 ms"). */
  target?: string;
  /** Whether the target is met (computed by the runner when `limit` is given). */
  limit?: { max?: number; min?: number };
  note?: string;
}

export interface BenchSection {
  title: string;
  results: BenchResult[];
  notes?: string[];
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i];
}
