/**
 * Dates and numbers for the UI language. Some browsers ship without Icelandic locale data (Debian's
 * Chromium: `Intl.DateTimeFormat.supportedLocalesOf(['is'])` is empty), and then `Intl` falls back
 * to a root format such as "2024 M10 25 09:44" and to English number separators; for Icelandic these
 * helpers then write the CLDR Icelandic forms themselves ("25. okt. 2024, 09:44", "1.234,5").
 * English dates and whole numbers are always written here (the same as Intl's en-GB): the first
 * Intl formatter a page makes loads ICU's data, about 100–180 ms at 4× CPU throttling, and the
 * library's first screen would otherwise pay it before it is usable.
 */

const localeOf = (lng: string) => (lng === 'is' ? 'is-IS' : 'en-GB');

const supported = new Map<string, boolean>();
/** Whether this browser has locale data for the UI language (checked once per language). */
function hasLocaleData(lng: string): boolean {
  let s = supported.get(lng);
  if (s === undefined) {
    try {
      s = Intl.DateTimeFormat.supportedLocalesOf([localeOf(lng)]).length > 0 && Intl.NumberFormat.supportedLocalesOf([localeOf(lng)]).length > 0;
    } catch {
      s = false;
    }
    supported.set(lng, s);
  }
  return s;
}

/** Icelandic abbreviated month names, as CLDR has them (medium date style). */
const IS_MONTHS_SHORT = ['jan.', 'feb.', 'mar.', 'apr.', 'maí', 'jún.', 'júl.', 'ágú.', 'sep.', 'okt.', 'nóv.', 'des.'];

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "25. okt. 2024" (+ ", 09:44"): Icelandic medium date (and short time), local time. */
export function icelandicDate(d: Date, opts: { time?: boolean; year?: boolean } = {}): string {
  const day = `${d.getDate()}. ${IS_MONTHS_SHORT[d.getMonth()]}`;
  const date = opts.year === false ? day : `${day} ${d.getFullYear()}`;
  return opts.time ? `${date}, ${pad2(d.getHours())}:${pad2(d.getMinutes())}` : date;
}

/** English abbreviated month names as CLDR's en-GB has them (medium date style; "Sept", not "Sep"). */
const EN_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** "25 Oct 2024" (+ ", 09:44"): British English medium date (and short time), local time, exactly as `Intl.DateTimeFormat('en-GB')` writes it. */
export function englishDate(d: Date, opts: { time?: boolean; year?: boolean } = {}): string {
  const day = `${d.getDate()} ${EN_MONTHS_SHORT[d.getMonth()]}`;
  const date = opts.year === false ? day : `${day} ${d.getFullYear()}`;
  return opts.time ? `${date}, ${pad2(d.getHours())}:${pad2(d.getMinutes())}` : date;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const numberFormatters = new Map<string, Intl.NumberFormat>();
function dateFormatter(lng: string, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // Making an Intl formatter costs far more than using one: keep one per language and style (numbers too).
  const k = `${lng}|${key}`;
  let f = formatters.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lng), options);
    formatters.set(k, f);
  }
  return f;
}

/** Forgets which languages have locale data, and the formatters made (for tests that take Icelandic data away). */
export function forgetLocaleData(): void {
  supported.clear();
  formatters.clear();
  numberFormatters.clear();
}

/** A date (with the time if `time`) in the medium style of the UI language. */
export function formatDate(date: Date | number, lng: string, opts: { time?: boolean } = {}): string {
  const d = typeof date === 'number' ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) return '';
  if (lng !== 'is') return englishDate(d, opts);
  if (!hasLocaleData(lng)) return icelandicDate(d, opts);
  return dateFormatter(lng, opts.time ? 'dt' : 'd', { dateStyle: 'medium', ...(opts.time ? { timeStyle: 'short' } : {}) }).format(d);
}

/** Day and short month ("25 Oct", "25. okt."), e.g. for chart axes. */
export function formatDayMonth(date: Date | number, lng: string): string {
  const d = typeof date === 'number' ? new Date(date) : date;
  if (lng !== 'is') return englishDate(d, { year: false });
  if (!hasLocaleData(lng)) return icelandicDate(d, { year: false });
  return dateFormatter(lng, 'dm', { day: 'numeric', month: 'short' }).format(d);
}

/** Formats an ISO local date-time ("2024-10-25T09:44") or date for the UI language. */
export function formatDateTime(iso: string | null, lng: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return formatDate(d, lng, { time: /T\d\d:\d\d/.test(iso) });
}

/** Icelandic digits: "." between thousands, "," before decimals (as CLDR has them). */
function icelandicNumber(n: number, maxFraction: number, minFraction = 0): string {
  const fixed = n.toFixed(maxFraction);
  let [int, frac = ''] = fixed.replace('-', '').split('.');
  while (frac.length > minFraction && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (int.length > 3) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 && Number(fixed) !== 0 ? '-' : ''}${int}${frac ? `,${frac}` : ''}`;
}

/** An English (en-GB) whole number ("1,234", "-5"), exactly as `Intl.NumberFormat('en-GB')` writes it. */
function englishInteger(n: number): string {
  const int = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${int}` : int;
}

/** A number for the UI language, with at most `maxFraction` (and at least `minFraction`) decimals. */
export function formatNumber(n: number, lng: string, opts: { maxFraction?: number; minFraction?: number } = {}): string {
  const max = opts.maxFraction ?? 0;
  const min = Math.min(opts.minFraction ?? 0, max);
  if (lng !== 'is' && min === 0 && Number.isSafeInteger(n) && !Object.is(n, -0)) return englishInteger(n);
  if (lng === 'is' && !hasLocaleData(lng)) return icelandicNumber(n, max, min);
  const k = `${lng}|${min}|${max}`;
  let f = numberFormatters.get(k);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lng), { maximumFractionDigits: max, minimumFractionDigits: min });
    numberFormatters.set(k, f);
  }
  return f.format(n);
}

/**
 * A share (0–1) as a whole percentage in the UI language's style ("40%" in English, "40%" in
 * Icelandic); a share above 0 that would round to 0 is "<1%", and one below 1 that would round to
 * 100 is ">99%", so a little is never shown as nothing (or as everything).
 */
export function formatPercent(share: number, lng: string): string {
  const p = Math.round(share * 100);
  if (share > 0 && p === 0) return `<${formatNumber(1, lng)}%`;
  if (share < 1 && p === 100) return `>${formatNumber(99, lng)}%`;
  return `${formatNumber(p, lng)}%`;
}
