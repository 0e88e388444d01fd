/** The words for the answers on the first page: the diagnosis, how long symptoms have lasted, and the age group. */
import { msg } from '@lit/localize';
import type { AgeGroup, Diagnosis, Duration } from '../../questionnaire/options.js';
import { type Wording, yesNoWords } from './words.js';

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

export const ageGroupWords: Wording<AgeGroup> = {
  'under-18': {
    label: () => msg('Under 18', { id: 'age-group.under-18', desc: 'Answer to "How old are you?": younger than 18 years.' }),
    compact: () => msg('Age under 18', { id: 'compact.age-group.under-18', desc: 'QR summary, keep short: the patient is younger than 18.' }),
  },
  '18-or-over': {
    label: () => msg('18 or over', { id: 'age-group.18-or-over', desc: 'Answer to "How old are you?": 18 years or older.' }),
    compact: () => msg('Age 18+', { id: 'compact.age-group.18-or-over', desc: 'QR summary, keep short: the patient is 18 or older.' }),
  },
  'prefer-not': {
    ...yesNoWords['prefer-not'],
    compact: () => msg('Age not given', { id: 'compact.age-group.prefer-not', desc: 'QR summary, keep short: the patient preferred not to give their age.' }),
  },
};
