/**
 * The model walked once: every item in page order with its page and group,
 * lookups by id, and the two questions every consumer asks of an item: does it
 * apply to these answers, and which options does it offer.
 */
import { type AnswerMap, type Enable, holds } from './conditions.js';
import type { Answers, GroupId, ModelItem, QuestionId, StepOfModel } from './answers.js';
import type { Group, Item, Page, Question } from './items.js';
import { PAGES } from './model.js';

export interface Placed {
  readonly item: ModelItem;
  readonly step: StepOfModel;
  /** The group the item sits in, if any. */
  readonly parent?: Group;
}

function place(items: readonly Item[], step: StepOfModel, parent?: Group): Placed[] {
  return items.flatMap((item) => [
    { item: item as ModelItem, step, ...(parent && { parent }) },
    ...(item.kind === 'group' ? place(item.items as readonly Item[], step, item) : []),
  ]);
}

/** Every item, depth first, in the order the pages show them. */
export const ITEMS: readonly Placed[] = PAGES.flatMap((p) => place(p.items, p.step));

export const QUESTIONS: readonly Placed[] = ITEMS.filter((p) => p.item.kind !== 'group');

const BY_ID = new Map<string, Placed>(ITEMS.map((p) => [p.item.id, p]));

/** The item with this id, if the model has one (for ids from untrusted data). */
export const findItem = (id: string): ModelItem | undefined => BY_ID.get(id)?.item;

export function placed(id: QuestionId | GroupId): Placed {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`No question or group "${id}" in the questionnaire`);
  return found;
}

export const question = (id: QuestionId): Question => placed(id).item as Question;

const QUESTIONS_BY_STEP = new Map<string, Question[]>();
for (const p of QUESTIONS) QUESTIONS_BY_STEP.set(p.step, [...(QUESTIONS_BY_STEP.get(p.step) ?? []), p.item as Question]);

/** The questions on one page, in page order (follow-ups and grouped questions included). */
export const questionsOn = (step: StepOfModel): readonly Question[] => QUESTIONS_BY_STEP.get(step) ?? [];

/** The pages with their steps typed and their items widened, for walking without the model's literal types. */
export const PAGE_LIST: readonly Page<StepOfModel>[] = PAGES;

export const pageOf = (step: StepOfModel): Page<StepOfModel> => PAGE_LIST.find((p) => p.step === step)!;

/**
 * Whether a condition holds, FHIR's way: an answer to a question that does not
 * apply counts as no answer. So a follow-up of a follow-up closes with its
 * parent, even while the flow still holds the answers it had (they are pruned
 * when the page is completed).
 */
export function holdsNow(enable: Enable, a: Answers): boolean {
  const read: Record<string, AnswerMap[string]> = {};
  for (const { question: id } of enable.when) {
    // Stryker disable next-line ConditionalExpression: reading a question twice reads the same answer; the test only saves work
    if (id in read) continue;
    // Stryker disable next-line OptionalChaining: every condition names a question of the model (questionnaire.test.ts checks it), so the lookup never misses
    const q = BY_ID.get(id)?.item;
    read[id] = q && isEnabled(q, a) ? (a as AnswerMap)[id] : undefined;
  }
  return holds(enable, read);
}

/** FHIR semantics: an item applies when its own condition holds and its group applies. */
export function isEnabled(item: Item, a: Answers): boolean {
  if (item.enableWhen && !holdsNow(item.enableWhen, a)) return false;
  // Stryker disable next-line OptionalChaining: every item asked about is one of the model's, so the lookup never misses
  const parent = BY_ID.get(item.id)?.parent;
  return parent ? isEnabled(parent, a) : true;
}

/** The options a question offers for these answers, in list order. */
export function offeredOptions(q: Question, a: Answers): readonly string[] {
  if (!q.optionEnableWhen) return q.options;
  const condition = q.optionEnableWhen as (option: string) => Enable;
  return q.options.filter((o) => holdsNow(condition(o), a));
}

/**
 * Items that one question opens: those on its page whose condition reads that
 * question alone. Views show each one under the answer that opens it. (A
 * condition may read a question on an earlier page, as the values do: such an
 * item stays in its own place.)
 */
export function followUpsOf(q: Question): ModelItem[] {
  const step = BY_ID.get(q.id)?.step;
  return ITEMS.filter(({ item, step: on }) => on === step && item.enableWhen?.when.every((c) => c.question === q.id && c.operator === '=')).map((p) => p.item);
}

const FOLLOW_UP_IDS = new Set<string>(QUESTIONS.flatMap((p) => followUpsOf(p.item as Question).map((f) => f.id)));

/** Shown under the answer that opens it, not in its own place on the page. */
export const isFollowUp = (item: Item): boolean => FOLLOW_UP_IDS.has(item.id);

/** Whether choosing `option` on its own opens the follow-up. */
export function opensFollowUp(q: Question, option: string, followUp: Item): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: conditionHolds reads one answer and a list of that one alike; the list is the answer's true shape
  const answer = q.kind === 'multiple' ? [option] : option;
  return !followUp.enableWhen || holds(followUp.enableWhen, { [q.id]: answer });
}

/**
 * Follow-ups of a multiple choice that more than one of its options opens
 * (the question about opioid use disorder, after buprenorphine or methadone):
 * shown once, after the list, rather than under each ticked option.
 */
export function isSharedFollowUp(q: Question, followUp: Item): boolean {
  return q.kind === 'multiple' && q.options.filter((o) => opensFollowUp(q, o, followUp)).length > 1;
}

/** Whether a question has an answer that is acceptable now (an offered option, or a list of 1 to `max` offered options). */
export function hasValidAnswer(q: Question, a: Answers): boolean {
  const value = (a as AnswerMap)[q.id];
  // Stryker disable next-line ConditionalExpression: ticksShown and the typeof test below turn a missing answer away too; this only says it first
  if (value === undefined) return false;
  if (q.kind === 'multiple') {
    const shown = ticksShown(q, a);
    return shown > 0 && shown <= (q.max ?? Infinity);
  }
  // Stryker disable next-line ConditionalExpression: includes() turns away a list too; the typeof test narrows for TypeScript
  return typeof value === 'string' && offeredOptions(q, a).includes(value);
}

/** How many of a list's ticks are shown: ticks no longer offered (a symptom no longer rated) are not, so they do not count; Continue drops them. */
function ticksShown(q: Question, a: Answers): number {
  const value = (a as AnswerMap)[q.id];
  if (value === undefined || typeof value === 'string') return 0;
  const offered = offeredOptions(q, a);
  return value.filter((v) => offered.includes(v)).length;
}

/** More ticks shown than a list allows: wrong even where the list is optional. */
// Stryker disable next-line ConditionalExpression,LogicalOperator: a single choice has no max, and a count is never over an absent max; the first two tests narrow for TypeScript
export const overMax = (q: Question, a: Answers): boolean => q.kind === 'multiple' && q.max !== undefined && ticksShown(q, a) > q.max;
