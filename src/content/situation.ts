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

/** Which symptoms LDN and standard treatments are aimed at, per the source article's table (S0). */
export const PATTERN_TEXT: Record<SymptomPattern, SourcedText> = {
  'ldn-targets': {
    sources: ['S0'],
    text: () =>
      msg('Fatigue, pain or brain fog bother you more than a racing heart or light-headedness.', {
        id: 'situation.pattern.ldn-targets',
        desc: 'Guide: symptom pattern.',
      }),
  },
  'conventional-targets': {
    sources: ['S0'],
    text: () =>
      msg('A racing heart or light-headedness bothers you more than fatigue, pain or brain fog. LDN is not aimed at these.', {
        id: 'situation.pattern.conventional-targets',
        desc: 'Guide: symptom pattern.',
      }),
  },
  both: {
    sources: ['S0'],
    text: () =>
      msg('Fatigue, pain or brain fog bother you about as much as a racing heart or light-headedness.', {
        id: 'situation.pattern.both',
        desc: 'Guide: symptom pattern.',
      }),
  },
  none: {
    sources: [],
    text: () =>
      msg('You did not rate fatigue, pain, brain fog, a racing heart or light-headedness as a problem in the last two weeks.', {
        id: 'situation.pattern.none',
        desc: 'Guide: symptom pattern.',
      }),
  },
};
