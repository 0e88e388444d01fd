/**
 * Field ids name each question on a page. They double as DOM ids in the view
 * (error summary links, focus targets), so they stay lower-case and hyphenated.
 */
import type { SymptomId, TherapyId, ValueId } from '../answers/options.js';

export type FieldId =
  | 'diagnosis'
  | 'duration'
  | 'therapies'
  | `therapy-status-${TherapyId}`
  | `therapy-outcome-${TherapyId}`
  | 'opioid-use'
  | 'opioid-kinds'
  | 'opioid-pattern'
  | 'opioid-use-disorder-treatment'
  | 'planned-procedure'
  | 'liver'
  | 'pregnancy'
  | 'naltrexone-before'
  | 'naltrexone-outcome'
  | 'conditions'
  | `symptom-${SymptomId}`
  | 'worst-symptom'
  | `value-${ValueId}`;

export const therapyStatusField = (id: TherapyId): FieldId => `therapy-status-${id}`;
export const therapyOutcomeField = (id: TherapyId): FieldId => `therapy-outcome-${id}`;
export const symptomField = (id: SymptomId): FieldId => `symptom-${id}`;
export const valueField = (id: ValueId): FieldId => `value-${id}`;
