import type { Answers, QuestionId, StepOfModel } from './answers.js';
import { hasValidAnswer, isEnabled, questionsOn } from './structure.js';

/** The questions on a page that still need an answer, in page order: required, applying, and unanswered. */
export function missingQuestions(step: StepOfModel, a: Answers): QuestionId[] {
  return questionsOn(step)
    .filter((q) => q.required && isEnabled(q, a) && !hasValidAnswer(q, a))
    .map((q) => q.id as QuestionId);
}

export const isPageComplete = (step: StepOfModel, a: Answers): boolean => missingQuestions(step, a).length === 0;
