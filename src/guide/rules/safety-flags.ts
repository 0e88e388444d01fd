/**
 * The personal safety flags, in the order the guide raises them. Withdrawal
 * comes first whenever opioid use is possible: it is the one danger that is
 * sudden and severe (tests hold this for every combination of answers).
 */
import {
  hasPossibleOpioidUse,
  reportsBreastfeeding,
  reportsLiverDisease,
  reportsOpioidUseDisorderTreatment,
  reportsPlannedProcedure,
  reportsPlanningPregnancy,
  reportsPregnancy,
} from '../../questionnaire/predicates.js';
import { idsOf, rule } from './rule.js';

export const SAFETY_FLAG_RULES = [
  rule('opioid-withdrawal', hasPossibleOpioidUse),
  rule('opioid-use-disorder-treatment', reportsOpioidUseDisorderTreatment),
  rule('planned-procedure', reportsPlannedProcedure),
  rule('liver', reportsLiverDisease),
  rule('pregnant', reportsPregnancy),
  rule('planning-pregnancy', reportsPlanningPregnancy),
  rule('breastfeeding', reportsBreastfeeding),
] as const;

export type SafetyFlagId = (typeof SAFETY_FLAG_RULES)[number]['id'];

export const SAFETY_FLAGS = idsOf<SafetyFlagId>(SAFETY_FLAG_RULES);
