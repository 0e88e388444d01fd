import type { SourcedText } from './sources.js';
import { msg } from '@lit/localize';
import type { Diagnosis } from '../questionnaire/options.js';
import type { SymptomPattern } from '../guide/types.js';

export const DIAGNOSIS_TEXT: Record<Diagnosis, () => string> = {
  diagnosed: () => msg('A clinician has diagnosed your POTS.', { id: 'situation.diagnosis.yes', desc: 'Guide: diagnosis status.' }),
  suspected: () =>
    msg('POTS is suspected, but it has not been diagnosed yet. You may want to ask your clinician about a diagnosis first.', {
      id: 'situation.diagnosis.suspected',
      desc: 'Guide: diagnosis status.',
    }),
  'not-sure': () =>
    msg('You are not sure whether a clinician has diagnosed POTS. You may want to ask about that first.', {
      id: 'situation.diagnosis.not-sure',
      desc: 'Guide: diagnosis status.',
    }),
};

/**
 * Said only when the symptoms that bother the patient most are ones LDN is not
 * mainly aimed at (S0): the chart already shows the ratings, and the options
 * table says what LDN is aimed at.
 */
export const PATTERN_TEXT: Partial<Record<SymptomPattern, SourcedText>> = {
  'conventional-targets': {
    sources: ['S0'],
    text: () =>
      msg('A racing heart or light-headedness bothers you more than fatigue, pain or brain fog. LDN is not mainly aimed at these.', {
        id: 'situation.pattern.conventional-targets',
        desc: 'Guide: symptom pattern.',
      }),
  },
};
