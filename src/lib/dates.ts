const longDate = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });

/** "November 23, 2026": how dates read on the page. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "2026-11-23": for `datetime` attributes, feeds and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A YYYY-MM-DD that names a real day, as midnight UTC; undefined otherwise. YAML and `Date` roll
 * impossible days over ("2026-02-30" becomes March 2), so a date written by hand is read here.
 */
export function parseCalendarDate(text: string): Date | undefined {
  const parts = CALENDAR_DATE.exec(text);
  if (!parts) return undefined;
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
  return isoDate(date) === text ? date : undefined;
}

/**
 * What is wrong with a date written in content, in words an editor can act on, or undefined when it
 * is a real day no later than `today`'s. A day of grace covers editors ahead of UTC.
 */
export function calendarDateProblem(text: string, today: Date): string | undefined {
  const parts = CALENDAR_DATE.exec(text);
  if (!parts) return `"${text}" is not a date: write it as YYYY-MM-DD.`;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${month}. Write it as YYYY-MM-DD.`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) {
    return `${text} is not a date: ${monthName.format(new Date(Date.UTC(year, month - 1, 1)))} ${year} has ${days} days.`;
  }
  const latest = isoDate(new Date(today.getTime() + 24 * 60 * 60 * 1000));
  if (text > latest) return `${text} is in the future (the build ran on ${isoDate(today)}): write the date the fact was checked or the text reviewed.`;
  return undefined;
}
