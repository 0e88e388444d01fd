/**
 * When a question applies, as data in the shape of FHIR R4 `enableWhen`
 * (question, operator, answer) plus `enableBehavior`, and the one pure
 * function that evaluates it. Everything that asks "does this apply?" (the
 * flow, the views, pruning, the guide's safety rules, the FHIR export) reads
 * these values; nothing restates them as code.
 */

/** Any answers at all, keyed by question id: a code, or a list of codes. */
export type AnswerMap = Readonly<Record<string, string | readonly string[] | undefined>>;

export type Condition =
  /** FHIR `=`: the answer is this code (for a multiple-choice question: one of its answers is). */
  | { readonly question: string; readonly operator: '='; readonly answer: string }
  /** FHIR `exists`: the question has an answer (true) or has none (false). */
  | { readonly question: string; readonly operator: 'exists'; readonly answer: boolean };

/**
 * `all` and `any` are FHIR's `enableBehavior`. `atLeast` has no `enableWhen`
 * form; the FHIR export writes it as an `enableWhenExpression` (FHIRPath).
 */
export type Behavior = 'all' | 'any' | { readonly atLeast: number };

export interface Enable {
  readonly when: readonly Condition[];
  readonly behavior: Behavior;
}

export const answerIs = (question: string, answer: string): Condition => ({ question, operator: '=', answer });

/** The question's answer is any of these codes. */
export const answerIn = (question: string, answers: readonly string[]): Enable => ({
  when: answers.map((answer) => answerIs(question, answer)),
  behavior: 'any',
});

export const allOf = (...when: Condition[]): Enable => ({ when, behavior: 'all' });

/** FHIR `exists` false: the question has no answer. */
export const unanswered = (question: string): Condition => ({ question, operator: 'exists', answer: false });

/** Any of these `any` conditions holds, whichever questions they read: one FHIR `enableWhen` list with `enableBehavior` any. */
export const anyOf = (...enables: Enable[]): Enable => {
  if (enables.some((e) => e.behavior !== 'any' && e.when.length > 1)) throw new Error('anyOf joins only conditions that hold when any part does');
  return { when: enables.flatMap((e) => e.when), behavior: 'any' };
};

/** At least `count` of the conditions hold. */
export const atLeast = (count: number, when: readonly Condition[]): Enable => ({ when, behavior: { atLeast: count } });

/**
 * Evaluates one condition on the answers as given. A caller that may hold
 * answers to questions that no longer apply reads them through
 * `structure.ts` (`holdsNow`), which counts such answers as absent, as FHIR does.
 */
export function conditionHolds(c: Condition, answers: AnswerMap): boolean {
  const value = answers[c.question];
  // A code and a list of codes alike: empty is no answer (codes are never empty).
  const answered = value !== undefined && value.length > 0;
  if (c.operator === 'exists') return answered === c.answer;
  if (!answered) return false;
  return typeof value === 'string' ? value === c.answer : value.includes(c.answer);
}

export function holds(enable: Enable, answers: AnswerMap): boolean {
  const count = enable.when.filter((c) => conditionHolds(c, answers)).length;
  if (enable.behavior === 'all') return count === enable.when.length;
  if (enable.behavior === 'any') return count > 0;
  return count >= enable.behavior.atLeast;
}
