/**
 * The questions the patient may ask their clinician, as data: each is a
 * safety, tailored or general question, with when it applies and what it is
 * tied to (values, symptoms). The guide asks every safety question that
 * applies, then every tailored one, then general ones in this order until
 * there are `MAX_QUESTIONS`. A question tied to a value rated "a lot" or a
 * symptom rated severe counts as tailored, so it is never dropped for a
 * general one; and the first general one, "what if I keep my current plan"
 * (IPDAS: the no-change option), is always asked.
 */
import type { Answers } from '../../questionnaire/answers.js';
import { symptomId } from '../../questionnaire/ids.js';
import type { SymptomId, ValueId } from '../../questionnaire/options.js';
import {
  mattersALot,
  reportsBreastfeeding,
  reportsOpioidUseDisorderTreatment,
  reportsPlannedProcedure,
  reportsPlanningPregnancy,
  reportsPregnancy,
  symptomPattern,
  tickedTherapies,
  tookNaltrexoneBefore,
  triedNothing,
} from '../../questionnaire/predicates.js';
import { mayBeInOpioidUseDisorderTreatment, opioidFreePeriodApplies } from './safety-flags.js';

/** What a question is tied to: a value rated "a lot" or a symptom rated severe makes it the patient's own. */
export interface Ties {
  readonly values?: readonly ValueId[];
  readonly symptoms?: readonly SymptomId[];
}

type Kind = 'safety' | 'tailored' | 'general';

export interface QuestionRule<Id extends string = string> {
  readonly id: Id;
  readonly kind: Kind;
  /** When it applies on its own; a general question applies only through its ties. */
  readonly applies: (a: Answers) => boolean;
  readonly tiedTo: Ties;
}

// Stryker disable next-line ArrowFunction,BooleanLiteral: isPersonal never asks a general question's own condition; it applies only through its ties
const never = () => false;
const q = <const Id extends string>(kind: Kind, id: Id, applies: (a: Answers) => boolean, tiedTo: Ties = {}): QuestionRule<Id> => ({
  id,
  kind,
  applies,
  tiedTo,
});

/** In list order: safety, then tailored, then general (the order general ones fill the list in). */
export const QUESTION_RULES = [
  q('safety', 'opioid-free-period', opioidFreePeriodApplies),
  q('safety', 'ldn-with-opioid-treatment', mayBeInOpioidUseDisorderTreatment, { values: ['stay-on-oud-treatment'] }),
  q('safety', 'what-else-could-help', reportsOpioidUseDisorderTreatment),
  // The under-18 flag's question: naltrexone's safe use under 18 is not established (S3) and the trial takes adults (S2).
  q('safety', 'ldn-under-18', (a) => a['age-group'] === 'under-18'),
  q('safety', 'procedure-plan', reportsPlannedProcedure),
  q('safety', 'pregnant-ldn', reportsPregnancy),
  q('safety', 'pregnant-medicines', reportsPregnancy),
  q('safety', 'planning-ldn', reportsPlanningPregnancy),
  q('safety', 'planning-medicines', reportsPlanningPregnancy),
  q('safety', 'breastfeeding-ldn', reportsBreastfeeding),
  // Not for someone who may be in treatment for opioid use disorder: the label rules LDN out for them while it lasts (S3).
  q('safety', 'future-pain-relief', opioidFreePeriodApplies, { values: ['keep-opioid-pain-relief'] }),
  q('tailored', 'naltrexone-before', tookNaltrexoneBefore),
  q('tailored', 'heart-rate-symptoms', (a) => symptomPattern(a) === 'conventional-targets', {
    values: ['relief-heart-rate-dizziness'],
    symptoms: ['racing-heart', 'light-headedness'],
  }),
  // "What else could help" asks it already for someone in treatment for opioid use disorder.
  q('tailored', 'other-options-first', (a) => (tickedTherapies(a).length === 0 || triedNothing(a)) && !reportsOpioidUseDisorderTreatment(a)),
  q('general', 'what-if-no-change', never),
  q('general', 'how-to-tell', never, { values: ['relief-fatigue-pain-fog'] }),
  q('general', 'who-prescribes', never),
  q('general', 'cost', never, { values: ['cost'] }),
  q('general', 'sleep-side-effects', never, { values: ['avoid-side-effects'], symptoms: ['sleep'] }),
] as const satisfies readonly QuestionRule[];

export type QuestionToAskId = (typeof QUESTION_RULES)[number]['id'];

export const QUESTIONS_TO_ASK: readonly QuestionToAskId[] = QUESTION_RULES.map((r) => r.id);

/** Asked of everyone, in this order, to fill the list, unless tied to what matters to the patient. */
export const GENERAL_QUESTIONS: readonly QuestionToAskId[] = QUESTION_RULES.filter((r) => r.kind === 'general').map((r) => r.id);

export const MAX_QUESTIONS = 6;

/** A value rated "a lot" or a symptom rated severe that the question is tied to. */
export const isTied = (r: QuestionRule, a: Answers): boolean =>
  (r.tiedTo.values ?? []).some((v) => mattersALot(a, v)) || (r.tiedTo.symptoms ?? []).some((s) => a[symptomId(s)] === 'severe');

/** The patient's own questions: safety and tailored ones that apply, and any question tied to what matters a lot or bothers them severely. */
const isPersonal = (r: QuestionRule, a: Answers): boolean => (r.kind !== 'general' && r.applies(a)) || isTied(r, a);

export function chooseQuestions(a: Answers): QuestionToAskId[] {
  const personal = QUESTION_RULES.filter((r) => isPersonal(r, a));
  const general = QUESTION_RULES.filter((r) => r.kind === 'general' && !personal.includes(r));
  return [...personal, ...general.slice(0, Math.max(1, MAX_QUESTIONS - personal.length))].map((r) => r.id);
}
