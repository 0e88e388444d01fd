import { and, assertEvent, assign, setup } from 'xstate';
import { type Answers, emptyAnswers, type QuestionId, withChanges } from '../questionnaire/answers.js';
import { offersNew, readsAnswersOn } from '../questionnaire/newly-offered.js';
import { prunePage } from '../questionnaire/prune.js';
import { questionsOn } from '../questionnaire/structure.js';
import { isPageComplete, missingQuestions } from '../questionnaire/validate.js';
import { START_STEP, type FlowContext, startingContext } from './flow-state.js';
import { QUESTION_STEPS, type QuestionStep, type StepId } from './steps.js';

export type { FlowContext };

export type FlowEvent =
  | { type: 'flow.start' }
  /** A question set to `undefined` (or an empty list) becomes unanswered. `at`: when (ISO 8601), kept as `answeredAt`. */
  | { type: 'answers.update'; patch: Answers; at?: string }
  | { type: 'step.continue' }
  | { type: 'step.back' }
  | { type: 'review.change'; step: QuestionStep }
  /** From an error link on "Check your answers": open the step with its missing answers marked. */
  | { type: 'review.fix'; step: QuestionStep }
  | { type: 'review.confirm' }
  | { type: 'guide.changeAnswers' }
  | { type: 'guide.startOver' }
  /** The host page's reset(): back to the start, with nothing answered, from any step. */
  | { type: 'flow.reset' }
  /** An answer to a question asked on the guide itself (leaning, SURE); anything else in the patch is ignored. */
  | { type: 'guide.answer'; patch: Answers; at?: string };

const allMissingQuestions = (a: Answers): QuestionId[] => QUESTION_STEPS.flatMap((step) => missingQuestions(step, a));

const GUIDE_QUESTIONS: ReadonlySet<string> = new Set(questionsOn('guide').map((q) => q.id));

const FIRST_STEP = QUESTION_STEPS[0]!;
const LAST_STEP = QUESTION_STEPS.at(-1)!;

/**
 * The page's answers with those that no longer apply dropped (prunePage), or, when none was, the answers as they
 * were: a Continue that changed no answer reports no change (ldn-change). Pruning keeps the
 * order of what it keeps, so the same text is the same answers.
 */
function committed(step: QuestionStep, answers: Answers): Answers {
  const pruned = prunePage(step, answers);
  return JSON.stringify(pruned) === JSON.stringify(answers) ? answers : pruned;
}

/** The later pages whose questions or options read answers given on this one: where a change made from "Check your answers" may offer something new. */
const pagesReading = (step: QuestionStep, i: number): QuestionStep[] => QUESTION_STEPS.slice(i + 1).filter((page) => readsAnswersOn(page, step));

/** One state per question page of the model, in its order, between the intro and "Check your answers". */
const QUESTION_STATES = Object.fromEntries(
  QUESTION_STEPS.map((step, i) => [step, questionState(step, QUESTION_STEPS[i - 1] ?? 'intro', QUESTION_STEPS[i + 1] ?? 'review', pagesReading(step, i))]),
) as Record<QuestionStep, ReturnType<typeof questionState>>;

