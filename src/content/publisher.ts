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
}

/** The clinic's own statements, each only when the clinic gave it; placeholders hold the clinic's words as they gave them. */
export const PUBLISHER_TEXT = {
  publisher: (publisher: string) =>
    msg(str`Offered to you by ${publisher}.`, {
      id: 'about.publisher',
      desc: 'On the first page and in the About section of the guide. Placeholder: the clinic or organization offering the widget.',
    }),
  funding: (publisher: string, funding: string) =>
    msg(str`Funding of ${publisher}: ${funding}`, {
      id: 'about.publisher.funding',
      desc: 'About this guide. Placeholders: the clinic, and its own funding statement.',
    }),
  conflicts: (publisher: string, conflicts: string) =>
    msg(str`Conflicts of interest of ${publisher}: ${conflicts}`, {
      id: 'about.publisher.conflicts',
      desc: 'About this guide. Placeholders: the clinic, and its own conflicts of interest statement.',
    }),
  reviewed: (reviewer: string, date: string) =>
    msg(str`Clinical review: reviewed by ${reviewer} on ${date}.`, {
      id: 'about.reviewed',
      desc: 'About this guide. Placeholders: the reviewing clinician, and the date of the review.',
    }),
  reviewedUndated: (reviewer: string) =>
    msg(str`Clinical review: reviewed by ${reviewer}.`, { id: 'about.reviewed-undated', desc: 'About this guide. Placeholder: the reviewing clinician.' }),
  yourClinic: () => msg('your clinic', { id: 'about.your-clinic', desc: 'Stands in for the clinic name when the clinic did not give one.' }),
};
