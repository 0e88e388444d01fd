/**
 * The one walk of the flow model the tests use: the events a patient can
 * cause on each page (answers that open follow-up questions and leave them
 * blank, complete answers, Continue, Back, the links on "Check your answers",
 * the guide's buttons and readiness answers), explored by `xstate/graph`.
 * Each test says what counts as a distinct state (`serializeState`): a screen
 * for the screen sweeps, a screen and its incoming edge for the machine tests.
 */
import { createActor } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { decisionAidMachine, type FlowEvent } from '../../src/flow/machine.js';
import { QUESTION_STEPS, type QuestionStep, type StepId } from '../../src/flow/steps.js';
import type { Answers } from '../../src/questionnaire/answers.js';
import { sureId, therapyHelpsId } from '../../src/questionnaire/ids.js';
import { SURE_ITEMS, THERAPIES } from '../../src/questionnaire/options.js';
import { symptoms, tried, valuesALot, withEveryRequiredAnswer } from '../fixtures/patients.js';

export type FlowSnapshot = ReturnType<ReturnType<typeof createActor<typeof decisionAidMachine>>['getSnapshot']>;

/** Per page: answers that open follow-up questions but leave them blank, if the page has any. */
const REVEAL: Partial<Record<QuestionStep, Answers>> = {
  therapies: { therapies: ['fluids-salt', 'beta-blocker'], ...unanswered(['therapies-current', ...THERAPIES.map(therapyHelpsId)]) },
  opioids: { 'opioid-use': 'yes', ...unanswered(['opioid-kinds', 'opioid-use-disorder-treatment', 'opioid-pattern']) },
  health: { 'naltrexone-before': 'yes', 'naltrexone-helps': undefined },
  symptoms: { ...symptoms({ fatigue: 'severe', pain: 'mild', sleep: 'moderate' }), 'worst-symptom': undefined },
};

/** Per page: complete answers, the first set with no follow-ups, the second with them all answered. */
const HAND_COMPLETE: Record<QuestionStep, Answers[]> = {
  condition: [{ diagnosis: 'diagnosed', 'age-group': '18-or-over' }],
  therapies: [
    { therapies: ['none-of-these'] },
    tried(['fluids-salt', { status: 'current', helps: 'a-little' }], ['beta-blocker', { status: 'stopped', helps: 'no', sideEffects: true }]),
  ],
  opioids: [
    { 'opioid-use': 'no', 'planned-procedure': 'no' },
    // Buprenorphine opens the question about opioid use disorder treatment; "yes" there offers one more value.
    { 'opioid-use': 'yes', 'opioid-kinds': ['buprenorphine'], 'opioid-use-disorder-treatment': 'yes', 'opioid-pattern': 'regular', 'planned-procedure': 'no' },
  ],
  health: [
    { liver: 'no', pregnancy: ['none-of-these'], 'naltrexone-before': 'no', conditions: ['none-of-these'] },
    { liver: 'no', pregnancy: ['none-of-these'], 'naltrexone-before': 'yes', 'naltrexone-helps': 'a-little', conditions: ['none-of-these'] },
  ],
  symptoms: [{ 'no-symptoms': ['no-symptoms'] }, { ...symptoms({ fatigue: 'severe', pain: 'mild', sleep: 'moderate' }), 'worst-symptom': ['fatigue'] }],
  values: [valuesALot(), valuesALot('cost', 'wait-for-research')],
};

/** The same, with any other required question on the page answered too (a question added to the model later). */
const COMPLETE = Object.fromEntries(QUESTION_STEPS.map((step) => [step, HAND_COMPLETE[step].map((patch) => withEveryRequiredAnswer(patch, [step]))])) as Record<
  QuestionStep,
  Answers[]
>;

/** What a patient can do on "Check your answers": change or fix any page, ask for the guide, go back. */
export const REVIEW_PAGE_EVENTS: FlowEvent[] = [
  ...QUESTION_STEPS.map((s) => ({ type: 'review.change', step: s }) as const),
  ...QUESTION_STEPS.map((s) => ({ type: 'review.fix', step: s }) as const),
  { type: 'review.confirm' },
  { type: 'step.back' },
];

/** The events a patient can cause on the page a snapshot shows: the one list every walk of the flow model uses. */
export function patientEvents(snapshot: FlowSnapshot): FlowEvent[] {
  const step = snapshot.value as StepId;
  if (step === 'intro') return [{ type: 'flow.start' }];
  if (step === 'review') return REVIEW_PAGE_EVENTS;
  if (step === 'guide') {
    // The readiness questions are answered one at a time in page order, and once any is
    // answered the walk stays on the guide: other pages do not show them, and letting them
    // travel would multiply every other page by every combination of the four answers.
    const answers = snapshot.context.answers;
    const next = SURE_ITEMS.find((item) => !answers[sureId(item)]);
    const answerNext: FlowEvent[] = next
      ? [
          { type: 'guide.answer', patch: { [sureId(next)]: 'yes' } },
          { type: 'guide.answer', patch: { [sureId(next)]: 'no' } },
        ]
      : // Every event the page accepts must be given, or the walk sends it bare: an empty patch changes nothing.
        [{ type: 'guide.answer', patch: {} }];
    if (SURE_ITEMS.some((item) => answers[sureId(item)])) return answerNext;
    return [...answerNext, { type: 'guide.changeAnswers' }, { type: 'guide.startOver' }, { type: 'step.back' }];
  }
  const reveal = REVEAL[step as QuestionStep];
  return [...(reveal ? [reveal] : []), ...COMPLETE[step as QuestionStep]]
    .map((patch) => ({ type: 'answers.update', patch }) as FlowEvent)
    .concat([{ type: 'step.continue' }, { type: 'step.back' }]);
}

/** A patch that makes these questions unanswered. */
function unanswered(ids: readonly string[]): Answers {
  return Object.fromEntries(ids.map((id) => [id, undefined])) as Answers;
}

/** Shortest paths from the start to every state the walk tells apart. */
export function shortestPaths(serializeState: (snapshot: FlowSnapshot, event: FlowEvent | undefined, previous: FlowSnapshot | undefined) => string) {
  const model = createTestModel(decisionAidMachine, {
    events: patientEvents,
    serializeState: (snapshot, event, previous) =>
      serializeState(snapshot as FlowSnapshot, event as FlowEvent | undefined, previous as FlowSnapshot | undefined),
  });
  return model.getShortestPaths();
}
