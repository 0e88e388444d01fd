/** The words for the answers on the first page: the diagnosis, how long symptoms have lasted, and the age group. */
import { msg } from '@lit/localize';
import type { AgeGroup, Diagnosis, Duration } from '../../questionnaire/options.js';
import { type Wording, yesNoWords } from './words.js';

export const diagnosisWords: Wording<Diagnosis> = {
  diagnosed: {
    label: () => msg('Yes, a clinician has diagnosed POTS', { id: 'diagnosis.yes', desc: 'Answer to "Has a clinician diagnosed POTS?"' }),
  },
  suspected: {
    label: () => msg('POTS is suspected, but not diagnosed yet', { id: 'diagnosis.suspected', desc: 'Answer to "Has a clinician diagnosed POTS?"' }),
  },
  'not-sure': {
    label: () => msg('Not sure', { id: 'diagnosis.not-sure', desc: 'Answer to "Has a clinician diagnosed POTS?"' }),
  },
};

export const durationWords: Wording<Duration> = {
  'under-6-months': {
    label: () => msg('Less than 6 months', { id: 'duration.under-6-months', desc: 'How long symptoms have lasted.' }),
  },
  '6-months-to-2-years': {
    label: () => msg('6 months to 2 years', { id: 'duration.6-months-to-2-years', desc: 'How long symptoms have lasted.' }),
  },
  '2-to-5-years': {
    label: () => msg('2 to 5 years', { id: 'duration.2-to-5-years', desc: 'How long symptoms have lasted.' }),
  },
  'over-5-years': {
    label: () => msg('More than 5 years', { id: 'duration.over-5-years', desc: 'How long symptoms have lasted.' }),
  },
};

export const ageGroupWords: Wording<AgeGroup> = {
  'under-18': {
    label: () => msg('Under 18', { id: 'age-group.under-18', desc: 'Answer to "How old are you?": younger than 18 years.' }),
  },
  '18-or-over': {
    label: () => msg('18 or over', { id: 'age-group.18-or-over', desc: 'Answer to "How old are you?": 18 years or older.' }),
  },
  'prefer-not': {
    ...yesNoWords['prefer-not'],
  },
};
