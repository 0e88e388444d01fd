/**
 * @chunk guide-page: only the guide formats dates (dates.ts checks them in the first download).
 *
 * Dates in the guide, in the active locale. Dates are stored as ISO strings
 * (YYYY-MM-DD, or YYYY-MM for a month) and read as UTC, so a date never shifts
 * by a day in the patient's time zone. One formatter per locale and style:
 * making one is slow.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: 'date' | 'month'): Intl.DateTimeFormat {
  const key = `${locale} ${style}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = style === 'date' ? { dateStyle: 'long' } : { month: 'long', year: 'numeric' };
    formats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  }
  return format;
}

/** "November 30, 2026" in English. */
export const formatDate = (isoDate: string, locale: string): string => formatter(locale, 'date').format(new Date(`${isoDate}T00:00:00Z`));

/** "December 2028" in English. */
export const formatMonth = (isoMonth: string, locale: string): string => formatter(locale, 'month').format(new Date(`${isoMonth}-01T00:00:00Z`));

/** A day as YYYY-MM-DD in the reader's own time zone: the date a summary is made on, as the patient's calendar shows it. */
export const localIsoDate = (day: Date): string =>
  [day.getFullYear(), day.getMonth() + 1, day.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
