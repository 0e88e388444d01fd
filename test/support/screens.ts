/**
 * Every screen a patient can reach, enumerated from the flow machine rather
 * than listed by hand: `xstate/graph` walks the machine with the events a
 * patient can cause on each page (answers that reveal follow-up questions,
 * complete answers, Continue, Back, the links on "Check your answers", the
 * guide's buttons), and each distinct screen keeps its shortest path.
 *
 * A screen is what is drawn: the page, which follow-up questions are open,
 * which errors are listed, and on the guide whether personal safety flags and
 * which readiness status show. New pages, follow-ups or error paths in the
 * machine show up here without editing this file.
 */
import { createActor } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { SURE_ITEMS, THERAPIES } from '../../src/questionnaire/options.js';
import { sureId, therapyOutcomeId, therapyStatusId } from '../../src/questionnaire/ids.js';
import { symptoms, tried, values } from '../fixtures/patients.js';
import { asksNaltrexoneOutcome, hasPossibleOpioidUse, asksWorstSymptom, ratedSymptoms, tickedTherapies } from '../../src/answers/predicates.js';
import type { Answers } from '../../src/questionnaire/answers.js';
import { decisionAidMachine, type FlowEvent } from '../../src/flow/machine.js';
import { isQuestionStep, QUESTION_STEPS, type QuestionStep, type StepId } from '../../src/flow/steps.js';
import { isPageComplete } from '../../src/questionnaire/validate.js';
import { buildGuide } from '../../src/guide/build-guide.js';
import type { LdnDecisionAid } from '../../src/ldn-decision-aid.js';

type FlowSnapshot = ReturnType<ReturnType<typeof createActor<typeof decisionAidMachine>>['getSnapshot']>;

/** Per page: answers that open follow-up questions but leave them blank, if the page has any. */
const REVEAL: Partial<Record<QuestionStep, Answers>> = {
  therapies: { therapies: ['fluids-salt', 'beta-blocker'], ...unanswered(THERAPIES.flatMap((t) => [therapyStatusId(t), therapyOutcomeId(t)])) },
  opioids: { 'opioid-use': 'yes', ...unanswered(['opioid-kinds', 'opioid-pattern', 'opioid-use-disorder-treatment']) },
  health: { 'naltrexone-before': 'yes', 'naltrexone-outcome': undefined },
  symptoms: { ...symptoms({ fatigue: 'severe', pain: 'mild' }), 'worst-symptom': undefined },
};

/** Per page: complete answers, the first set with no follow-ups, the second with them all answered. */
const COMPLETE: Record<QuestionStep, Answers[]> = {
  condition: [{ diagnosis: 'yes' }],
  therapies: [
    { therapies: ['none'] },
    tried(['fluids-salt', { status: 'current', outcome: 'helped-a-little' }], ['beta-blocker', { status: 'stopped', outcome: 'side-effects' }]),
  ],
  opioids: [
    { 'opioid-use': 'no', 'planned-procedure': 'no' },
    { 'opioid-use': 'yes', 'opioid-kinds': ['tramadol'], 'opioid-pattern': 'occasional', 'opioid-use-disorder-treatment': 'no', 'planned-procedure': 'no' },
  ],
  health: [
    { liver: 'no', pregnancy: 'no', 'naltrexone-before': 'no', conditions: ['none'] },
    { liver: 'no', pregnancy: 'no', 'naltrexone-before': 'yes', 'naltrexone-outcome': 'helped-a-little', conditions: ['none'] },
  ],
  symptoms: [symptoms(), { ...symptoms({ fatigue: 'severe', pain: 'mild' }), 'worst-symptom': 'fatigue' }],
  values: [values('somewhat')],
};

/** What a patient can do on "Check your answers": change or fix any page, ask for the guide, go back. */
export const REVIEW_PAGE_EVENTS: FlowEvent[] = [
  ...QUESTION_STEPS.map((s) => ({ type: 'review.change', step: s }) as const),
  ...QUESTION_STEPS.map((s) => ({ type: 'review.fix', step: s }) as const),
  { type: 'review.confirm' },
  { type: 'step.back' },
];

function patientEvents(snapshot: FlowSnapshot): FlowEvent[] {
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
          { type: 'sure.answer', item: next, value: 'yes' },
          { type: 'sure.answer', item: next, value: 'no' },
        ]
      : [];
    if (SURE_ITEMS.some((item) => answers[sureId(item)])) return answerNext;
    return [...answerNext, { type: 'guide.changeAnswers' }, { type: 'guide.startOver' }, { type: 'step.back' }];
  }
  const reveal = REVEAL[step as QuestionStep];
  return [
    ...(reveal ? [reveal] : []),
    ...COMPLETE[step as QuestionStep],
  ]
    .map((patch) => ({ type: 'answers.update', patch }) as FlowEvent)
    .concat([{ type: 'step.continue' }, { type: 'step.back' }]);
}

