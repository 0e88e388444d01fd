/**
 * Dates in the guide, in the active locale. Dates are stored as ISO strings
 * (YYYY-MM-DD, or YYYY-MM for a month) and read as UTC, so a date never shifts
 * by a day in the patient's time zone.
 */

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** "November 30, 2026" in English. */
export const formatDate = (isoDate: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

/** "December 2028" in English. */
export const formatMonth = (isoMonth: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoMonth}-01T00:00:00Z`));
