/**
 * The questions the patient may ask their clinician, as data: each is a
 * safety, tailored or general question, with when it applies and what it is
 * tied to (values, symptoms). The guide asks every safety question that
 * applies, then every tailored one, then general ones in this order until
 * there are `MAX_QUESTIONS` (fewer for someone who is or may be in treatment
 * for opioid use disorder, see `askable`, or who leans away from LDN). A question tied to a value that matters a lot or a
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
  reportsLiverDisease,
  reportsOpioidUseDisorderTreatment,
  reportsPlannedProcedure,
  reportsPlanningPregnancy,
  reportsPregnancy,
  reportsUnder18,
  symptomPattern,
  tickedTherapies,
  tookNaltrexoneBefore,
  triedNothing,
  unsureOfOpioidUse,
} from '../../questionnaire/predicates.js';
import { diagnosisUnconfirmed } from './highlights.js';
import { mayBeInOpioidUseDisorderTreatment, opioidFreePeriodApplies, withholdsTreatmentAnswer } from './safety-flags.js';
import { LEANING_OPTION } from './value-conflicts.js';

/** What a question is tied to: a value that matters a lot or a symptom rated severe makes it the patient's own. */
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

// Stryker disable next-line ArrowFunction: a condition that returns nothing is as false as one that returns false
const never = () => false;
const q = <const Id extends string>(kind: Kind, id: Id, applies: (a: Answers) => boolean, tiedTo: Ties = {}): QuestionRule<Id> => ({
  id,
  kind,
  applies,
  tiedTo,
});

