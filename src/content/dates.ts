/**
 * @chunk main: apart from date-format.ts, so the first download can check the review-date attribute without the guide's date formatting.
 *
 * Dates are stored as ISO strings (YYYY-MM-DD, or YYYY-MM for a month); date-format.ts shows them.
 */

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
