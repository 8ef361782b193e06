import { cleanup } from '@testing-library/react';
import i18n from 'i18next';
import { forgetLocaleData } from '../../src/app/ui/format';

type Locales = string | readonly string[] | undefined;
const icelandic = (l: string) => /^is(-|$)/i.test(l);
const list = (l: Locales) => (l === undefined ? [] : typeof l === 'string' ? [l] : [...l]);
/** The locales asked for, less Icelandic; if none are left, the fallback a browser without Icelandic data picks. */
const fallback = (l: Locales) => (l === undefined ? undefined : list(l).filter((x) => !icelandic(x)).concat('en-US'));

/**
 * Makes this runtime behave like a browser without Icelandic locale data (Debian's Chromium):
 * `Intl.DateTimeFormat` and `Intl.NumberFormat` list no Icelandic support, and an Icelandic formatter
 * falls back to US English ("Oct 25, 2024", "1,234.5"), so that text formatted with `Intl` instead of
 * `src/app/ui/format.ts` shows up in a test. Returns the function that puts `Intl` back.
 */
export function simulateNoIcelandicIntl(): () => void {
  const { DateTimeFormat, NumberFormat } = Intl;
  class NoIcelandicDateTimeFormat extends DateTimeFormat {
    constructor(locales?: Locales, options?: Intl.DateTimeFormatOptions) {
      super(fallback(locales), options);
    }
    static supportedLocalesOf(locales: Locales, options?: Intl.DateTimeFormatOptions) {
      return DateTimeFormat.supportedLocalesOf(list(locales).filter((x) => !icelandic(x)), options);
    }
  }
  class NoIcelandicNumberFormat extends NumberFormat {
    constructor(locales?: Locales, options?: Intl.NumberFormatOptions) {
      super(fallback(locales), options);
    }
    static supportedLocalesOf(locales: Locales, options?: Intl.NumberFormatOptions) {
      return NumberFormat.supportedLocalesOf(list(locales).filter((x) => !icelandic(x)), options);
    }
  }
  const set = (name: 'DateTimeFormat' | 'NumberFormat', value: unknown) => Object.defineProperty(Intl, name, { value, writable: true, configurable: true });
  set('DateTimeFormat', NoIcelandicDateTimeFormat);
  set('NumberFormat', NoIcelandicNumberFormat);
  forgetLocaleData();
  return () => {
    set('DateTimeFormat', DateTimeFormat);
    set('NumberFormat', NumberFormat);
    forgetLocaleData();
  };
}

/**
 * Runs `check` (which renders and asserts) with Icelandic as the UI language twice: with this
 * runtime's Icelandic locale data, then as a browser without it (a failure says which); then goes
 * back to English.
 */
export async function inIcelandicWithAndWithoutIntlData(check: () => unknown): Promise<void> {
  const run = async (runtime: string) => {
    try {
      await check();
    } catch (e) {
      if (e instanceof Error) e.message = `In Icelandic ${runtime}: ${e.message}`;
      throw e;
    } finally {
      cleanup();
    }
  };
  await i18n.changeLanguage('is');
  try {
    await run('with Icelandic locale data');
    const restore = simulateNoIcelandicIntl();
    try {
      await run('without Icelandic locale data');
    } finally {
      restore();
    }
  } finally {
    await i18n.changeLanguage('en');
  }
}
