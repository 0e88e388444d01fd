/**
 * What the widget keeps in the browser's history entries, and where it goes
 * when the browser shows one (step-history.ts wires it to the page). Pure: no
 * DOM. Each entry's state holds, under one key of the widget's own beside
 * whatever the host page keeps there, a record per widget on the page: the
 * step it showed and the run of answers it belongs to ("Start over" and the
 * host's reset() begin a new run, so older entries are known to be stale).
 */
import type { FlowContext } from '../../flow/machine.js';
import { QUESTION_STEPS, STEPS, type StepId } from '../../flow/steps.js';
import { prunePage } from '../../questionnaire/prune.js';
import { missingQuestions } from '../../questionnaire/validate.js';

export interface StepRecord {
  step: StepId;
  returnToReview: boolean;
  run: string;
}

/** The key of the widget's records in a history entry's state. */
export const STATE_KEY = 'ldnDecisionAid';

type Records = Record<string, StepRecord>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isRecord = (value: unknown): value is StepRecord =>
  isObject(value) && (STEPS as readonly unknown[]).includes(value.step) && typeof value.returnToReview === 'boolean' && typeof value.run === 'string';

function recordsIn(state: unknown): Records {
  const records = isObject(state) ? state[STATE_KEY] : undefined;
  return isObject(records) ? (records as Records) : {};
}

/** This widget's record in an entry's state, if it left a well-formed one there. */
export function recordIn(state: unknown, widget: string): StepRecord | undefined {
  const record = recordsIn(state)[widget];
  return isRecord(record) ? record : undefined;
}

/** Whether another widget on the page recorded this entry too. */
export const othersIn = (state: unknown, widget: string): boolean => Object.keys(recordsIn(state)).some((key) => key !== widget);

/** Whether the host's own state can take a record beside it: nothing, or an object (a string or number would be lost). */
export const canHold = (state: unknown): boolean => state === null || state === undefined || isObject(state);

/** The entry's state with this widget's record set, the host's state and the other widgets' records kept. */
export function withRecord(state: unknown, widget: string, record: StepRecord): Record<string, unknown> {
  const host = isObject(state) ? state : {};
  return { ...host, [STATE_KEY]: { ...recordsIn(state), [widget]: record } };
}

export const sameRecord = (a: StepRecord | undefined, b: StepRecord): boolean => a?.step === b.step && a.returnToReview === b.returnToReview && a.run === b.run;

/** Where the flow goes when the browser shows an entry of this run: a step and the flow's context there. */
export interface Destination {
  step: StepId;
  context: FlowContext;
}

const orderOf = (step: StepId): number => (STEPS as readonly StepId[]).indexOf(step);

/**
 * The recorded step, with every answer kept. Going back needs nothing more.
 * Going forward passes the pages in between as Continue would: their
 * follow-ups that no longer apply are dropped, and the first page with a
 * missing answer stops it there, with its errors shown.
 */
export function destination(record: StepRecord, current: StepId, context: FlowContext): Destination {
  const clean = { ...context, errors: [], returnToReview: record.returnToReview };
  if (orderOf(record.step) <= orderOf(current)) return { step: record.step, context: clean };
  const passed = QUESTION_STEPS.filter((step) => orderOf(step) < orderOf(record.step));
  const pruned = passed.reduce((a, step) => prunePage(step, a), context.answers);
  // The same object when nothing was dropped, so no answer change is reported.
  const answers = JSON.stringify(pruned) === JSON.stringify(context.answers) ? context.answers : pruned;
  const gap = passed.find((step) => missingQuestions(step, answers).length > 0);
  if (!gap) return { step: record.step, context: { ...clean, answers } };
  return { step: gap, context: { ...clean, answers, errors: missingQuestions(gap, answers), errorCount: context.errorCount + 1 } };
}
