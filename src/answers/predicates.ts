/**
 * Named facts about answers: when a follow-up applies, which answers raise a
 * safety point. Each is stated once, as data (`Enable`) where the model needs
 * it as a FHIR `enableWhen`, and read by the model, the flow, the views, the
 * guide builder and the exports alike.
 */
import { allOf, answerIn, answerIs, atLeast, type Enable, holds } from '../questionnaire/conditions.js';
import type { Answers } from '../questionnaire/answers.js';
import { symptomId } from '../questionnaire/ids.js';
import { RATED_SEVERITY, SEVERITY, SYMPTOMS, THERAPIES, THERAPIES_EXCLUSIVE, type SymptomId, type TherapyId } from '../questionnaire/options.js';

/** Current or possible opioid use: "yes" or "not sure" both count, to stay on the safe side. */
export const POSSIBLE_OPIOID_USE: Enable = answerIn('opioid-use', ['yes', 'not-sure']);

export const TOOK_NALTREXONE_BEFORE: Enable = answerIn('naltrexone-before', ['yes']);

const TICKED = Object.fromEntries(THERAPIES.map((t) => [t, allOf(answerIs('therapies', t))])) as Record<TherapyId, Enable>;
const RATED = Object.fromEntries(SYMPTOMS.map((s) => [s, answerIn(symptomId(s), RATED_SEVERITY)])) as Record<SymptomId, Enable>;

export const treatmentTicked = (t: TherapyId): Enable => TICKED[t];

export const symptomRated = (s: SymptomId): Enable => RATED[s];

/** Which symptom bothers them most is asked only when there is a choice to make. */
export const SEVERAL_SYMPTOMS_RATED: Enable = atLeast(
  2,
  SYMPTOMS.flatMap((s) => symptomRated(s).when),
);

const PLANNED_PROCEDURE: Enable = answerIn('planned-procedure', ['yes', 'not-sure']);
const LIVER_DISEASE: Enable = answerIn('liver', ['yes', 'not-sure']);
const PREGNANT: Enable = answerIn('pregnancy', ['pregnant']);
const PLANNING_PREGNANCY: Enable = answerIn('pregnancy', ['planning-pregnancy']);
const BREASTFEEDING: Enable = answerIn('pregnancy', ['breastfeeding']);
const WITHHELD_PREGNANCY: Enable = answerIn('pregnancy', ['prefer-not']);
const IN_OPIOID_USE_DISORDER_TREATMENT: Enable = answerIn('opioid-use-disorder-treatment', ['yes']);

export const hasPossibleOpioidUse = (a: Answers): boolean => holds(POSSIBLE_OPIOID_USE, a);

export const tookNaltrexoneBefore = (a: Answers): boolean => holds(TOOK_NALTREXONE_BEFORE, a);

export const reportsPlannedProcedure = (a: Answers): boolean => holds(PLANNED_PROCEDURE, a);

export const reportsLiverDisease = (a: Answers): boolean => holds(LIVER_DISEASE, a);

export const reportsPregnancy = (a: Answers): boolean => holds(PREGNANT, a);

export const reportsPlanningPregnancy = (a: Answers): boolean => holds(PLANNING_PREGNANCY, a);

export const reportsBreastfeeding = (a: Answers): boolean => holds(BREASTFEEDING, a);

/** Pregnant, planning a pregnancy or breastfeeding: any of them is raised with the clinician. */
export const reportsPregnancyMatters = (a: Answers): boolean => reportsPregnancy(a) || reportsPlanningPregnancy(a) || reportsBreastfeeding(a);

/** The groups the POTS trial (S2) leaves out: pregnant or breastfeeding, not planning. */
export const reportsPregnancyOrBreastfeeding = (a: Answers): boolean => reportsPregnancy(a) || reportsBreastfeeding(a);

/** Only counts while the question applies, that is with possible opioid use. */
export const reportsOpioidUseDisorderTreatment = (a: Answers): boolean => hasPossibleOpioidUse(a) && holds(IN_OPIOID_USE_DISORDER_TREATMENT, a);

/** A safety question answered "prefer not to say": the guide cannot rule that risk out. */
export const withholdsSafetyAnswer = (a: Answers): boolean =>
  a.liver === 'prefer-not' || holds(WITHHELD_PREGNANCY, a) || (hasPossibleOpioidUse(a) && a['opioid-use-disorder-treatment'] === 'prefer-not');

/** Ticked treatments in the order the page lists them, whatever order they were ticked in. */
export const tickedTherapies = (a: Answers): TherapyId[] => THERAPIES.filter((t) => holds(treatmentTicked(t), a));

export const triedNothing = (a: Answers): boolean => THERAPIES_EXCLUSIVE.some((x) => a.therapies?.includes(x));

/** Symptoms rated mild or worse, most severe first (ties keep the question order). */
export function ratedSymptoms(a: Answers): SymptomId[] {
  const rank = (s: SymptomId) => SEVERITY.indexOf(a[symptomId(s)] ?? 'none');
  return SYMPTOMS.filter((s) => holds(symptomRated(s), a)).sort((x, y) => rank(y) - rank(x));
}

/** The symptom that bothers them most: their choice, or the only one they rated. */
export function mainSymptom(a: Answers): SymptomId | undefined {
  const rated = ratedSymptoms(a);
  if (rated.length === 1) return rated[0];
  const worst = a['worst-symptom'];
  return worst && rated.includes(worst) ? worst : undefined;
}

/** Anything answered at all, follow-ups and readiness questions included. */
export const hasAnyAnswer = (a: Answers): boolean => Object.keys(a).length > 0;