/** A patch that makes these questions unanswered. */
function unanswered(ids: readonly string[]): Answers {
  return Object.fromEntries(ids.map((id) => [id, undefined])) as Answers;
}

/** Which follow-up questions a question page shows. */
function revealed(step: QuestionStep, a: Answers): string {
  switch (step) {
    case 'therapies':
      return tickedTherapies(a).join('+');
    case 'opioids':
      return hasPossibleOpioidUse(a) ? 'opioid follow-ups' : '';
    case 'health':
      return asksNaltrexoneOutcome(a) ? 'naltrexone outcome' : '';
    case 'symptoms':
      return asksWorstSymptom(a) ? 'worst symptom' : '';
    default:
      return '';
  }
}

/** What the patient sees, in words: screens with the same description look the same to axe. */
export function describeScreen(snapshot: FlowSnapshot): string {
  const step = snapshot.value as StepId;
  const { answers, errors } = snapshot.context;
  const parts: string[] = [step];
  if (isQuestionStep(step)) {
    const open = revealed(step, answers);
    if (open) parts.push(`showing ${open}`);
  }
  if (step === 'review' && QUESTION_STEPS.some((s) => revealed(s, answers))) parts.push('with follow-up answers');
  if (errors.length) parts.push(`errors: ${errors.length > 3 ? `${errors.length} questions` : errors.join(', ')}`);
  if (step === 'guide') {
    const guide = buildGuide(answers);
    parts.push(
      guide.safety.length ? 'with safety flags' : 'no safety flags',
      guide.situation.symptoms.length ? 'with symptom chart' : 'no symptom chart',
      `readiness ${guide.sure.status}`,
    );
  }
  return parts.join(', ');
}

/**
 * The walk's own state key: the screen, plus what decides where Continue, Back and the
 * review links lead. Follow-ups open on other pages are left out on purpose: keeping them
 * multiplies the walk into tens of thousands of states without adding a screen.
 * The test that uses this asserts which screens must be found, so a key too coarse fails.
 */
function walkKey(snapshot: FlowSnapshot): string {
  const { answers, returnToReview } = snapshot.context;
  const done = QUESTION_STEPS.filter((s) => isPageComplete(s, answers)).join(',');
  const sure = snapshot.value === 'guide' ? JSON.stringify(SURE_ITEMS.map((item) => answers[sureId(item)])) : '';
  // Opioid use decides the guide's safety flags; rated symptoms, its chart.
  const rated = ratedSymptoms(answers).length > 0;
  return `${describeScreen(snapshot)} | review:${returnToReview} done:[${done}] opioids:${answers['opioid-use']} rated:${rated} ${sure}`;
}

export interface Screen {
  /** Readable, unique: the page and what is open or wrong on it. */
  name: string;
  step: StepId;
  /** Machine events from the start that lead here (shortest path). */
  events: FlowEvent[];
}

let cached: Screen[] | undefined;

export function reachableScreens(): Screen[] {
  if (cached) return cached;
  const model = createTestModel(decisionAidMachine, { events: patientEvents, serializeState: (snapshot) => walkKey(snapshot) });
  const byName = new Map<string, Screen>();
  // The model drops paths that are prefixes of longer ones, so every prefix is a screen too.
  for (const path of model.getShortestPaths()) {
    path.steps.forEach(({ state }, i) => {
      const name = describeScreen(state);
      const events = path.steps.slice(1, i + 1).map((s) => s.event as FlowEvent);
      const known = byName.get(name);
      if (!known || known.events.length > events.length) byName.set(name, { name, step: state.value as StepId, events });
    });
  }
  cached = [...byName.values()].sort((a, b) => a.events.length - b.events.length);
  return cached;
}

/**
 * Puts a mounted aid on a screen by sending the path's events to its flow.
 * Only for enumerating screens: journeys through the real controls are tested
 * with the keyboard and mouse helpers elsewhere.
 */
export async function showScreen(el: LdnDecisionAid, screen: Screen): Promise<void> {
  const flow = el['flow'] as { send(event: FlowEvent): void };
  for (const event of screen.events) {
    flow.send(event);
    await el.updateComplete;
  }
  await el.updateComplete;
}
