import type { SourcedText } from './sources.js';
import { msg } from '@lit/localize';

/** The date the clinical content was last checked against its sources (clinical-facts.md). */
export const LAST_REVIEWED = '2026-11-24';

export const ABOUT_TEXT: Record<'standards' | 'funding' | 'updates' | 'disclaimer', SourcedText> = {
  standards: {
    sources: ['S14'],
    text: () =>
      msg(
        'This guide was written using the International Patient Decision Aid Standards (IPDAS). It describes each option, gives benefits and harms in equal detail, and lists its sources.',
        {
          id: 'about.standards',
          desc: 'About this guide.',
        },
      ),
  },
  funding: {
    sources: [],
    text: () =>
      msg(
        'Funding and conflicts of interest: this guide carries no advertising and does not promote any product. Ask your clinic whether it has a financial interest in any treatment named here.',
        {
          id: 'about.funding',
          desc: 'About this guide: funding statement.',
        },
      ),
  },
  updates: {
    sources: [],
    text: () =>
      msg('Updates: we review this guide at least once a year, and sooner when important research is published, such as the results of the POTS trial.', {
        id: 'about.updates',
        desc: 'About this guide: update policy.',
      }),
  },
  disclaimer: {
    sources: [],
    text: () =>
      msg(
        'This guide is information for a conversation with your clinician. It is not medical advice. It does not diagnose any condition or recommend any treatment. Talk with your clinician before you start, stop or change any medicine.',
        { id: 'about.disclaimer', desc: 'Disclaimer shown in every guide.' },
      ),
  },
};
