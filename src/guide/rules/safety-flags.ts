/**
 * The personal safety flags, in the order the guide raises them. Withdrawal
 * comes first whenever opioid use is possible: it is the one danger that is
 * sudden and severe (tests hold this for every combination of answers).
 */
import type { Answers } from '../../questionnaire/answers.js';
import { WITHHELD_OPIOID_USE_DISORDER_TREATMENT, WITHHELD_PREGNANCY } from '../../questionnaire/named-conditions.js';
import type { TherapyId } from '../../questionnaire/options.js';
import {
  hasPossibleOpioidUse,
  reportsBreastfeeding,
  reportsLiverDisease,
  reportsOpioidUseDisorderTreatment,
  reportsPlannedProcedure,
  reportsPlanningPregnancy,
  reportsPregnancy,
  reportsUnder18,
  therapyStatus,
} from '../../questionnaire/predicates.js';
import { holdsNow } from '../../questionnaire/structure.js';
import { idsOf, rule } from './rule.js';

/** "Prefer not to say" about opioid use disorder treatment, which counts only while the question applies. */
export const withholdsTreatmentAnswer = (a: Answers): boolean => holdsNow(WITHHELD_OPIOID_USE_DISORDER_TREATMENT, a);

/**
 * In treatment for opioid use disorder, or would not say while taking
 * opioids. For them, coming off opioids is never presented as the way to LDN:
 * the naltrexone label rules it out during that treatment (S3), and stopping
 * the treatment raises the risk of overdose (S16).
 */
export const mayBeInOpioidUseDisorderTreatment = (a: Answers): boolean => reportsOpioidUseDisorderTreatment(a) || withholdsTreatmentAnswer(a);

/** Opioid use is possible and an opioid-free period before LDN is the step to talk about (S3): not for anyone who may be in treatment for opioid use disorder. */
export const opioidFreePeriodApplies = (a: Answers): boolean => hasPossibleOpioidUse(a) && !mayBeInOpioidUseDisorderTreatment(a);

/** A treatment ticked and still used (ticked in "Which of these do you still take or do?"). */
export const takesNow = (a: Answers, therapy: TherapyId): boolean => therapyStatus(a, therapy) === 'current';

/** Pregnant or planning a pregnancy: current medicines are reviewed with the clinician (S17). */
export const pregnantOrPlanning = (a: Answers): boolean => reportsPregnancy(a) || reportsPlanningPregnancy(a);

export const SAFETY_FLAG_RULES = [
  rule('opioid-withdrawal', hasPossibleOpioidUse),
  rule('opioid-use-disorder-treatment', reportsOpioidUseDisorderTreatment),
  // Naltrexone's safe use under 18 is not established (S3), the trial takes adults (S2), and POTS is diagnosed differently at 12–19 (S5, S7).
  rule('under-18', reportsUnder18),
  rule('planned-procedure', reportsPlannedProcedure),
  rule('liver', reportsLiverDisease),
  // Ivabradine's label warns of harm to an unborn baby (S17): a medicine taken now, so before the points about starting LDN.
  rule('ivabradine-pregnancy', (a) => pregnantOrPlanning(a) && takesNow(a, 'ivabradine')),
  rule('pregnant', reportsPregnancy),
  rule('planning-pregnancy', reportsPlanningPregnancy),
  rule('breastfeeding', reportsBreastfeeding),
] as const;

export type SafetyFlagId = (typeof SAFETY_FLAG_RULES)[number]['id'];

/**
 * The safety questions answered "prefer not to say", in the order of the
 * flags they could have raised: the guide cannot rule those risks out, and
 * the clinician is told which they were.
 */
export const WITHHELD_RULES = [
  rule('opioid-use-disorder-treatment', withholdsTreatmentAnswer),
  rule('age-group', (a) => a['age-group'] === 'prefer-not'),
  rule('liver', (a) => a.liver === 'prefer-not'),
  rule('pregnancy', (a) => holdsNow(WITHHELD_PREGNANCY, a)),
] as const;

export type WithheldAnswerId = (typeof WITHHELD_RULES)[number]['id'];

export const SAFETY_FLAGS = idsOf<SafetyFlagId>(SAFETY_FLAG_RULES);
