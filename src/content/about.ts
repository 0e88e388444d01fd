import { msg, str } from '@lit/localize';
import { isDraftLocale } from '../i18n/localization.js';
import { CONTENT_VERSION, reviewedEarlierVersion } from './content-version.js';
import { formatDate } from './date-format.js';
import { isIsoDate } from './dates.js';
import type { SectionBuilder } from './guide/blocks.js';
import { offeredBy } from './publisher.js';
import type { SourcedText } from './sources.js';
import { machineTranslationNotice } from './translation-notice.js';

/** The date the clinical content was last checked against its sources (clinical-facts.md). */
export const LAST_REVIEWED = '2026-12-07';

export const ABOUT_TEXT: Record<'standards' | 'authors' | 'funding' | 'conflicts' | 'not-reviewed' | 'updates' | 'disclaimer', SourcedText> = {
  disclaimer: {
    sources: [],
    text: () =>
      msg(
        'This guide is not medical advice and does not diagnose or recommend treatment. Talk with your clinician before you start, stop or change any medicine.',
        {
          id: 'about.disclaimer',
          desc: 'Disclaimer shown in every guide.',
        },
      ),
  },
  standards: {
    sources: ['S14'],
    text: () =>
      msg('This guide aims to meet the standards for patient decision aids (IPDAS).', {
        id: 'about.standards',
        desc: 'About this guide, for the clinician: at the end of the clinician summary (third re-read n12).',
      }),
  },
  authors: {
    sources: [],
    text: () =>
      msg('Written by the LDN decision aid project from the sources below.', {
        id: 'about.authors',
        desc: 'About this guide: who wrote the content. True of the open project; a clinic adds its own details separately.',
      }),
  },
  // The founders' statement (clinical-facts.md, "The project's own statements", 2026-12-07), in two parts, so a clinic's own stand beside each.
  funding: {
    sources: [],
    text: () =>
      msg(
        'Funding: this project has no funding from, and no financial ties to, any maker, pharmacy or seller of naltrexone or of any other treatment in this guide.',
        {
          id: 'about.funding',
          desc: 'About this guide: the project’s own funding statement, as its founders made it (2026-12-07). Translate it exactly; a clinic’s own statement is shown beside it.',
        },
      ),
  },
  conflicts: {
    sources: [],
    text: () =>
      msg('Conflicts of interest: its authors have no conflicts of interest to declare.', {
        id: 'about.conflicts',
        desc: 'About this guide: the project’s own conflicts of interest statement, as its founders made it (2026-12-07). A clinic’s own statement is shown beside it.',
      }),
  },
  'not-reviewed': {
    sources: [],
    text: () =>
      msg('Clinical review: no clinician has reviewed this content yet.', {
        id: 'about.not-reviewed',
        desc: 'About this guide: shown when the clinic has not named a clinical reviewer.',
      }),
  },
  updates: {
    sources: [],
    text: () =>
      msg('Updates: the project checks it yearly and after important new research.', {
        id: 'about.updates',
        desc: 'About this guide: update policy, naming who updates it.',
      }),
  },
};

/** The clinic's own statements, each only when the clinic gave it; placeholders hold the clinic's words as they gave them. */
export const PUBLISHER_TEXT = {
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
  earlierVersion: () =>
    msg('That review was of an earlier version of this content.', {
      id: 'about.reviewed-earlier-version',
      desc: 'About this guide, after the clinical review line: the content has changed since the version the clinician reviewed.',
    }),
  yourClinic: () => msg('your clinic', { id: 'about.your-clinic', desc: 'Stands in for the clinic name when the clinic did not give one.' }),
};

const contentVersion = (version: string) =>
  msg(str`Content version: ${version}.`, {
    id: 'about.content-version',
    desc: 'About this guide: the content version, a code of 12 letters and digits (keep it as it is). A clinic’s clinical review names the version it reviewed.',
  });

const lastReviewed = (date: string) => msg(str`Last reviewed against its sources: ${date}.`, { id: 'guide.about.last-reviewed', desc: 'Placeholder: a date.' });

/**
 * Authorship, funding, conflicts, review and update policy (IPDAS certification
 * criteria), then the sources. That the guide aims to meet the IPDAS standards
 * is said to the clinician, at the end of their summary (clinician-summary.ts).
 */
export const aboutSection: SectionBuilder = ({ locale, publisher: p }) => {
  const lines: string[] = [ABOUT_TEXT.authors.text()];
  if (p.publisher) lines.push(offeredBy(p.publisher));
  // The project's statements always; the clinic's, when it gave them, beside each.
  const clinic = p.publisher ?? PUBLISHER_TEXT.yourClinic();
  lines.push(ABOUT_TEXT.funding.text());
  if (p.funding) lines.push(PUBLISHER_TEXT.funding(clinic, p.funding));
  lines.push(ABOUT_TEXT.conflicts.text());
  if (p.conflicts) lines.push(PUBLISHER_TEXT.conflicts(clinic, p.conflicts));
  if (p.reviewer) {
    lines.push(
      p.reviewDate && isIsoDate(p.reviewDate)
        ? PUBLISHER_TEXT.reviewed(p.reviewer, formatDate(p.reviewDate, locale))
        : PUBLISHER_TEXT.reviewedUndated(p.reviewer),
    );
    if (reviewedEarlierVersion(p)) lines.push(PUBLISHER_TEXT.earlierVersion());
  } else {
    lines.push(ABOUT_TEXT['not-reviewed'].text());
  }
  // A clinician's review covers the English; a machine-drafted translation says what it is.
  if (isDraftLocale(locale)) lines.push(machineTranslationNotice());
  lines.push(lastReviewed(formatDate(LAST_REVIEWED, locale)), contentVersion(CONTENT_VERSION.fingerprint), ABOUT_TEXT.updates.text());
  return [
    { type: 'list', items: lines },
    // Filled in by guideDocument() once every section is built.
    { type: 'sources', items: [] },
  ];
};
