/**
 * Dates and numbers for the UI language. Dates, and whole numbers, are always written here, in
 * both languages, exactly as `Intl` writes them with full locale data (en-GB: "25 Oct 2024, 09:44",
 * "1,234"; is: "25. okt. 2024, 09:44", "1.234"): the first Intl formatter a page makes loads ICU's
 * data, about 100–195 ms at 4× CPU throttling, and the library's first screen would otherwise pay it
 * before it is usable. Numbers with decimals still use `Intl.NumberFormat` (off the first screen),
 * except in Icelandic in a browser without Icelandic locale data (Debian's Chromium:
 * `Intl.NumberFormat.supportedLocalesOf(['is'])` is empty), where `Intl` would fall back to English
 * separators: then these helpers write the CLDR Icelandic form themselves ("1.234,5").
 */

const localeOf = (lng: string) => (lng === 'is' ? 'is-IS' : 'en-GB');

const supported = new Map<string, boolean>();
/** Whether this browser has locale data for the UI language (checked once per language). */
function hasLocaleData(lng: string): boolean {
  let s = supported.get(lng);
  if (s === undefined) {
    try {
      s = Intl.NumberFormat.supportedLocalesOf([localeOf(lng)]).length > 0;
    } catch {
      s = false;
    }
    supported.set(lng, s);
  }
  return s;
}

/** Icelandic abbreviated month names, as CLDR has them (medium date style; "maí" has no full stop). */
const IS_MONTHS_SHORT = ['jan.', 'feb.', 'mar.', 'apr.', 'maí', 'jún.', 'júl.', 'ágú.', 'sep.', 'okt.', 'nóv.', 'des.'];

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "25. okt. 2024" (+ ", 09:44"): Icelandic medium date (and short time), local time, exactly as `Intl.DateTimeFormat('is')` writes it. */
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

const numberFormatters = new Map<string, Intl.NumberFormat>();

/** Forgets which languages have locale data, and the formatters made (for tests that take Icelandic data away). */
export function forgetLocaleData(): void {
  supported.clear();
  numberFormatters.clear();
}

/** A date (with the time if `time`) in the medium style of the UI language. */
export function formatDate(date: Date | number, lng: string, opts: { time?: boolean } = {}): string {
  const d = typeof date === 'number' ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) return '';
  return lng === 'is' ? icelandicDate(d, opts) : englishDate(d, opts);
}

/** Day and short month ("25 Oct", "25. okt."), e.g. for chart axes. */
export function formatDayMonth(date: Date | number, lng: string): string {
  const d = typeof date === 'number' ? new Date(date) : date;
  return lng === 'is' ? icelandicDate(d, { year: false }) : englishDate(d, { year: false });
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

/**
 * A whole number with "," (en-GB: "1,234", "-5") or "." (is: "1.234", "-5") between thousands,
 * exactly as `Intl.NumberFormat` writes it (a hyphen-minus in both; Icelandic groups four digits too).
 */
function wholeNumber(n: number, lng: string): string {
  const int = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, lng === 'is' ? '.' : ',');
  return n < 0 ? `-${int}` : int;
}

/** A number for the UI language, with at most `maxFraction` (and at least `minFraction`) decimals. */
export function formatNumber(n: number, lng: string, opts: { maxFraction?: number; minFraction?: number } = {}): string {
  const max = opts.maxFraction ?? 0;
  const min = Math.min(opts.minFraction ?? 0, max);
  if (min === 0 && Number.isSafeInteger(n) && !Object.is(n, -0)) return wholeNumber(n, lng);
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
