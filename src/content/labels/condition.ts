/** The words for the answers about the condition: the diagnosis and how long symptoms have lasted. */
import { msg } from '@lit/localize';
import type { Diagnosis, Duration } from '../../questionnaire/options.js';
import type { Wording } from './words.js';

export const diagnosisWords: Wording<Diagnosis> = {
  diagnosed: {
    label: () => msg('Yes, a clinician has diagnosed POTS', { id: 'diagnosis.yes', desc: 'Answer to "Has a clinician diagnosed POTS?"' }),
    compact: () => msg('Diagnosed', { id: 'compact.diagnosis.diagnosed', desc: 'QR summary, keep short: POTS diagnosed by a clinician.' }),
  },
  suspected: {
    label: () => msg('POTS is suspected, but not diagnosed yet', { id: 'diagnosis.suspected', desc: 'Answer to "Has a clinician diagnosed POTS?"' }),
    compact: () => msg('Suspected, not diagnosed', { id: 'compact.diagnosis.suspected', desc: 'QR summary, keep short: POTS suspected.' }),
  },
  'not-sure': {
    label: () => msg('Not sure', { id: 'diagnosis.not-sure', desc: 'Answer to "Has a clinician diagnosed POTS?"' }),
    compact: () =>
      msg('Patient not sure', { id: 'compact.diagnosis.not-sure', desc: 'QR summary, keep short: The patient does not know whether POTS was diagnosed.' }),
  },
};

export const durationWords: Wording<Duration> = {
  'under-6-months': {
    label: () => msg('Less than 6 months', { id: 'duration.under-6-months', desc: 'How long symptoms have lasted.' }),
    compact: () => msg('for under 6 months', { id: 'compact.duration.under-6-months', desc: 'QR summary, keep short: How long symptoms have lasted.' }),
  },
  '6-months-to-2-years': {
    label: () => msg('6 months to 2 years', { id: 'duration.6-months-to-2-years', desc: 'How long symptoms have lasted.' }),
    compact: () =>
      msg('for 6 months to 2 years', { id: 'compact.duration.6-months-to-2-years', desc: 'QR summary, keep short: How long symptoms have lasted.' }),
  },
  '2-to-5-years': {
    label: () => msg('2 to 5 years', { id: 'duration.2-to-5-years', desc: 'How long symptoms have lasted.' }),
    compact: () => msg('for 2 to 5 years', { id: 'compact.duration.2-to-5-years', desc: 'QR summary, keep short: How long symptoms have lasted.' }),
  },
  'over-5-years': {
    label: () => msg('More than 5 years', { id: 'duration.over-5-years', desc: 'How long symptoms have lasted.' }),
    compact: () => msg('for over 5 years', { id: 'compact.duration.over-5-years', desc: 'QR summary, keep short: How long symptoms have lasted.' }),
  },
};
