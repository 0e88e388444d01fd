/**
 * Where the flow is, as plain data: the step shown and the machine's context.
 * The first page renders from it before the flow machine (machine.ts, with
 * XState) has arrived in its chunk; restored progress and the browser's Back
 * and Forward describe the state to start from with it. The machine starts
 * from the same first state.
 */
import { type Answers, emptyAnswers, type QuestionId } from '../questionnaire/answers.js';
import type { StepId } from './steps.js';

export interface FlowContext {
  answers: Answers;
  /** Set when a step was opened from "Check your answers": Continue and Back go back there. */
  returnToReview: boolean;
  /** The answers when "Check your answers" opened a step: Continue shows a later page the change offers something new on. */
  answersBeforeChange?: Answers;
  /** Questions still unanswered after the last Continue; empty until Continue is pressed. */
  errors: QuestionId[];
  /** Counts failed Continue presses, so the view moves focus to the error summary every time. */
  errorCount: number;
  /**
   * When an answer last changed (ISO 8601, from the event that changed it): the
   * clinician summary and the FHIR response say when the patient answered, since
   * the questions ask about "the last two weeks" and a saved guide may be shown weeks later.
   */
  answeredAt?: string;
}

/** A state of the flow: `value` is the step shown, as in an XState snapshot. */
export interface FlowState {
  value: StepId;
  context: FlowContext;
}

/** The step a fresh start shows. */
export const START_STEP = 'intro' satisfies StepId;

/** The context of a fresh start, or of progress resumed with the given answers: no errors shown yet. */
export const startingContext = (answers: Answers = emptyAnswers(), returnToReview = false, answeredAt?: string): FlowContext => ({
  answers,
  returnToReview,
  errors: [],
  errorCount: 0,
  ...(answeredAt && { answeredAt }),
});
