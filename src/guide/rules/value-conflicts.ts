/**
 * When a value that matters a lot to the patient pulls against an option. Each is said in the
 * guide in one sourced sentence (content/values.ts); the rule lives here once,
 * and the list's order is the guide's: LDN's first, then standard care's, then
 * keeping the plan's.
 */
import type { Answers } from '../../questionnaire/answers.js';
import type { Leaning, ValueId } from '../../questionnaire/options.js';
import { mattersALot, reportsUnder18 } from '../../questionnaire/predicates.js';
import type { OptionId } from '../ids.js';
import type { Rule } from './rule.js';
import { mayBeInOpioidUseDisorderTreatment } from './safety-flags.js';

/** A rule that also names the options it pulls against and the value whose rating raised it. */
interface ConflictRule<Id extends string> extends Rule<Id> {
  readonly options: readonly OptionId[];
  /** The value it names: the one whose rating raised it. */
  readonly value: (a: Answers) => ValueId;
}

const conflict = <const Id extends string>(
  id: Id,
  options: OptionId | readonly OptionId[],
  value: ValueId,
  applies: (a: Answers) => boolean,
): ConflictRule<Id> => ({
  id,
  options: typeof options === 'string' ? [options] : options,
  value: () => value,
  applies,
});
/** Raised when the value matters a lot. */
const whenALot = <const Id extends string>(id: Id, options: OptionId | readonly OptionId[], value: ValueId) =>
  conflict(id, options, value, (a) => mattersALot(a, value));
/** Raised when the value matters a lot and the other one does not. */
const whenAbove = <const Id extends string>(id: Id, option: OptionId, value: ValueId, other: ValueId) =>
  conflict(id, option, value, (a) => mattersALot(a, value) && !mattersALot(a, other));

/**
 * Both medicine options, in equal detail (IPDAS, S14): side effects and cost
 * count against trying LDN and against standard POTS medicines alike, as the
 * options table and the sentences say (LDN's common side effects, S0, S8; the
 * standard medicines' own, S0; LDN made to order, S0; any medicine's cost).
 * Counting them against LDN only would make a patient leaning toward standard
 * care with the same values see no tension. Keeping the current plan adds no
 * new side effects or costs, so they do not count against it.
 */
const MEDICINES: readonly OptionId[] = ['ldn', 'conventional'];

/** The values of relief from symptoms, in list order: wanting either pulls against keeping the current plan. */
export const RELIEF = ['relief-fatigue-pain-fog', 'relief-heart-rate-dizziness'] as const satisfies readonly ValueId[];

export const VALUE_CONFLICT_RULES = [
  // The naltrexone label rules it out during treatment with methadone or buprenorphine (S3).
  whenALot('stay-on-oud-treatment', 'ldn', 'stay-on-oud-treatment'),
  // LDN blocks opioid pain relief (S0, S3).
  whenALot('opioid-pain-relief', 'ldn', 'keep-opioid-pain-relief'),
  // Vivid dreams and trouble sleeping are LDN's common side effects (S0, S8); standard medicines have side effects too (S0).
  whenALot('side-effects', MEDICINES, 'avoid-side-effects'),
  // LDN is often compounded (S0); any medicine costs something, and what is covered varies: asked, not stated.
  whenALot('cost', MEDICINES, 'cost'),
  // LDN is not mainly aimed at heart rate or light-headedness (S0).
  whenAbove('heart-rate-over-fatigue', 'ldn', 'relief-heart-rate-dizziness', 'relief-fatigue-pain-fog'),
  // Results of a controlled trial of LDN in POTS are years away (S2): waiting for stronger research, if it matters a lot, pulls against trying it now.
  whenALot('wait-for-research', 'ldn', 'wait-for-research'),
  // Standard POTS medicines are mainly aimed at heart rate and blood pressure (S0, S5): the mirror of heart-rate-over-fatigue.
  whenAbove('fatigue-over-heart-rate', 'conventional', 'relief-fatigue-pain-fog', 'relief-heart-rate-dizziness'),
  // Keeping the current plan adds no new treatment to try, whichever relief matters a lot (the first named, if both do).
  {
    id: 'relief-wanted',
    options: ['no-change'],
    applies: (a) => RELIEF.some((v) => mattersALot(a, v)),
    value: (a) => RELIEF.find((v) => mattersALot(a, v))!,
  },
] as const satisfies readonly ConflictRule<string>[];

