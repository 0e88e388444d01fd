/** The words for the symptoms and how much each bothers. */
import { msg } from '@lit/localize';
import type { NO_SYMPTOMS, Severity, SymptomId } from '../../questionnaire/options.js';
import type { Wording } from './words.js';

/** `short`: the name in summaries, where the question's fuller wording is not needed. */
export const symptomWords: Wording<SymptomId> = {
  'racing-heart': {
    label: () => msg('Racing heart when standing up', { id: 'symptom.racing-heart', desc: 'A POTS symptom.' }),
    short: () => msg('Racing heart on standing', { id: 'symptom-short.racing-heart', desc: 'Short symptom name for summaries.' }),
  },
  'light-headedness': {
    label: () => msg('Feeling light-headed or close to fainting', { id: 'symptom.light-headedness', desc: 'A POTS symptom.' }),
    short: () => msg('Light-headedness', { id: 'symptom-short.light-headedness', desc: 'Short symptom name for summaries.' }),
  },
  fatigue: {
    label: () => msg('Tiredness that does not go away with rest (fatigue)', { id: 'symptom.fatigue', desc: 'A POTS symptom.' }),
    short: () => msg('Fatigue', { id: 'symptom-short.fatigue', desc: 'Short symptom name for summaries.' }),
  },
  'brain-fog': {
    label: () => msg('Trouble thinking clearly (brain fog)', { id: 'symptom.brain-fog', desc: 'A POTS symptom.' }),
    short: () => msg('Brain fog', { id: 'symptom-short.brain-fog', desc: 'Short symptom name for summaries.' }),
  },
  pain: { label: () => msg('Pain', { id: 'symptom.pain', desc: 'A POTS symptom.' }) },
  headaches: { label: () => msg('Headaches', { id: 'symptom.headaches', desc: 'A POTS symptom.' }) },
  sleep: { label: () => msg('Sleep problems', { id: 'symptom.sleep', desc: 'A POTS symptom.' }) },
  'stomach-bowel': { label: () => msg('Stomach or bowel problems', { id: 'symptom.stomach-bowel', desc: 'A POTS symptom.' }) },
  'exercise-intolerance': {
    label: () => msg('Feeling much worse after physical activity', { id: 'symptom.exercise-intolerance', desc: 'A POTS symptom: exercise intolerance.' }),
    short: () => msg('Exercise intolerance', { id: 'symptom-short.exercise-intolerance', desc: 'Short symptom name for summaries.' }),
  },
};

export const severityWords: Wording<Severity> = {
  none: { label: () => msg('None', { id: 'severity.none', desc: 'Symptom severity.' }) },
  mild: {
    label: () => msg('Mild', { id: 'severity.mild', desc: 'Symptom severity.' }),
  },
  moderate: {
    label: () => msg('Moderate', { id: 'severity.moderate', desc: 'Symptom severity.' }),
  },
  severe: {
    label: () => msg('Severe', { id: 'severity.severe', desc: 'Symptom severity.' }),
  },
};

/** The code of "None of these bother me"; the box itself is worded by its question. */
export const noSymptomsWords: Wording<(typeof NO_SYMPTOMS)[number]> = {
  'no-symptoms': {
    label: () => msg('None of these bother me', { id: 'symptoms.none', desc: 'Ticked when none of the listed symptoms bothers the patient.' }),
  },
};