/** In list order: safety, then tailored, then general (the order general ones fill the list in). */
export const QUESTION_RULES = [
  // The under-18 flag's question, first: naltrexone's safe use under 18 is not established (S3) and the trial takes
  // adults (S2), so whether LDN is open at all comes before how to come off opioids for it (second re-read, m3).
  q('safety', 'ldn-under-18', reportsUnder18),
  // People may not know which of their medicines are opioids (the facts' list; third re-read n10): asked before anything that assumes they take one.
  q('safety', 'which-are-opioids', unsureOfOpioidUse),
  q('safety', 'opioid-free-period', opioidFreePeriodApplies),
  // Said as "treatment for opioid use disorder" when reported; neutrally when the patient would not say, and without
  // assuming an opioid at all when they are not sure they take one.
  q('safety', 'ldn-with-oud-treatment', reportsOpioidUseDisorderTreatment, { values: ['stay-on-oud-treatment'] }),
  q('safety', 'ldn-with-opioid-treatment', (a) => withholdsTreatmentAnswer(a) && !unsureOfOpioidUse(a)),
  q('safety', 'ldn-with-current-medicines', (a) => withholdsTreatmentAnswer(a) && unsureOfOpioidUse(a)),
  q('safety', 'what-else-could-help', reportsOpioidUseDisorderTreatment),
  q('safety', 'procedure-plan', reportsPlannedProcedure),
  // The procedure flag says "talk about timing" (S0, S3, S12): its question, unless the label rules LDN out (OUD treatment, S3).
  q('safety', 'procedure-timing', (a) => reportsPlannedProcedure(a) && !mayBeInOpioidUseDisorderTreatment(a)),
  // The liver flag's question (S3, S4: acute hepatitis or liver failure rule naltrexone out); in OUD treatment, without assuming LDN.
  q('safety', 'liver-ldn', (a) => reportsLiverDisease(a) && !mayBeInOpioidUseDisorderTreatment(a)),
  q('safety', 'liver-options', (a) => reportsLiverDisease(a) && mayBeInOpioidUseDisorderTreatment(a)),
  q('safety', 'pregnant-ldn', reportsPregnancy),
  q('safety', 'pregnant-medicines', reportsPregnancy),
  q('safety', 'planning-ldn', reportsPlanningPregnancy),
  q('safety', 'planning-medicines', reportsPlanningPregnancy),
  q('safety', 'breastfeeding-ldn', reportsBreastfeeding),
  // A question states no fact, so it is safe where the facts say nothing about a current medicine while breastfeeding (third re-read n11).
  q('safety', 'breastfeeding-medicines', reportsBreastfeeding),
  // Asked of everyone for whom an opioid-free period is the step (LDN blocks opioid pain relief, S0, S3), and of anyone
  // to whom keeping opioid pain relief matters a lot, someone in treatment for opioid use disorder too: pain relief in an
  // emergency matters to them whatever they decide, and the question suggests no change to that treatment.
  q('safety', 'future-pain-relief', opioidFreePeriodApplies, { values: ['keep-opioid-pain-relief'] }),
  // The suspected-diagnosis highlight's question: POTS is diagnosed by its heart-rate rise and ruling out other causes (S5, S7).
  q('tailored', 'find-out-if-pots', diagnosisUnconfirmed),
  q('tailored', 'naltrexone-before', tookNaltrexoneBefore),
  q('tailored', 'heart-rate-symptoms', (a) => symptomPattern(a) === 'conventional-targets', {
    values: ['relief-heart-rate-dizziness'],
    symptoms: ['racing-heart', 'light-headedness'],
  }),
  // Headaches are one of LDN's common side effects (S0): severe headaches make it the patient's own question.
  q('tailored', 'headaches', never, { symptoms: ['headaches'] }),
  // Results of the trial are years away (S2): someone who would rather wait for them asks what could help meanwhile.
  q('tailored', 'while-waiting', never, { values: ['wait-for-research'] }),
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

/** A value that matters a lot or a symptom rated severe that the question is tied to. */
export const isTied = (r: QuestionRule, a: Answers): boolean =>
  // Stryker disable next-line ArrayDeclaration: a fallback list naming no value or symptom a patient can tick ties nothing, as an empty one does
  (r.tiedTo.values ?? []).some((v) => mattersALot(a, v)) || (r.tiedTo.symptoms ?? []).some((s) => a[symptomId(s)] === 'severe');

/** The patient's own questions: safety and tailored ones that apply, and any question tied to what matters a lot or bothers them severely. */
const isPersonal = (r: QuestionRule, a: Answers): boolean => r.applies(a) || isTied(r, a);

/**
 * The questions that can be asked at all. For someone who is, or may be (they
 * would not say: third re-read n7), in treatment for opioid
 * use disorder, of the general questions only the first, "what if I keep my
 * current plan": the label rules LDN out during that treatment (S3), so the
 * questions that assume it goes ahead (how to tell if it helps, who prescribes
 * it, its cost, its side effects) are not asked, even when tied to what matters
 * to them (second re-read, m4); "what else could help my POTS" serves those
 * values. Their list can then be shorter than the others' (three questions at
 * least: both of their safety questions and the no-change one).
 */
const askable = (a: Answers): readonly (typeof QUESTION_RULES)[number][] =>
  mayBeInOpioidUseDisorderTreatment(a) ? QUESTION_RULES.filter((r) => r.kind !== 'general' || r.id === GENERAL_QUESTIONS[0]) : QUESTION_RULES;

/** Leaning toward standard care or the current plan: the general questions that assume LDN goes ahead do not fill the list (third re-read n7). */
const leansAwayFromLdn = (a: Answers): boolean => !!a.leaning && LEANING_OPTION[a.leaning] !== undefined && LEANING_OPTION[a.leaning] !== 'ldn';

export function chooseQuestions(a: Answers): QuestionToAskId[] {
  const rules = askable(a);
  const personal = rules.filter((r) => isPersonal(r, a));
  const general = rules.filter((r) => r.kind === 'general' && !personal.includes(r));
  const fill = leansAwayFromLdn(a) ? 1 : Math.max(1, MAX_QUESTIONS - personal.length);
  return [...personal, ...general.slice(0, fill)].map((r) => r.id);
}
