import type { i18n as I18n } from 'i18next';
import { formatNumber } from '../app/ui/format';

/**
 * Makes `{{count, number}}` in a UI string go through `formatNumber` (src/app/ui/format.ts), which
 * writes Icelandic numbers itself when the browser has no Icelandic locale data, instead of i18next's
 * own `Intl.NumberFormat` ("1,234" in Icelandic in such a browser). Like `Intl`, at most 3 decimals
 * unless the string says otherwise (`{{n, number(maximumFractionDigits: 1)}}`).
 */
export function installNumberFormat(i18n: I18n): void {
  i18n.services.formatter?.add('number', (value, lng, options: Intl.NumberFormatOptions) =>
    formatNumber(Number(value), lng ?? i18n.language, { maxFraction: options.maximumFractionDigits ?? 3, minFraction: options.minimumFractionDigits ?? 0 }),
  );
}
