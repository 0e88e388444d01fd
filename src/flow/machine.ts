import { and, assertEvent, assign, setup } from 'xstate';
import type { SureItem, YesNo } from '../answers/options.js';
import { pruneStepAnswers } from '../answers/prune.js';
import { type Answers, emptyAnswers } from '../answers/types.js';
import type { FieldId } from './fields.js';
import { QUESTION_STEPS, type QuestionStep, type StepId } from './steps.js';
import { isStepComplete, missingFields } from './validate.js';

export interface FlowContext {
  answers: Answers;
  /** Set when a step was opened from "Check your answers": Continue and Back go back there. */
  returnToReview: boolean;
  /** Questions still unanswered after the last Continue; empty until Continue is pressed. */
  errors: FieldId[];
  /** Counts failed Continue presses, so the view moves focus to the error summary every time. */
  errorCount: number;
}

export type FlowEvent =
  | { type: 'flow.start' }
  | { type: 'answers.update'; patch: Partial<Answers> }
  | { type: 'step.continue' }
  | { type: 'step.back' }
  | { type: 'review.change'; step: QuestionStep }
  /** From an error link on "Check your answers": open the step with its missing answers marked. */
  | { type: 'review.fix'; step: QuestionStep }
  | { type: 'review.confirm' }
  | { type: 'guide.changeAnswers' }
  | { type: 'guide.startOver' }
  | { type: 'sure.answer'; item: SureItem; value: YesNo };

const allMissingFields = (a: Answers): FieldId[] => QUESTION_STEPS.flatMap((step) => missingFields(step, a));

export const decisionAidMachine = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
  },
  guards: {
    stepIsComplete: ({ context }, params: { step: QuestionStep }) => isStepComplete(params.step, context.answers),
    allStepsComplete: ({ context }) => allMissingFields(context.answers).length === 0,
    isReturningToReview: ({ context }) => context.returnToReview,
    changesStep: ({ event }, params: { step: QuestionStep }) =>
      (event.type === 'review.change' || event.type === 'review.fix') && event.step === params.step,
  },
  actions: {
    updateAnswers: assign({
      answers: ({ context, event }) => {
        assertEvent(event, 'answers.update');
        return { ...context.answers, ...structuredClone(event.patch) };
      },
    }),
    commitStepAnswers: assign({
      answers: ({ context }, params: { step: QuestionStep }) => pruneStepAnswers(params.step, context.answers),
    }),
    showStepErrors: assign(({ context }, params: { step: QuestionStep }) => ({
      errors: missingFields(params.step, context.answers),
      errorCount: context.errorCount + 1,
    })),
    showAllErrors: assign(({ context }) => ({
      errors: allMissingFields(context.answers),
      errorCount: context.errorCount + 1,
    })),
    clearErrors: assign({ errors: [] }),
    startReturningToReview: assign({ returnToReview: true }),
    stopReturningToReview: assign({ returnToReview: false }),
    setSureAnswer: assign({
      answers: ({ context, event }) => {
        assertEvent(event, 'sure.answer');
        return { ...context.answers, sure: { ...context.answers.sure, [event.item]: event.value } };
      },
    }),
    resetAnswers: assign({ answers: () => emptyAnswers(), returnToReview: false }),
  },
}).createMachine({
  id: 'ldnDecisionAid',
  initial: 'intro',
  context: () => ({
    answers: emptyAnswers(),
    returnToReview: false,
    errors: [],
    errorCount: 0,
  }),
  states: {
    intro: {
      on: { 'flow.start': { target: 'condition' } },
    },
    condition: questionState('condition', 'intro', 'therapies'),
    therapies: questionState('therapies', 'condition', 'opioids'),
    opioids: questionState('opioids', 'therapies', 'health'),
    health: questionState('health', 'opioids', 'symptoms'),
    symptoms: questionState('symptoms', 'health', 'values'),
    values: questionState('values', 'symptoms', 'review'),
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
        'step.back': { target: 'values' },
      },
    },
    guide: {
      on: {
        'sure.answer': { actions: 'setSureAnswer' },
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
 */
function questionState(step: QuestionStep, previous: StepId, next: StepId) {
  return {
    exit: 'clearErrors' as const,
    on: {
      'answers.update': { actions: 'updateAnswers' as const },
      'step.continue': [
        {
          guard: and([{ type: 'stepIsComplete' as const, params: { step } }, 'isReturningToReview']),
          target: 'review',
          actions: { type: 'commitStepAnswers' as const, params: { step } },
        },
        {
          guard: { type: 'stepIsComplete' as const, params: { step } },
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
