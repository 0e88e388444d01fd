import { SYMPTOMS, VALUES } from '../answers/options.js';
import { asksNaltrexoneOutcome, asksOpioidFollowUps, asksWorstSymptom, mainSymptom, tickedTherapies } from '../answers/predicates.js';
import type { Answers } from '../answers/types.js';
import { type FieldId, symptomField, therapyOutcomeField, therapyStatusField, valueField } from './fields.js';
import type { QuestionStep } from './steps.js';

/**
 * The questions on a step that still need an answer, in page order.
 * Every listed field is required unless it is marked optional in the view.
 */
export function missingFields(step: QuestionStep, a: Answers): FieldId[] {
  const missing: FieldId[] = [];
  const need = (field: FieldId, answered: unknown) => {
    if (answered === undefined || answered === false) missing.push(field);
  };

  switch (step) {
    case 'condition':
      need('diagnosis', a.diagnosis);
      break;
    case 'therapies':
      need('therapies', a.noTherapies || a.therapies.length > 0 || undefined);
      for (const id of tickedTherapies(a)) {
        need(therapyStatusField(id), a.therapyDetails[id]?.status);
        need(therapyOutcomeField(id), a.therapyDetails[id]?.outcome);
      }
      break;
    case 'opioids':
      need('opioid-use', a.opioidUse);
      if (asksOpioidFollowUps(a)) {
        need('opioid-kinds', a.opioidKinds.length > 0 || undefined);
        need('opioid-pattern', a.opioidPattern);
        need('opioid-use-disorder-treatment', a.opioidUseDisorderTreatment);
      }
      need('planned-procedure', a.plannedProcedure);
      break;
    case 'health':
      need('liver', a.liver);
      need('pregnancy', a.pregnancy);
      need('naltrexone-before', a.naltrexoneBefore);
      if (asksNaltrexoneOutcome(a)) need('naltrexone-outcome', a.naltrexoneOutcome);
      need('conditions', a.conditionsExclusive ?? (a.conditions.length > 0 || undefined));
      break;
    case 'symptoms':
      for (const id of SYMPTOMS) need(symptomField(id), a.symptoms[id]);
      if (asksWorstSymptom(a)) need('worst-symptom', mainSymptom(a));
      break;
    case 'values':
      for (const id of VALUES) need(valueField(id), a.values[id]);
      break;
  }
  return missing;
}

export const isStepComplete = (step: QuestionStep, a: Answers): boolean => missingFields(step, a).length === 0;
