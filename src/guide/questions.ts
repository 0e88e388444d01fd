import {
  hasPossibleOpioidUse,
  reportsOpioidUseDisorderTreatment,
  reportsPlannedProcedure,
  reportsPregnancyMatters,
  tookNaltrexoneBefore,
} from '../questionnaire/predicates.js';
import type { Answers } from '../questionnaire/answers.js';
import { valueId } from '../questionnaire/ids.js';
import { GENERAL_QUESTIONS, MAX_QUESTIONS, SAFETY_QUESTIONS, TAILORED_QUESTIONS } from './ids.js';
import { type QuestionToAskId, type Situation } from './types.js';

type Applies = (a: Answers, s: Situation) => boolean;

/** When each safety or tailored question applies. General questions apply to everyone. */
const APPLIES: Record<(typeof SAFETY_QUESTIONS)[number] | (typeof TAILORED_QUESTIONS)[number], Applies> = {
  'opioid-free-period': (a) => hasPossibleOpioidUse(a),
  'opioid-use-disorder-plan': (a) => reportsOpioidUseDisorderTreatment(a),
  'procedure-plan': (a) => reportsPlannedProcedure(a),
  'pregnancy-plans': (a) => reportsPregnancyMatters(a),
  'future-pain-relief': (a) => hasPossibleOpioidUse(a) || a[valueId('keep-opioid-pain-relief')] === 'a-lot',
  'naltrexone-before': (a) => tookNaltrexoneBefore(a),
  'heart-rate-symptoms': (a, s) => s.pattern === 'conventional-targets' || a[valueId('relief-heart-rate-dizziness')] === 'a-lot',
  'other-options-first': (_a, s) => s.tried.length === 0 || s.triedNothing,
};

/**
 * Every safety question that applies, then every tailored one, then general
 * ones in priority order until there are `MAX_QUESTIONS`. Safety and tailored
 * questions are never dropped for general ones, and the first general one,
 * "what if I keep my current plan" (IPDAS: the no-change option), is always
 * asked, so a patient with every concern gets ten.
 */
export function chooseQuestions(a: Answers, s: Situation): QuestionToAskId[] {
  const personal = [...SAFETY_QUESTIONS, ...TAILORED_QUESTIONS].filter((id) => APPLIES[id](a, s));
  return [...personal, ...GENERAL_QUESTIONS.slice(0, Math.max(1, MAX_QUESTIONS - personal.length))];
}