export const decisionAidMachine = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
  },
  guards: {
    stepIsComplete: ({ context }, params: { step: QuestionStep }) => isPageComplete(params.step, context.answers),
    allStepsComplete: ({ context }) => allMissingQuestions(context.answers).length === 0,
    isReturningToReview: ({ context }) => context.returnToReview,
    // Stryker disable next-line ConditionalExpression: only the review.change and review.fix transitions use this guard; the type test narrows the event for TypeScript
    changesStep: ({ event }, params: { step: QuestionStep }) => (event.type === 'review.change' || event.type === 'review.fix') && event.step === params.step,
    offersNewOn: ({ context }, params: { step: QuestionStep; page: QuestionStep }) =>
      context.answersBeforeChange !== undefined && offersNew(params.page, context.answersBeforeChange, prunePage(params.step, context.answers)),
  },
  actions: {
    updateAnswers: assign(({ context, event }) => {
      assertEvent(event, 'answers.update');
      return { answers: withChanges(context.answers, event.patch), answeredAt: event.at ?? context.answeredAt };
    }),
    commitStepAnswers: assign({
      answers: ({ context }, params: { step: QuestionStep }) => committed(params.step, context.answers),
    }),
    showStepErrors: assign(({ context }, params: { step: QuestionStep }) => ({
      errors: missingQuestions(params.step, context.answers),
      errorCount: context.errorCount + 1,
    })),
    showAllErrors: assign(({ context }) => ({
      errors: allMissingQuestions(context.answers),
      errorCount: context.errorCount + 1,
    })),
    clearErrors: assign({ errors: [] }),
    startReturningToReview: assign({ returnToReview: true, answersBeforeChange: ({ context }) => context.answers }),
    stopReturningToReview: assign({ returnToReview: false, answersBeforeChange: undefined }),
    setGuideAnswers: assign(({ context, event }) => {
      assertEvent(event, 'guide.answer');
      // Only the guide's own questions, and only answers they offer: the answers the guide
      // was built from stay as they were confirmed, and a bad value never reaches a saved session.
      const patch = Object.fromEntries(Object.entries(event.patch).filter(([id]) => GUIDE_QUESTIONS.has(id)));
      return { answers: prunePage('guide', withChanges(context.answers, patch as Answers)), answeredAt: event.at ?? context.answeredAt };
    }),
    resetAnswers: assign({ answers: () => emptyAnswers(), returnToReview: false, answeredAt: undefined }),
  },
}).createMachine({
  id: 'ldnDecisionAid',
  initial: START_STEP,
  on: {
    'flow.reset': { target: '.intro', actions: ['resetAnswers', 'clearErrors'] },
  },
  context: () => startingContext(),
  states: {
    intro: {
      on: { 'flow.start': { target: FIRST_STEP } },
    },
    ...QUESTION_STATES,
    review: {
      entry: 'stopReturningToReview',
      exit: 'clearErrors',
      on: {
        'review.change': QUESTION_STEPS.map((step) => ({
          guard: { type: 'changesStep' as const, params: { step } },
          target: step,
          actions: 'startReturningToReview' as const,
        })),
        'review.fix': QUESTION_STEPS.map((step) => ({
          guard: { type: 'changesStep' as const, params: { step } },
          target: step,
          actions: ['startReturningToReview' as const, { type: 'showStepErrors' as const, params: { step } }],
        })),
        'review.confirm': [{ guard: 'allStepsComplete', target: 'guide' }, { actions: 'showAllErrors' }],
        'step.back': { target: LAST_STEP },
      },
    },
    guide: {
      on: {
        'guide.answer': { actions: 'setGuideAnswers' },
        'guide.changeAnswers': { target: 'review' },
        'step.back': { target: 'review' },
        'guide.startOver': { target: 'intro', actions: 'resetAnswers' },
      },
    },
  },
});

/**
 * One question page: Continue validates, Back never loses what was typed.
 * Errors are cleared on leaving (not on entering), so "review.fix" can open a page with its errors shown.
 * Opened from "Check your answers", Continue returns there, through any page in `reading` the change offers something new on.
 */
function questionState(step: QuestionStep, previous: StepId, next: StepId, reading: readonly QuestionStep[]) {
  const complete = { type: 'stepIsComplete' as const, params: { step } };
  return {
    exit: 'clearErrors' as const,
    on: {
      'answers.update': { actions: 'updateAnswers' as const },
      'step.continue': [
        ...reading.map((page) => ({
          guard: and([complete, 'isReturningToReview', { type: 'offersNewOn' as const, params: { step, page } }]),
          target: page,
          actions: { type: 'commitStepAnswers' as const, params: { step } },
        })),
        {
          guard: and([complete, 'isReturningToReview']),
          target: 'review',
          actions: { type: 'commitStepAnswers' as const, params: { step } },
        },
        {
          guard: complete,
          target: next,
          actions: { type: 'commitStepAnswers' as const, params: { step } },
        },
        { actions: { type: 'showStepErrors' as const, params: { step } } },
      ],
      'step.back': [{ guard: 'isReturningToReview' as const, target: 'review' }, { target: previous }],
    },
  };
}

export type DecisionAidMachine = typeof decisionAidMachine;
