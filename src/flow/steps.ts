/**
 * Step ids are stable: they appear in `ldn-step-change` events, saved progress
 * and tests. The question pages and their order come from the questionnaire model.
 */
import type { StepOfModel } from '../questionnaire/answers.js';
import { PAGES } from '../questionnaire/model.js';

export type QuestionStep = Exclude<StepOfModel, 'guide'>;

export const QUESTION_STEPS: readonly QuestionStep[] = PAGES.map((p) => p.step).filter((step): step is QuestionStep => step !== 'guide');

export const STEPS = ['intro', ...QUESTION_STEPS, 'review', 'guide'] as const;
export type StepId = 'intro' | QuestionStep | 'review' | 'guide';

export const isQuestionStep = (step: string): step is QuestionStep => (QUESTION_STEPS as readonly string[]).includes(step);

/** Whether a step change is "Start over" clearing every answer: only that leads from the guide to the first page. */
export const isStartOver = (from: StepId, to: StepId): boolean => from === 'guide' && to === 'intro';
