/**
 * Ids of the questions asked once per treatment, symptom or SURE item.
 * One place for each pattern, shared by the model, the rules and the wording.
 * Made once into tables: the guide builder looks answers up by them thousands
 * of times in the exhaustive tests, and reusing one string per id keeps that fast.
 */
import { SURE_ITEMS, type SureItem, SYMPTOMS, type SymptomId, THERAPIES, type TherapyId } from './options.js';

function table<const T extends string, const P extends string>(ids: readonly T[], prefix: P): Record<T, `${P}${T}`> {
  return Object.fromEntries(ids.map((id) => [id, `${prefix}${id}`])) as Record<T, `${P}${T}`>;
}

const THERAPY_GROUP = table(THERAPIES, 'therapy-');
const THERAPY_HELPS = table(THERAPIES, 'therapy-helps-');
const THERAPY_SIDE_EFFECTS = table(THERAPIES, 'therapy-side-effects-');
const SYMPTOM = table(SYMPTOMS, 'symptom-');
const SURE = table(SURE_ITEMS, 'sure-');

export const therapyGroupId = <T extends TherapyId>(t: T) => THERAPY_GROUP[t] as `therapy-${T}`;
export const therapyHelpsId = <T extends TherapyId>(t: T) => THERAPY_HELPS[t] as `therapy-helps-${T}`;
export const therapySideEffectsId = <T extends TherapyId>(t: T) => THERAPY_SIDE_EFFECTS[t] as `therapy-side-effects-${T}`;
export const symptomId = <S extends SymptomId>(s: S) => SYMPTOM[s] as `symptom-${S}`;
export const sureId = <I extends SureItem>(i: I) => SURE[i] as `sure-${I}`;
