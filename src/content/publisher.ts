import { msg, str } from '@lit/localize';

/**
 * Who stands behind the guide, as a clinic may state it (IPDAS: funding,
 * conflicts of interest, authorship). Without it, the guide states the
 * project's own position, which is true of this project as published.
 */
export interface PublisherInfo {
  /** The clinic or organization that offers the guide to its patients. */
  publisher?: string;
  /** Who pays for offering it, in the clinic's words. */
  funding?: string;
  /** The clinic's conflicts of interest, or that it has none, in its words. */
  conflicts?: string;
  /** The clinician who reviewed the content for the clinic. */
  reviewer?: string;
  /** When they reviewed it, as an ISO date (YYYY-MM-DD). */
  reviewDate?: string;
  /** The content version they reviewed, as the review pack printed it. */
  reviewedVersion?: string;
}

/** "Offered to you by …", on the first page and in the guide's About section; the clinic's name as it gave it. */
export const offeredBy = (publisher: string) =>
  msg(str`Offered to you by ${publisher}.`, {
    id: 'about.publisher',
    desc: 'On the first page and in the About section of the guide. Placeholder: the clinic or organization offering the widget.',
  });
