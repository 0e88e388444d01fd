import type { PublisherInfo } from '../../content/publisher.js';
import { isIsoDate } from '../../content/dates.js';
import { warnOnce } from '../../warn-once.js';

/**
 * The clinic's statements for the guide's About section, from the element's
 * attributes. Blank values are left out; a review date that is not a real
 * YYYY-MM-DD date is left out with one console warning per element.
 */
export function publisherInfo(host: object, attrs: Record<keyof PublisherInfo, string | undefined>): PublisherInfo {
  const info: PublisherInfo = {};
  for (const key of ['publisher', 'funding', 'conflicts', 'reviewer'] as const) {
    const value = attrs[key]?.trim();
    if (value) info[key] = value;
  }
  const date = attrs.reviewDate?.trim();
  if (date && isIsoDate(date)) info.reviewDate = date;
  else if (date) warnOnce(host, 'review-date', `<ldn-decision-aid>: review-date="${date}" is not a date written YYYY-MM-DD, so the guide leaves it out.`);
  return info;
}