export type ValueConflictId = (typeof VALUE_CONFLICT_RULES)[number]['id'];

export const VALUE_CONFLICTS: readonly ValueConflictId[] = VALUE_CONFLICT_RULES.map((r) => r.id);

/** A value that matters a lot and pulls against one or more options: said in a sentence so the patient sees the link (IPDAS: values clarification tied to the options). */
export interface ValueConflict {
  id: ValueConflictId;
  value: ValueId;
  options: readonly OptionId[];
}

/** The conflicts the answers raise, in the order of the rules. */
export function valueConflicts(a: Answers): ValueConflict[] {
  return VALUE_CONFLICT_RULES.filter((r) => r.applies(a)).map((r) => ({ id: r.id, value: r.value(a), options: r.options }));
}

/** The option each answer to "which option are you leaning toward?" names; "not sure yet" names none. */
export const LEANING_OPTION = {
  'try-ldn': 'ldn',
  'standard-care': 'conventional',
  'keep-current-plan': 'no-change',
  'not-sure-yet': undefined,
} as const satisfies Record<Leaning, OptionId | undefined>;

/**
 * The values that matter a lot and pull against the option the patient leans
 * toward, in the order of the conflicts: the guide names the tension in one
 * neutral sentence (the Ottawa guide's "weigh" step).
 */
export function valuesAgainstLeaning(a: Answers, conflicts: readonly ValueConflict[]): ValueId[] {
  const option = a.leaning && LEANING_OPTION[a.leaning];
  // Stryker disable next-line ConditionalExpression: with no option leaned toward, no conflict names one, so the filter below finds none too
  if (!option) return [];
  return [...new Set(conflicts.filter((c) => c.options.includes(option) && mattersALot(a, c.value)).map((c) => c.value))];
}

/** Pulls against one medicine option and not the other: a value that sets LDN and standard POTS medicines apart. */
const setsMedicinesApart = (c: ValueConflict): boolean => MEDICINES.filter((o) => c.options.includes(o)).length === 1;

/**
 * Trying LDN where its label rules it out (treatment for opioid use
 * disorder, possibly: S3) or its safe use is not established (under 18: S3):
 * nothing is said to fit that choice.
 */
const ldnNotOpen = (a: Answers): boolean => mayBeInOpioidUseDisorderTreatment(a) || reportsUnder18(a);

/**
 * The weigh step's other side (third re-read n5): values that matter a lot and
 * pull against one medicine option but not against the one leaned toward, so
 * the guide names what fits the choice as well as what pulls against it. Side
 * effects and cost pull against both medicines, and wanting relief only
 * against keeping the plan, so neither says what fits a choice: keeping the
 * plan is not "fit" by avoiding side effects when the plan has its own warning
 * (ivabradine in pregnancy), nor is a medicine "fit" by relief it is not shown
 * to bring (the review of the n5 fix).
 */
export function valuesTowardLeaning(a: Answers, conflicts: readonly ValueConflict[]): ValueId[] {
  const option = a.leaning && LEANING_OPTION[a.leaning];
  if (!option || (option === 'ldn' && ldnNotOpen(a))) return [];
  // A value against the leaning never fits it, even when another of its conflicts sets the medicines apart.
  const against = valuesAgainstLeaning(a, conflicts);
  return [...new Set(conflicts.filter(setsMedicinesApart).map((c) => c.value))].filter((v) => !against.includes(v));
}

/**
 * A conflict that tells the option leaned toward apart from the others: side
 * effects and cost pull against both medicine options alike, so they never
 * flag a leaning in the clinician summary or the QR code on their own (third
 * re-read n5); the guide still names them.
 */
export const tellsOptionsApart = (c: ValueConflict): boolean => !MEDICINES.every((o) => c.options.includes(o));
