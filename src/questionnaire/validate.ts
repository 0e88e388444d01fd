import type { Answers, QuestionId, StepOfModel } from './answers.js';
import { hasValidAnswer, isEnabled, overMax, questionsOn } from './structure.js';

/** The questions on a page that still need an answer, in page order: applying, and required but unanswered, or over their most ticks. */
export function missingQuestions(step: StepOfModel, a: Answers): QuestionId[] {
  return questionsOn(step)
    .filter((q) => isEnabled(q, a) && (q.required ? !hasValidAnswer(q, a) : overMax(q, a)))
    .map((q) => q.id as QuestionId);
}

export const isPageComplete = (step: StepOfModel, a: Answers): boolean => missingQuestions(step, a).length === 0;
