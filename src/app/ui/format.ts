/** Formats an ISO local date-time ("2024-10-25T09:44") for the UI language. */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(iso: string | null, lng: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hasTime = /T\d\d:\d\d/.test(iso);
  const key = `${lng}|${hasTime}`;
  // Making an Intl formatter costs far more than using one: keep one per language and style.
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lng === 'is' ? 'is-IS' : 'en-GB', { dateStyle: 'medium', ...(hasTime ? { timeStyle: 'short' } : {}) });
    formatters.set(key, f);
  }
  return f.format(d);
}
