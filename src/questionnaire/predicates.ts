/**
 * Named facts about answers, as predicates: each asks one of the named
 * conditions (named-conditions.ts) of a set of answers, so the flow, the
 * views, the guide builder and the exports all ask the same question the same way.
 * They ask it as the views do (`holdsNow`): an answer to a question that does
 * not apply counts for nothing.
 */
import type { Answers } from './answers.js';
import { holdsNow as holds } from './structure.js';
import { symptomId } from './ids.js';
import {
  BREASTFEEDING,
  CURRENT_TREATMENTS_SAID,
  IN_OPIOID_USE_DISORDER_TREATMENT,
  LIVER_DISEASE,
  MAY_BE_OUD_TREATMENT,
  PLANNED_PROCEDURE,
  PLANNING_PREGNANCY,
  POSSIBLE_OPIOID_USE,
  PREGNANT,
  stillUsed,
  symptomRated,
  TOOK_NALTREXONE_BEFORE,
  treatmentTicked,
  valueOffered,
} from './named-conditions.js';
import {
  CONDITIONS,
  CONVENTIONAL_TARGET_SYMPTOMS,
  LDN_TARGET_SYMPTOMS,
  MAX_MAIN_SYMPTOMS,
  SEVERITY,
  SYMPTOMS,
  THERAPIES,
  THERAPIES_EXCLUSIVE,
  VALUES,
  type ConditionId,
  type SymptomId,
  type TherapyId,
  type TherapyStatus,
  type ValueId,
} from './options.js';

export const hasPossibleOpioidUse = (a: Answers): boolean => holds(POSSIBLE_OPIOID_USE, a);

/** Under 18: naltrexone's safe use is not established (S3) and the trial takes adults (S2). */
export const reportsUnder18 = (a: Answers): boolean => a['age-group'] === 'under-18';

/** "Not sure" whether they take an opioid: possible use, and they may not know which of their medicines are opioids. */
export const unsureOfOpioidUse = (a: Answers): boolean => a['opioid-use'] === 'not-sure';

export const tookNaltrexoneBefore = (a: Answers): boolean => holds(TOOK_NALTREXONE_BEFORE, a);

/** Answered "No" to having taken naltrexone or LDN before ("not sure" and no answer leave it open). */
export const neverTookNaltrexone = (a: Answers): boolean => a['naltrexone-before'] === 'no';

export const reportsPlannedProcedure = (a: Answers): boolean => holds(PLANNED_PROCEDURE, a);

export const reportsLiverDisease = (a: Answers): boolean => holds(LIVER_DISEASE, a);

export const reportsPregnancy = (a: Answers): boolean => holds(PREGNANT, a);

export const reportsPlanningPregnancy = (a: Answers): boolean => holds(PLANNING_PREGNANCY, a);

export const reportsBreastfeeding = (a: Answers): boolean => holds(BREASTFEEDING, a);

/** The groups the POTS trial (S2) leaves out: pregnant or breastfeeding, not planning. */
export const reportsPregnancyOrBreastfeeding = (a: Answers): boolean => reportsPregnancy(a) || reportsBreastfeeding(a);

/** Asked about treatment for opioid use disorder: possible opioid use, with a medicine that treatment uses or one not named. */
export const asksAboutOpioidUseDisorder = (a: Answers): boolean => holds(MAY_BE_OUD_TREATMENT, a);

/** Only counts while the question applies: possible opioid use, with a medicine that treatment uses or one not named. */
export const reportsOpioidUseDisorderTreatment = (a: Answers): boolean => holds(IN_OPIOID_USE_DISORDER_TREATMENT, a);

/** Still used or stopped, once they have said which they still use (a treatment not ticked there is stopped). */
export function therapyStatus(a: Answers, t: TherapyId): TherapyStatus | undefined {
  if (holds(stillUsed(t), a)) return 'current';
  return holds(CURRENT_TREATMENTS_SAID, a) ? 'stopped' : undefined;
}

/** Ticked treatments in the order the page lists them, whatever order they were ticked in. */
export const tickedTherapies = (a: Answers): TherapyId[] => THERAPIES.filter((t) => holds(treatmentTicked(t), a));

// Stryker disable next-line MethodExpression: there is one exclusive answer ("None of these"), so some() and every() agree
export const triedNothing = (a: Answers): boolean => THERAPIES_EXCLUSIVE.some((x) => a.therapies?.includes(x));

/** Related conditions ticked, without the "none of these" and "prefer not to say" answers. */
export const reportedConditions = (a: Answers): ConditionId[] => CONDITIONS.filter((c) => a.conditions?.includes(c));

/** Symptoms rated mild or worse, most severe first (ties keep the question order). */
export function ratedSymptoms(a: Answers): SymptomId[] {
  // Stryker disable next-line StringLiteral: only rated symptoms are ranked, so the fallback is never used
  const rank = (s: SymptomId) => SEVERITY.indexOf(a[symptomId(s)] ?? 'none');
  return SYMPTOMS.filter((s) => holds(symptomRated(s), a)).sort((x, y) => rank(y) - rank(x));
}

/** The one or two symptoms that bother them most: their choice, or those they rated when they rated no more than two. */
export function mainSymptoms(a: Answers): SymptomId[] {
  const rated = ratedSymptoms(a);
  if (rated.length <= MAX_MAIN_SYMPTOMS) return rated;
  return rated.filter((s) => a['worst-symptom']?.includes(s)).slice(0, MAX_MAIN_SYMPTOMS);
}

/** Which kind of symptom weighs more: those LDN is thought to target, those conventional treatments target, both alike, or neither rated. */
export type SymptomPattern = 'ldn-targets' | 'conventional-targets' | 'both' | 'none';

/**
 * Which kind of symptom weighs more: those LDN is thought to target (fatigue,
 * pain, brain fog) or those conventional treatments target (heart rate,
 * light-headedness), per the source article's comparison table (S0).
 */
export function symptomPattern(a: Answers): SymptomPattern {
  // Stryker disable next-line StringLiteral: Math.max(0, …) counts an unrated symptom as 0 whatever the fallback is
  const worst = (ids: readonly SymptomId[]) => Math.max(0, ...ids.map((id) => SEVERITY.indexOf(a[symptomId(id)] ?? 'none')));
  const ldn = worst(LDN_TARGET_SYMPTOMS);
  const conventional = worst(CONVENTIONAL_TARGET_SYMPTOMS);
  if (ldn === 0 && conventional === 0) return 'none';
  if (ldn === conventional) return 'both';
  // Stryker disable next-line EqualityOperator: equal weights were answered just above ('both')
  return ldn > conventional ? 'ldn-targets' : 'conventional-targets';
}

/** Anything answered at all, follow-ups and readiness questions included. */
export const hasAnyAnswer = (a: Answers): boolean => Object.keys(a).length > 0;

/** The values the patient ticked as mattering a lot, in list order (offered ones only, as the page shows them). */
export const valuesThatMatterALot = (a: Answers): ValueId[] => VALUES.filter((v) => a['values-a-lot']?.includes(v) && holds(valueOffered(v), a));

export const mattersALot = (a: Answers, v: ValueId): boolean => valuesThatMatterALot(a).includes(v);
