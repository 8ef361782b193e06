/** Formats an ISO local date-time ("2024-10-25T09:44") for the UI language. */
export function formatDateTime(iso: string | null, lng: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hasTime = /T\d\d:\d\d/.test(iso);
  return new Intl.DateTimeFormat(lng === 'is' ? 'is-IS' : 'en-GB', {
    dateStyle: 'medium',
    ...(hasTime ? { timeStyle: 'short' } : {}),
  }).format(d);
}
