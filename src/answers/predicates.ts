/**
 * Small named facts about answers, shared by the flow's guards, validation,
 * pruning and the guide builder so that "when does this apply" lives in one place.
 */
import { SEVERITY, SYMPTOMS, THERAPIES, type SymptomId, type TherapyId } from './options.js';
import { type Answers, emptyAnswers } from './types.js';

/** Current or possible opioid use: "yes" or "not sure" both count, to stay on the safe side. */
export const hasPossibleOpioidUse = (a: Answers): boolean =>
  a.opioidUse === 'yes' || a.opioidUse === 'not-sure';

export const asksOpioidFollowUps = hasPossibleOpioidUse;

export const asksNaltrexoneOutcome = (a: Answers): boolean => a.naltrexoneBefore === 'yes';

/** Ticked therapies in the order the page lists them, whatever order they were ticked in. */
export const tickedTherapies = (a: Answers): TherapyId[] =>
  a.noTherapies ? [] : THERAPIES.filter((id) => a.therapies.includes(id));

/** Symptoms rated mild or worse, most severe first (ties keep the question order). */
export function ratedSymptoms(a: Answers): SymptomId[] {
  const rank = (id: SymptomId) => SEVERITY.indexOf(a.symptoms[id] ?? 'none');
  return SYMPTOMS.filter((id) => rank(id) > 0).sort((x, y) => rank(y) - rank(x));
}

/** Which symptom bothers them most is asked only when there is a choice to make. */
export const asksWorstSymptom = (a: Answers): boolean => ratedSymptoms(a).length >= 2;

/** The symptom that bothers them most: their choice, or the only one they rated. */
export function mainSymptom(a: Answers): SymptomId | undefined {
  const rated = ratedSymptoms(a);
  if (rated.length === 1) return rated[0];
  return a.worstSymptom && rated.includes(a.worstSymptom) ? a.worstSymptom : undefined;
}

export const reportsPlannedProcedure = (a: Answers): boolean => a.plannedProcedure === 'yes' || a.plannedProcedure === 'not-sure';

export const reportsLiverDisease = (a: Answers): boolean => a.liver === 'yes' || a.liver === 'not-sure';

export const reportsPregnancyOrBreastfeeding = (a: Answers): boolean => a.pregnancy === 'yes';

/** A safety question answered "prefer not to say": the guide cannot rule that risk out. */
export const withholdsSafetyAnswer = (a: Answers): boolean =>
  a.liver === 'prefer-not' || a.pregnancy === 'prefer-not' || (hasPossibleOpioidUse(a) && a.opioidUseDisorderTreatment === 'prefer-not');

export const reportsOpioidUseDisorderTreatment = (a: Answers): boolean =>
  hasPossibleOpioidUse(a) && a.opioidUseDisorderTreatment === 'yes';

/** Anything answered at all, follow-ups and readiness questions included. */
export const hasAnyAnswer = (a: Answers): boolean => JSON.stringify(a) !== JSON.stringify(emptyAnswers());
