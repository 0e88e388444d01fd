/**
 * Ids of the questions asked once per treatment, symptom, value or SURE item.
 * One place for each pattern, shared by the model, the rules and the wording.
 */
import type { SureItem, SymptomId, TherapyId, ValueId } from './options.js';

export const therapyGroupId = <T extends TherapyId>(t: T) => `therapy-${t}` as const;
export const therapyStatusId = <T extends TherapyId>(t: T) => `therapy-status-${t}` as const;
export const therapyOutcomeId = <T extends TherapyId>(t: T) => `therapy-outcome-${t}` as const;
export const symptomId = <S extends SymptomId>(s: S) => `symptom-${s}` as const;
export const valueId = <V extends ValueId>(v: V) => `value-${v}` as const;
export const sureId = <I extends SureItem>(i: I) => `sure-${i}` as const;
