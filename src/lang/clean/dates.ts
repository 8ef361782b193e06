/**
 * Publication dates as Icelandic news sites print them, to ISO local date-time:
 * "25. október 2024 09:44", "föstudaginn 25. október 2024 kl. 9.44", "25.10.2024 | 9:44",
 * "2024-10-25T09:44". Without a time the result is a date only ("2024-10-25").
 */
import { MONTHS, WEEKDAYS } from './lexicon.ts';

export interface FoundDate {
  start: number;
  end: number;
  iso: string;
}

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const TIME = String.raw`(?:\s*[,|–—-]?\s*(?:\|\s*)?(?:kl\.?\s*|klukkan\s+)?([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d.:]*\d))?`;
const WORDY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${WEEKDAYS},?\s+)?(\d{1,2})\.\s*(${MONTH_NAMES})\.?\s+(\d{4})(?![\p{N}])${TIME}`,
  'giu',
);
const NUMERIC = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(?:${WEEKDAYS},?\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\p{N}])${TIME}`,
  'giu',
);
const ISO = /(?<![\p{L}\p{N}])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\p{N}])/gu;

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number, hh?: string, mm?: string): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  return hh !== undefined && mm !== undefined ? `${date}T${pad(Number(hh))}:${mm}` : date;
}

/** All dates in `text` (optionally from `from`), in order of position. */
export function findDates(text: string, from = 0, to = text.length): FoundDate[] {
  const slice = text.slice(0, to);
  const found: FoundDate[] = [];
  for (const re of [WORDY, NUMERIC, ISO]) {
    re.lastIndex = from;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      let value: string | null;
      if (re === WORDY) value = iso(Number(m[3]), MONTHS[m[2].toLowerCase()], Number(m[1]), m[4], m[5]);
      else if (re === NUMERIC) value = iso(Number(m[3]), Number(m[2]), Number(m[1]), m[4], m[5]);
      else value = iso(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]);
      if (!value) continue;
      // Do not take trailing separators into the match.
      let end = m.index + m[0].length;
      while (end > m.index && /[\s,|–—-]/u.test(text[end - 1])) end--;
      found.push({ start: m.index, end, iso: value });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((d, i) => i === 0 || d.start >= found[i - 1].end);
}

/** Parses a date hint such as an `article:published_time` value to ISO local date-time. */
export function parseDateHint(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(v);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]);
  const found = findDates(v);
  return found.length ? found[0].iso : null;
}
