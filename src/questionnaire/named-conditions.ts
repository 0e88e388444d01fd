/**
 * Named conditions on answers, as data in the model's `enableWhen` shape: when
 * a follow-up applies, and which answers raise a safety point. Each is stated
 * once; the model reads them as FHIR `enableWhen` (model.ts), and everything
 * else asks them through the predicates built on them (predicates.ts).
 * Nothing here knows the answers' type, which is derived from the model: so
 * the model can read these without an import circle.
 */
import { allOf, answerIn, answerIs, anyOf, atLeast, type Enable, unanswered } from './conditions.js';
import { symptomId } from './ids.js';
import { OUD_TREATMENT_KINDS, RATED_SEVERITY, SYMPTOMS, THERAPIES, type SymptomId, type TherapyId, type ValueId } from './options.js';

/** Current or possible opioid use: "yes" or "not sure" both count, to stay on the safe side. */
export const POSSIBLE_OPIOID_USE: Enable = answerIn('opioid-use', ['yes', 'not-sure']);

/** Asked about opioid use disorder treatment only after a medicine it uses, or an answer that cannot rule it out. */
export const MAY_BE_OUD_TREATMENT: Enable = answerIn('opioid-kinds', OUD_TREATMENT_KINDS);

export const TOOK_NALTREXONE_BEFORE: Enable = answerIn('naltrexone-before', ['yes']);

const TICKED = Object.fromEntries(THERAPIES.map((t) => [t, allOf(answerIs('therapies', t))])) as Record<TherapyId, Enable>;
const RATED = Object.fromEntries(SYMPTOMS.map((s) => [s, answerIn(symptomId(s), RATED_SEVERITY)])) as Record<SymptomId, Enable>;

export const treatmentTicked = (t: TherapyId): Enable => TICKED[t];

/** Any treatment ticked: then "Which of these do you still take or do?" is asked. */
export const TREATMENT_TICKED: Enable = answerIn('therapies', THERAPIES);

/** They said which treatments they still use. */
export const CURRENT_TREATMENTS_SAID: Enable = allOf({ question: 'therapies-current', operator: 'exists', answer: true });

/** A ticked treatment's own questions come once the patient has said which they still use, so they are asked in the tense that fits. */
const FOLLOWED_UP = Object.fromEntries(THERAPIES.map((t) => [t, allOf(answerIs('therapies', t), ...CURRENT_TREATMENTS_SAID.when)])) as Record<
  TherapyId,
  Enable
>;
export const treatmentToFollowUp = (t: TherapyId): Enable => FOLLOWED_UP[t];

const STILL_USED = Object.fromEntries(THERAPIES.map((t) => [t, answerIn('therapies-current', [t])])) as Record<TherapyId, Enable>;
export const stillUsed = (t: TherapyId): Enable => STILL_USED[t];

export const symptomRated = (s: SymptomId): Enable => RATED[s];

/**
 * Which symptoms bother them most (up to two) is asked only when there is a
 * choice to make: with one or two rated, those are the ones.
 */
export const SEVERAL_SYMPTOMS_RATED: Enable = atLeast(
  3,
  SYMPTOMS.flatMap((s) => symptomRated(s).when),
);

/** Nothing rated: then "None of these bother me" is asked, so that a blank page is an answer. */
export const NO_SYMPTOM_RATED: Enable = allOf(...SYMPTOMS.map((s) => unanswered(symptomId(s))));

export const PLANNED_PROCEDURE: Enable = answerIn('planned-procedure', ['yes', 'not-sure']);
export const LIVER_DISEASE: Enable = answerIn('liver', ['yes', 'not-sure']);
export const PREGNANT: Enable = answerIn('pregnancy', ['pregnant']);
export const PLANNING_PREGNANCY: Enable = answerIn('pregnancy', ['planning-pregnancy']);
export const BREASTFEEDING: Enable = answerIn('pregnancy', ['breastfeeding']);
export const WITHHELD_PREGNANCY: Enable = answerIn('pregnancy', ['prefer-not']);
export const IN_OPIOID_USE_DISORDER_TREATMENT: Enable = answerIn('opioid-use-disorder-treatment', ['yes']);
export const WITHHELD_OPIOID_USE_DISORDER_TREATMENT: Enable = answerIn('opioid-use-disorder-treatment', ['prefer-not']);

/** An option offered always. */
const ALWAYS: Enable = allOf();

/**
 * The values offered only where they apply; the others are offered to everyone.
 * Keeping opioid pain relief matters with opioid use or a procedure ahead
 * (LDN blocks opioid pain relief: S0, S3); staying on treatment for opioid use
 * disorder, to those on it.
 */
export const VALUE_APPLIES: Partial<Record<ValueId, Enable>> = {
  'keep-opioid-pain-relief': anyOf(POSSIBLE_OPIOID_USE, PLANNED_PROCEDURE),
  'stay-on-oud-treatment': IN_OPIOID_USE_DISORDER_TREATMENT,
};

/** Whether the values list offers this one now. */
export const valueOffered = (v: ValueId): Enable => VALUE_APPLIES[v] ?? ALWAYS;
