/** Step ids are stable: they appear in `ldn-step-change` events, saved progress and tests. */
export const STEPS = ['intro', 'condition', 'therapies', 'opioids', 'health', 'symptoms', 'values', 'review', 'guide'] as const;
export type StepId = (typeof STEPS)[number];

export const QUESTION_STEPS = ['condition', 'therapies', 'opioids', 'health', 'symptoms', 'values'] as const;
export type QuestionStep = (typeof QUESTION_STEPS)[number];

export const isQuestionStep = (step: string): step is QuestionStep =>
  (QUESTION_STEPS as readonly string[]).includes(step);
