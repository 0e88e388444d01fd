/**
 * The kinds of item a page can hold, and small constructors that keep each
 * question's option codes and id typed, so the answers' type can be derived
 * from the model (`answers.ts`). Kinds map one to one onto FHIR R4 item types:
 * `choice` and `multiple` are `choice` items (`repeats` for multiple), `group` is `group`.
 */
import type { Enable } from './conditions.js';
import { OPTION_SETS, type OptionOf, type OptionSetId } from './options.js';

interface Common<Id extends string> {
  /** Stable: the FHIR `linkId`, the key in the answers, and the field's DOM id. */
  readonly id: Id;
  /** When the item applies; absent means always (FHIR `enableWhen`, `enableBehavior`). */
  readonly enableWhen?: Enable;
}

/** One answer from a list (radios). */
export interface ChoiceQuestion<Id extends string = string, O extends string = string> extends Common<Id> {
  readonly kind: 'choice';
  readonly optionSet: OptionSetId;
  readonly options: readonly O[];
  readonly required: boolean;
  /** Options offered only while their condition holds, e.g. only the symptoms the patient rated. */
  optionEnableWhen?(option: O): Enable;
  /** Short scale shown side by side. */
  readonly inline?: boolean;
}

/**
 * Any number of answers from a list (checkboxes), or at most `max` (FHIR's
 * `questionnaire-maxOccurs`); an exclusive answer ("None of these") clears the
 * others. A list of one option is a single checkbox, worded by the question.
 */
export interface MultipleQuestion<Id extends string = string, O extends string = string> extends Common<Id> {
  readonly kind: 'multiple';
  readonly optionSet: OptionSetId;
  readonly options: readonly O[];
  readonly exclusive: readonly O[];
  readonly required: boolean;
  readonly max?: number;
  /** Options offered only while their condition holds, e.g. only the symptoms the patient rated. */
  optionEnableWhen?(option: O): Enable;
}

/**
 * Items shown together. `rating-grid`: several questions on one scale under a
 * shared question. `subject`: follow-up questions about one thing the patient
 * ticked, named by the group's text (a treatment).
 */
export interface Group<Id extends string = string, I extends Item = Item> extends Common<Id> {
  readonly kind: 'group';
  readonly presentation: 'rating-grid' | 'subject';
  readonly items: readonly I[];
}

export type Question = ChoiceQuestion | MultipleQuestion;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a group of any items; narrowed by the derived types in answers.ts
export type Item = Question | Group<string, any>;

/** One step of the questionnaire: a FHIR group whose items are the page's questions, in page order. */
export interface Page<Step extends string = string, I extends Item = Item> {
  readonly step: Step;
  readonly items: readonly I[];
}

interface QuestionOptions {
  /** Default true: the page cannot be left until it is answered (while it applies). */
  readonly required?: boolean;
  readonly enableWhen?: Enable;
}

function questionBase<Id extends string, S extends OptionSetId>(id: Id, optionSet: S, o: QuestionOptions) {
  return {
    id,
    optionSet,
    options: OPTION_SETS[optionSet] as readonly OptionOf<S>[],
    required: o.required ?? true,
    ...(o.enableWhen && { enableWhen: o.enableWhen }),
  };
}

export function choice<const Id extends string, const S extends OptionSetId>(
  id: Id,
  optionSet: S,
  o: QuestionOptions & { inline?: boolean; optionEnableWhen?: (option: OptionOf<S>) => Enable } = {},
): ChoiceQuestion<Id, OptionOf<S>> {
  return {
    ...questionBase(id, optionSet, o),
    kind: 'choice',
    // Stryker disable next-line ObjectLiteral: no single choice has conditions on its options today (multiple choices do)
    ...(o.optionEnableWhen && { optionEnableWhen: o.optionEnableWhen }),
    ...(o.inline && { inline: true }),
  };
}

export function multiple<const Id extends string, const S extends OptionSetId>(
  id: Id,
  optionSet: S,
  o: QuestionOptions & { exclusive?: readonly OptionOf<S>[]; max?: number; optionEnableWhen?: (option: OptionOf<S>) => Enable } = {},
): MultipleQuestion<Id, OptionOf<S>> {
  return {
    ...questionBase(id, optionSet, o),
    kind: 'multiple',
    exclusive: o.exclusive ?? [],
    ...(o.max && { max: o.max }),
    ...(o.optionEnableWhen && { optionEnableWhen: o.optionEnableWhen }),
  };
}

export function group<const Id extends string, const I extends Item>(
  id: Id,
  presentation: Group['presentation'],
  items: readonly I[],
  o: { enableWhen?: Enable } = {},
): Group<Id, I> {
  return { id, kind: 'group', presentation, items, ...(o.enableWhen && { enableWhen: o.enableWhen }) };
}

export function page<const Step extends string, const I extends Item>(step: Step, items: readonly I[]): Page<Step, I> {
  return { step, items };
}
