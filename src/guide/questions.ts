import {
  hasPossibleOpioidUse,
  reportsLiverDisease,
  reportsOpioidUseDisorderTreatment,
  reportsPlannedProcedure,
  reportsPregnancyOrBreastfeeding,
  tookNaltrexoneBefore,
} from '../answers/predicates.js';
import type { Answers } from '../questionnaire/answers.js';
import { valueId } from '../questionnaire/ids.js';
import type { ValueId } from '../questionnaire/options.js';
import type { QuestionToAskId, Situation } from './types.js';

const MAX_QUESTIONS = 10;

interface Candidate {
  id: QuestionToAskId;
  applies: (a: Answers, s: Situation) => boolean;
}

const matters = (a: Answers, id: ValueId) => a[valueId(id)] === 'a-lot' || a[valueId(id)] === 'somewhat';

/**
 * In priority order: up to six safety questions, then five everyone gets (the
 * "not changing anything" option is always raised, IPDAS S14), then tailored
 * ones. Only a patient with every safety concern loses one of the five.
 */
const CANDIDATES: Candidate[] = [
  { id: 'opioid-free-period', applies: (a) => hasPossibleOpioidUse(a) },
  { id: 'opioid-use-disorder-plan', applies: (a) => reportsOpioidUseDisorderTreatment(a) },
  { id: 'procedure-plan', applies: (a) => reportsPlannedProcedure(a) },
  { id: 'liver-condition', applies: (a) => reportsLiverDisease(a) },
  { id: 'pregnancy-plans', applies: (a) => reportsPregnancyOrBreastfeeding(a) },
  { id: 'future-pain-relief', applies: (a) => hasPossibleOpioidUse(a) || a[valueId('keep-opioid-pain-relief')] === 'a-lot' },
  { id: 'how-to-tell', applies: () => true },
  { id: 'what-if-no-change', applies: () => true },
  { id: 'who-prescribes', applies: () => true },
  { id: 'cost', applies: () => true },
  // Sleep changes are LDN's most common side effect (S0).
  { id: 'sleep-side-effects', applies: () => true },
  { id: 'naltrexone-before', applies: tookNaltrexoneBefore },
  {
    id: 'heart-rate-symptoms',
    applies: (a, s) => s.pattern === 'conventional-targets' || matters(a, 'relief-heart-rate-dizziness'),
  },
  { id: 'other-options-first', applies: (_a, s) => s.tried.length === 0 || s.triedNothing },
];

/** Five to ten questions: every one that applies, in priority order, cut at ten. */
export function chooseQuestions(a: Answers, s: Situation): QuestionToAskId[] {
  const chosen = CANDIDATES.filter((c) => c.applies(a, s)).map((c) => c.id);
  return chosen.slice(0, MAX_QUESTIONS);
}
