/**
 * The answers' type, derived from the model: one optional entry per question,
 * keyed by its id, holding an option code (single choice) or a list of codes
 * (multiple choice). Plain JSON: it is what the widget saves and hands to
 * `ldn-complete` listeners. An absent key is an unanswered question.
 */
import type { ChoiceQuestion, Group, MultipleQuestion } from './items.js';
import type { PAGES } from './model.js';

type ItemsIn<I> = I extends Group<string, infer C> ? I | ItemsIn<C> : I;

/** Every item of the model, groups included, as a union of its literal types. */
export type ModelItem = ItemsIn<(typeof PAGES)[number]['items'][number]>;
export type ModelQuestion = Extract<ModelItem, { kind: 'choice' | 'multiple' }>;
export type QuestionId = ModelQuestion['id'];
export type GroupId = Extract<ModelItem, { kind: 'group' }>['id'];
export type StepOfModel = (typeof PAGES)[number]['step'];

type AnswerTo<Q> = Q extends MultipleQuestion<string, infer O> ? readonly O[] : Q extends ChoiceQuestion<string, infer O> ? O : never;

export type Answers = { readonly [Q in ModelQuestion as Q['id']]?: AnswerTo<Q> };

/** The answer type of one question, e.g. `AnswerOf<'diagnosis'>`. */
export type AnswerOf<Id extends QuestionId> = NonNullable<Answers[Id]>;

export const emptyAnswers = (): Answers => ({});

/** A copy that shares nothing with the original (answers are flat: codes and lists of codes); `undefined` entries are dropped. */
export function copyAnswers(a: Answers): Record<string, string | string[]> {
  const copy: Record<string, string | string[]> = {};
  for (const [id, value] of Object.entries(a) as [string, string | readonly string[] | undefined][]) {
    if (value !== undefined) copy[id] = typeof value === 'string' ? value : [...value];
  }
  return copy;
}

/**
 * Applies a change: a question set to `undefined` or to an empty list becomes
 * unanswered (its key is removed), so answers stay in one canonical shape.
 */
export function withChanges(a: Answers, patch: Answers): Answers {
  const next: Record<string, unknown> = copyAnswers(a);
  for (const [id, value] of Object.entries(patch)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[id];
    else next[id] = typeof value === 'string' ? value : [...value];
  }
  return next as Answers;
}
