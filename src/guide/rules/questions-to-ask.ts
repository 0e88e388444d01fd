/**
 * The questions the patient may ask their clinician. Every safety question
 * that applies, then every tailored one, then general ones in this order until
 * there are `MAX_QUESTIONS`. Safety and tailored questions are never dropped
 * for general ones, and the first general one, "what if I keep my current
 * plan" (IPDAS: the no-change option), is always asked, so a patient with
 * every concern gets ten.
 */
import type { Answers } from '../../questionnaire/answers.js';
import { valueId } from '../../questionnaire/ids.js';
import {
  hasPossibleOpioidUse,
  reportsOpioidUseDisorderTreatment,
  reportsPlannedProcedure,
  reportsPregnancyMatters,
  symptomPattern,
  tickedTherapies,
  tookNaltrexoneBefore,
  triedNothing,
} from '../../questionnaire/predicates.js';
import { applying, idsOf, rule } from './rule.js';

const SAFETY_QUESTION_RULES = [
  rule('opioid-free-period', hasPossibleOpioidUse),
  rule('opioid-use-disorder-plan', reportsOpioidUseDisorderTreatment),
  rule('procedure-plan', reportsPlannedProcedure),
  rule('pregnancy-plans', reportsPregnancyMatters),
  rule('future-pain-relief', (a) => hasPossibleOpioidUse(a) || a[valueId('keep-opioid-pain-relief')] === 'a-lot'),
] as const;

const TAILORED_QUESTION_RULES = [
  rule('naltrexone-before', tookNaltrexoneBefore),
  rule('heart-rate-symptoms', (a) => symptomPattern(a) === 'conventional-targets' || a[valueId('relief-heart-rate-dizziness')] === 'a-lot'),
  rule('other-options-first', (a) => tickedTherapies(a).length === 0 || triedNothing(a)),
] as const;

/** Asked of everyone, in priority order, to fill the list. */
export const GENERAL_QUESTIONS = ['what-if-no-change', 'how-to-tell', 'who-prescribes', 'cost', 'sleep-side-effects'] as const;

export const MAX_QUESTIONS = 6;

const PERSONAL_RULES = [...SAFETY_QUESTION_RULES, ...TAILORED_QUESTION_RULES];

export const QUESTIONS_TO_ASK = [...idsOf(PERSONAL_RULES), ...GENERAL_QUESTIONS];

export type QuestionToAskId = (typeof PERSONAL_RULES)[number]['id'] | (typeof GENERAL_QUESTIONS)[number];

export function chooseQuestions(a: Answers): QuestionToAskId[] {
  const personal = applying<QuestionToAskId>(PERSONAL_RULES, a);
  return [...personal, ...GENERAL_QUESTIONS.slice(0, Math.max(1, MAX_QUESTIONS - personal.length))];
}
