/**
 * The patient's three most relevant points, shown right after the safety
 * flags that apply to them, so the guide's first screen is about them (issue
 * 20). Their own points come first, in this order; the key points every guide
 * makes fill the rest, and those not shown here are said in "Your decision",
 * so each is said once.
 */
import type { Answers } from '../../questionnaire/answers.js';
import { symptomPattern, tickedTherapies, triedNothing } from '../../questionnaire/predicates.js';
import { KEY_POINTS, type KeyPointId } from '../ids.js';
import { applying, idsOf, rule } from './rule.js';

export const HIGHLIGHT_COUNT = 3;

/** POTS suspected, or not sure: a decision about LDN comes after a diagnosis. */
export const diagnosisUnconfirmed = (a: Answers): boolean => a.diagnosis === 'suspected' || a.diagnosis === 'not-sure';

/** The patient's own points, most relevant first. */
export const PERSONAL_HIGHLIGHT_RULES = [
  rule('diagnosis-first', diagnosisUnconfirmed),
  rule('symptoms-not-ldn-targets', (a: Answers) => symptomPattern(a) === 'conventional-targets'),
  rule('symptoms-ldn-targets', (a: Answers) => symptomPattern(a) === 'ldn-targets'),
  // LDN is usually considered when standard treatments have not helped enough (S0).
  rule('standard-care-untried', (a: Answers) => tickedTherapies(a).length === 0 || triedNothing(a)),
] as const;

export type PersonalHighlightId = (typeof PERSONAL_HIGHLIGHT_RULES)[number]['id'];
export type HighlightId = PersonalHighlightId | KeyPointId;

export const PERSONAL_HIGHLIGHTS = idsOf<PersonalHighlightId>(PERSONAL_HIGHLIGHT_RULES);

/** The key points in the order they fill the list: the one about the evidence first. */
const KEY_POINTS_BY_RELEVANCE: readonly KeyPointId[] = ['evidence-limited', ...KEY_POINTS.filter((k) => k !== 'evidence-limited')];

export function chooseHighlights(a: Answers): HighlightId[] {
  // Stryker disable next-line MethodExpression: no more than three of the four personal points can hold at once (the two symptom patterns exclude each other); the cut keeps it so if a rule is added
  const own: HighlightId[] = applying<PersonalHighlightId>(PERSONAL_HIGHLIGHT_RULES, a).slice(0, HIGHLIGHT_COUNT);
  return [...own, ...KEY_POINTS_BY_RELEVANCE.slice(0, HIGHLIGHT_COUNT - own.length)];
}
