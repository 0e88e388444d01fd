/**
 * The evidence points, in the order the guide gives them: what is known about
 * LDN in POTS for everyone, then what the trial leaves out that concerns this
 * patient, then the related conditions they reported that have sourced
 * evidence (clinical-facts.md, S8–S11), then a note on those that have none.
 */
import type { Answers } from '../../questionnaire/answers.js';
import type { ConditionId } from '../../questionnaire/options.js';
import { hasPossibleOpioidUse, reportedConditions, reportsPregnancyOrBreastfeeding } from '../../questionnaire/predicates.js';
import { idsOf, rule } from './rule.js';

const always = () => true;

const reports = (c: ConditionId) => (a: Answers) => reportedConditions(a).includes(c);

/** Related conditions with sourced evidence, each an evidence point of its own. */
const CONDITION_RULES = [rule('fibromyalgia', reports('fibromyalgia')), rule('long-covid', reports('long-covid'))] as const;

const COVERED: ReadonlySet<string> = new Set(idsOf(CONDITION_RULES));

/** Related conditions the patient reported that the evidence points have nothing on. */
export const conditionsWithoutEvidence = (a: Answers): ConditionId[] => reportedConditions(a).filter((c) => !COVERED.has(c));

export const EVIDENCE_RULES = [
  rule('case-series', always),
  rule('trial', always),
  rule('trials-exclude-opioids', hasPossibleOpioidUse),
  rule('trial-excludes-pregnancy', reportsPregnancyOrBreastfeeding),
  ...CONDITION_RULES,
  rule('other-conditions-not-covered', (a) => conditionsWithoutEvidence(a).length > 0),
] as const;

export type EvidencePointId = (typeof EVIDENCE_RULES)[number]['id'];

export const EVIDENCE_POINTS = idsOf<EvidencePointId>(EVIDENCE_RULES);
