import { countIntlFormatters } from '../../../test/support/countIntlFormatters';
import { simulateNoIcelandicIntl } from '../../../test/support/noIcelandicIntl';
import { englishDate, forgetLocaleData, formatDate, formatDateTime, formatDayMonth, formatNumber, formatPercent, icelandicDate } from './format';

describe('date and number formatting', () => {
  it('formats dates in English and Icelandic with the browser’s locale data', () => {
    expect(formatDateTime('2024-10-25T09:44', 'en')).toBe('25 Oct 2024, 09:44');
    expect(formatDateTime('2024-10-25', 'en')).toBe('25 Oct 2024');
    expect(formatDateTime(null, 'en')).toBe('');
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
    expect(formatDateTime('2024-10-25T09:44', 'is')).toBe('25. okt. 2024, 09:44');
    expect(formatDayMonth(new Date(2024, 10, 7), 'en')).toBe('7 Nov');
  });

  it('writes the Icelandic forms itself', () => {
    expect(icelandicDate(new Date(2024, 9, 25, 9, 44), { time: true })).toBe('25. okt. 2024, 09:44');
    expect(icelandicDate(new Date(2024, 4, 3))).toBe('3. maí 2024');
    expect(icelandicDate(new Date(2024, 10, 7), { year: false })).toBe('7. nóv.');
  });

  it('writes the English (en-GB) forms itself, the same as Intl, without making an Intl date formatter', () => {
    const dates = [...Array.from({ length: 12 }, (_, m) => new Date(2024, m, m * 2 + 1, m * 2, m * 5)), new Date(999, 8, 30, 23, 59), new Date(2026, 11, 31, 0, 0)];
    const medium = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
    const withTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
    forgetLocaleData(); // no cached formatter to hide one being made
    const made = countIntlFormatters();
    try {
      for (const d of dates) {
        expect(formatDate(d, 'en')).toBe(medium.format(d));
        expect(formatDate(d, 'en', { time: true })).toBe(withTime.format(d));
        expect(formatDayMonth(d, 'en')).toBe(dayMonth.format(d));
      }
      expect(made.dates).toBe(0);
      void new Intl.DateTimeFormat('en-GB'); // the count works
      expect(made.dates).toBe(1);
    } finally {
      made.restore();
    }
    expect(englishDate(new Date(2024, 8, 5, 7, 3), { time: true })).toBe('5 Sept 2024, 07:03');
  });

  it('writes English whole numbers itself, the same as Intl, without making an Intl number formatter', () => {
    const numbers = [0, 7, -7, 999, 1000, -1000, 1234, 12345, 123456, 1234567, -1234567, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];
    const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });
    const minusZero = new Intl.NumberFormat('en-GB').format(-0);
    forgetLocaleData();
    const made = countIntlFormatters();
    try {
      for (const n of numbers) expect(formatNumber(n, 'en', { maxFraction: 3 })).toBe(intl.format(n));
      expect(formatPercent(0.4, 'en')).toBe('40%');
      expect(made.numbers).toBe(0);
      // Fractions, fixed decimals and -0 still go through Intl.
      expect(formatNumber(1234.5, 'en', { maxFraction: 1 })).toBe('1,234.5');
      expect(formatNumber(3, 'en', { maxFraction: 2, minFraction: 2 })).toBe('3.00');
      expect(formatNumber(-0, 'en')).toBe(minusZero);
      expect(made.numbers).toBe(3);
    } finally {
      made.restore();
    }
  });

  it('writes the Icelandic forms itself, the same as Intl with Icelandic data, without making an Intl date formatter', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(['is-IS'])).toEqual(['is-IS']); // Node's full ICU: a real comparison
    const dates = [
      ...Array.from({ length: 12 }, (_, m) => new Date(2024, m, m * 2 + 1, m * 2, m * 5)),
      ...Array.from({ length: 12 }, (_, m) => new Date(2025, m, 28 - m, 23 - m, 59 - m)),
      new Date(2024, 1, 29, 12, 0),
      new Date(2024, 0, 1, 0, 0),
      new Date(2026, 11, 31, 23, 59),
      new Date(999, 8, 30, 23, 59),
      new Date(2024, 4, 31, 10, 1),
    ];
    const far = new Date(2024, 11, 7, 5, 6);
    far.setFullYear(5); // a one-digit year
    dates.push(far);
    const medium = new Intl.DateTimeFormat('is-IS', { dateStyle: 'medium' });
    const withTime = new Intl.DateTimeFormat('is-IS', { dateStyle: 'medium', timeStyle: 'short' });
    const dayMonth = new Intl.DateTimeFormat('is-IS', { day: 'numeric', month: 'short' });
    forgetLocaleData();
    const made = countIntlFormatters();
    try {
      for (const d of dates) {
        expect(formatDate(d, 'is')).toBe(medium.format(d));
        expect(formatDate(d, 'is', { time: true })).toBe(withTime.format(d));
        expect(formatDayMonth(d, 'is')).toBe(dayMonth.format(d));
      }
      expect(formatDateTime('2024-10-25T09:44', 'is')).toBe('25. okt. 2024, 09:44');
      expect(made.dates).toBe(0);
    } finally {
      made.restore();
    }
  });

  it('writes Icelandic whole numbers itself, the same as Intl with Icelandic data, without making an Intl number formatter', () => {
    expect(Intl.NumberFormat.supportedLocalesOf(['is-IS'])).toEqual(['is-IS']);
    const numbers = [0, 7, -7, 99, 999, 1000, -1000, 1234, 9999, 10000, 12345, 123456, 1234567, -1234567, 1000000000, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];
    const intl = new Intl.NumberFormat('is-IS', { maximumFractionDigits: 3 });
    const whole = new Intl.NumberFormat('is-IS', { maximumFractionDigits: 0 });
    forgetLocaleData();
    const made = countIntlFormatters();
    try {
      for (const n of numbers) {
        expect(formatNumber(n, 'is', { maxFraction: 3 })).toBe(intl.format(n));
        expect(formatNumber(n, 'is')).toBe(whole.format(n));
      }
      expect(formatPercent(0.4, 'is')).toBe('40%');
      expect(formatPercent(0.001, 'is')).toBe('<1%');
      expect(made.numbers).toBe(0);
      // Fractions (with the browser's Icelandic data) still go through Intl.
      expect(formatNumber(1234.5, 'is', { maxFraction: 1 })).toBe('1.234,5');
      expect(made.numbers).toBe(1);
    } finally {
      made.restore();
    }
  });

  it('numbers and percentages: locale separators, and a small share is "<1%", never 0 or 1 %', () => {
    expect(formatNumber(1234.56, 'en', { maxFraction: 1 })).toBe('1,234.6');
    expect(formatNumber(1234.56, 'is', { maxFraction: 1 })).toBe('1.234,6');
    expect(formatPercent(0.4, 'en')).toBe('40%');
    expect(formatPercent(0.001, 'en')).toBe('<1%');
    expect(formatPercent(0.999, 'en')).toBe('>99%');
    expect(formatPercent(0, 'en')).toBe('0%');
    expect(formatPercent(1, 'is')).toBe('100%');
  });
});

