const longDate = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "November 23, 2026": how dates read on the page. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "2026-11-23": for `datetime` attributes, feeds and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
