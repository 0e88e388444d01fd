import { msg, str } from '@lit/localize';
import type { SourcedText } from './sources.js';

/** The date the clinical content was last checked against its sources (clinical-facts.md). */
export const LAST_REVIEWED = '2026-11-30';

export const ABOUT_TEXT: Record<'standards' | 'authors' | 'funding' | 'not-reviewed' | 'updates' | 'disclaimer', SourcedText> = {
  disclaimer: {
    sources: [],
    text: () =>
      msg(
        'This guide is not medical advice. It does not diagnose or recommend treatment. Talk with your clinician before you start, stop or change any medicine.',
        {
          id: 'about.disclaimer',
          desc: 'Disclaimer shown in every guide.',
        },
      ),
  },
  standards: {
    sources: ['S14'],
    text: () =>
      msg('It follows the International Patient Decision Aid Standards (IPDAS).', {
        id: 'about.standards',
        desc: 'About this guide.',
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
  funding: {
    sources: [],
    text: () =>
      msg(
        'Funding and conflicts of interest: the project has not yet published a statement. The guide recommends no brand, pharmacy or seller, and has no advertising.',
        {
          id: 'about.funding',
          desc: 'About this guide: the project’s own funding and conflicts of interest statement. Keep it true: change it only when the project publishes one.',
        },
      ),
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
      msg('Updates: the LDN decision aid project checks it against its sources every year, and when important research comes out.', {
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
  yourClinic: () => msg('your clinic', { id: 'about.your-clinic', desc: 'Stands in for the clinic name when the clinic did not give one.' }),
};