describe('when the browser has no Icelandic locale data (Debian Chromium)', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = simulateNoIcelandicIntl();
  });
  afterEach(() => restore());

  it('the simulation is faithful: Intl alone would write Icelandic in US English', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(['is-IS'])).toEqual([]);
    expect(Intl.NumberFormat.supportedLocalesOf(['is-IS'])).toEqual([]);
    expect(new Intl.DateTimeFormat('is-IS', { dateStyle: 'medium' }).format(new Date(2024, 9, 25))).toBe('Oct 25, 2024');
    expect(new Intl.NumberFormat('is-IS').format(1234.5)).toBe('1,234.5');
  });

  it('Icelandic dates read "25. okt. 2024, 09:44", not "2024 M10 25 09:44"; numbers use Icelandic separators', () => {
    expect(formatDateTime('2024-10-25T09:44', 'is')).toBe('25. okt. 2024, 09:44');
    expect(formatDateTime('2024-02-01', 'is')).toBe('1. feb. 2024');
    expect(formatDate(new Date(2025, 11, 31, 23, 5), 'is', { time: true })).toBe('31. des. 2025, 23:05');
    expect(formatDayMonth(new Date(2024, 10, 7), 'is')).toBe('7. nóv.');
    expect(formatNumber(1234567.25, 'is', { maxFraction: 1 })).toBe('1.234.567,3');
    expect(formatNumber(0.1, 'is', { maxFraction: 1 })).toBe('0,1');
    expect(formatNumber(12, 'is', { maxFraction: 1 })).toBe('12');
    expect(formatNumber(0.5, 'is', { maxFraction: 4, minFraction: 4 })).toBe('0,5000');
    expect(formatPercent(0.0004, 'is')).toBe('<1%');
    expect(formatPercent(0.87, 'is')).toBe('87%');
    // English is unaffected.
    expect(formatDateTime('2024-10-25T09:44', 'en')).toBe('25 Oct 2024, 09:44');
    expect(formatNumber(1234.5, 'en', { maxFraction: 1 })).toBe('1,234.5');
  });

  it('writes the same Icelandic as a browser that has the data', () => {
    const dates = [new Date(2024, 0, 1, 0, 0), new Date(2024, 4, 3, 9, 5), new Date(2026, 11, 31, 23, 59)];
    const numbers = [0, 7, 999, 1000, 1234.56, -1234.56, 1234567.891, 0.05];
    const noData = [...dates.flatMap((d) => [formatDate(d, 'is'), formatDate(d, 'is', { time: true }), formatDayMonth(d, 'is')]), ...numbers.map((n) => formatNumber(n, 'is', { maxFraction: 2 }))];
    restore();
    const withData = [...dates.flatMap((d) => [formatDate(d, 'is'), formatDate(d, 'is', { time: true }), formatDayMonth(d, 'is')]), ...numbers.map((n) => formatNumber(n, 'is', { maxFraction: 2 }))];
    restore = simulateNoIcelandicIntl();
    expect(noData).toEqual(withData);
  });
});
