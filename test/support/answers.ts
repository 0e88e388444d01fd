/**
 * Shared answer builders for the guide tests: named example patients,
 * exhaustive combination generators for the answers that feed the safety
 * section, and a fast-check arbitrary covering every field of `Answers`.
 */
import fc from 'fast-check';
import {
  CONDITIONS,
  CONDITIONS_EXCLUSIVE,
  DIAGNOSIS,
  DURATION,
  IMPORTANCE,
  OPIOID_KINDS,
  OPIOID_PATTERN,
  OUTCOMES,
  SEVERITY,
  SURE_ITEMS,
  SYMPTOMS,
  THERAPIES,
  THERAPY_STATUS,
  VALUES,
  YES_NO,
  YES_NO_NOT_SURE,
  YES_NO_NOT_SURE_PREFER_NOT,
  YES_NO_PREFER_NOT,
  type ConditionId,
  type ConditionsExclusive,
  type Severity,
  type SymptomId,
} from '../../src/answers/options.js';
import { type Answers, emptyAnswers } from '../../src/answers/types.js';

// ---------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------

/** Blank answers with a patch on top (nothing answered except what the patch says). */
export function answers(patch: Partial<Answers> = {}): Answers {
  return { ...emptyAnswers(), ...structuredClone(patch) };
}

/** Every symptom rated "none", then the given ratings on top. */
export function symptoms(rated: Partial<Record<SymptomId, Severity>> = {}): Partial<Record<SymptomId, Severity>> {
  return { ...Object.fromEntries(SYMPTOMS.map((id) => [id, 'none' as Severity])), ...rated };
}

/**
 * A complete answer set from a patient with nothing notable to report: POTS
 * diagnosed, no treatments tried, no opioids, no procedure, no liver disease,
 * not pregnant, never took naltrexone, no related condition, every symptom
 * "none", every value "somewhat". Patch it to build an example patient.
 */
export function completeAnswers(patch: Partial<Answers> = {}): Answers {
  return answers({
    diagnosis: 'yes',
    duration: '2-to-5-years',
    noTherapies: true,
    opioidUse: 'no',
    plannedProcedure: 'no',
    liver: 'no',
    pregnancy: 'no',
    naltrexoneBefore: 'no',
    conditionsExclusive: 'none',
    symptoms: symptoms(),
    values: Object.fromEntries(VALUES.map((id) => [id, 'somewhat'])),
    ...patch,
  });
}

/** Answers for one treatment tried, with its status and outcome. */
export function tried(...entries: [Answers['therapies'][number], Answers['therapyDetails'][keyof Answers['therapyDetails']]][]): Partial<Answers> {
  return {
    noTherapies: false,
    therapies: entries.map(([id]) => id),
    therapyDetails: Object.fromEntries(entries),
  };
}

/** Related conditions ticked (clears "none of these"). */
export function withConditions(...conditions: ConditionId[]): Partial<Answers> {
  return { conditions, conditionsExclusive: undefined };
}

// ---------------------------------------------------------------------------
// Named example patients
// ---------------------------------------------------------------------------

export const EXAMPLES = {
  nothingNotable: () => completeAnswers(),
  tramadolRegularly: () =>
    completeAnswers({ opioidUse: 'yes', opioidKinds: ['tramadol'], opioidPattern: 'regular', opioidUseDisorderTreatment: 'no' }),
  notSureAboutOpioids: () =>
    completeAnswers({ opioidUse: 'not-sure', opioidKinds: ['not-sure'], opioidPattern: 'not-sure', opioidUseDisorderTreatment: 'no' }),
  inOpioidUseDisorderTreatment: () =>
    completeAnswers({ opioidUse: 'yes', opioidKinds: ['buprenorphine'], opioidPattern: 'regular', opioidUseDisorderTreatment: 'yes' }),
  everySafetyConcern: () =>
    completeAnswers({
      opioidUse: 'yes',
      opioidKinds: ['methadone'],
      opioidPattern: 'regular',
      opioidUseDisorderTreatment: 'yes',
      plannedProcedure: 'yes',
      liver: 'yes',
      pregnancy: 'yes',
      naltrexoneBefore: 'yes',
      naltrexoneOutcome: 'side-effects',
    }),
} satisfies Record<string, () => Answers>;

// ---------------------------------------------------------------------------
// Combination generators
// ---------------------------------------------------------------------------

/** Every value of an optional answer: each option, and unanswered. */
export const orUnanswered = <T>(values: readonly T[]): (T | undefined)[] => [...values, undefined];

/** All 2^n subsets of a list, each in the list's order. */
export function subsets<T>(items: readonly T[]): T[][] {
  return Array.from({ length: 2 ** items.length }, (_, mask) => items.filter((_, i) => mask & (1 << i)));
}

/** Every way to answer the related-conditions question: all 64 subsets, "none of these", "prefer not to say". */
export const CONDITION_ANSWERS: { conditions: ConditionId[]; conditionsExclusive?: ConditionsExclusive }[] = [
  ...subsets(CONDITIONS).map((conditions) => ({ conditions, conditionsExclusive: undefined })),
  ...CONDITIONS_EXCLUSIVE.map((conditionsExclusive) => ({ conditions: [] as ConditionId[], conditionsExclusive })),
];

/** The answers that decide the safety section (flags, their order, and the opioid follow-ups). */
export type SafetyAnswers = Pick<
  Answers,
  'opioidUse' | 'opioidUseDisorderTreatment' | 'opioidPattern' | 'plannedProcedure' | 'liver' | 'pregnancy'
>;

export const SAFETY_DOMAINS = {
  opioidUse: orUnanswered(YES_NO_NOT_SURE),
  opioidUseDisorderTreatment: orUnanswered(YES_NO_PREFER_NOT),
  opioidPattern: orUnanswered(OPIOID_PATTERN),
  plannedProcedure: orUnanswered(YES_NO_NOT_SURE),
  liver: orUnanswered(YES_NO_NOT_SURE_PREFER_NOT),
  pregnancy: orUnanswered(YES_NO_PREFER_NOT),
} as const;

/** 4 × 4 × 4 × 4 × 5 × 4 = 5,120 combinations, every one. */
export function* safetyCombinations(): Generator<SafetyAnswers> {
  const d = SAFETY_DOMAINS;
  for (const opioidUse of d.opioidUse)
    for (const opioidUseDisorderTreatment of d.opioidUseDisorderTreatment)
      for (const opioidPattern of d.opioidPattern)
        for (const plannedProcedure of d.plannedProcedure)
          for (const liver of d.liver)
            for (const pregnancy of d.pregnancy)
              yield { opioidUse, opioidUseDisorderTreatment, opioidPattern, plannedProcedure, liver, pregnancy };
}

export const SAFETY_COMBINATION_COUNT = Object.values(SAFETY_DOMAINS).reduce((n, d) => n * d.length, 1);

/**
 * `base` with `patch` applied: a field set to undefined in the patch is removed
 * (unanswered), so nothing from the base leaks through. Shallow: nested objects are shared.
 */
export function withAnswers(base: Answers, patch: Partial<Answers>): Answers {
  const next: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as unknown as Answers;
}

/** A compact description of answers for failure messages: only what is set. */
export function describeAnswers(a: Partial<Answers>): string {
  const shown = Object.entries(a).filter(
    ([, v]) => v !== undefined && v !== false && !(Array.isArray(v) && !v.length) && !(typeof v === 'object' && v && !Object.keys(v).length),
  );
  return JSON.stringify(Object.fromEntries(shown));
}

// ---------------------------------------------------------------------------
// fast-check arbitraries
// ---------------------------------------------------------------------------

const optional = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });

/** A partial record over `keys`, each present key with a value from `values` (any subset of keys may be absent). */
function partialRecord<K extends string, V>(keys: readonly K[], value: fc.Arbitrary<V>): fc.Arbitrary<Partial<Record<K, V>>> {
  const model = Object.fromEntries(keys.map((k) => [k, value])) as Record<K, fc.Arbitrary<V>>;
  return fc.record(model, { requiredKeys: [], noNullPrototype: true }) as fc.Arbitrary<Partial<Record<K, V>>>;
}

/**
 * Any `Answers` at all, complete or not, consistent or not: every field of the
 * type, each optional one sometimes unanswered, follow-ups sometimes left over
 * from an earlier answer (the guide builder prunes them). Shrinks towards blank.
 */
export const anyAnswers: fc.Arbitrary<Answers> = fc.record(
  {
    diagnosis: optional(DIAGNOSIS),
    duration: optional(DURATION),
    therapies: fc.shuffledSubarray([...THERAPIES]),
    noTherapies: fc.boolean(),
    therapyDetails: partialRecord(
      THERAPIES,
      fc.record({ status: fc.constantFrom(...THERAPY_STATUS), outcome: fc.constantFrom(...OUTCOMES) }, { requiredKeys: [], noNullPrototype: true }),
    ),
    opioidUse: optional(YES_NO_NOT_SURE),
    opioidKinds: fc.shuffledSubarray([...OPIOID_KINDS]),
    opioidPattern: optional(OPIOID_PATTERN),
    opioidUseDisorderTreatment: optional(YES_NO_PREFER_NOT),
    plannedProcedure: optional(YES_NO_NOT_SURE),
    liver: optional(YES_NO_NOT_SURE_PREFER_NOT),
    pregnancy: optional(YES_NO_PREFER_NOT),
    naltrexoneBefore: optional(YES_NO_NOT_SURE),
    naltrexoneOutcome: optional(OUTCOMES),
    conditions: fc.shuffledSubarray([...CONDITIONS]),
    conditionsExclusive: optional(CONDITIONS_EXCLUSIVE),
    symptoms: partialRecord(SYMPTOMS, fc.constantFrom(...SEVERITY)),
    worstSymptom: optional(SYMPTOMS),
    values: partialRecord(VALUES, fc.constantFrom(...IMPORTANCE)),
    sure: partialRecord(SURE_ITEMS, fc.constantFrom(...YES_NO)),
  },
  { noNullPrototype: true },
);

/** Everything except the safety answers, for crossing with `safetyCombinations()`. */
export const anyOtherAnswers: fc.Arbitrary<Omit<Answers, keyof SafetyAnswers>> = anyAnswers.map(
  ({ opioidUse: _u, opioidUseDisorderTreatment: _t, opioidPattern: _p, plannedProcedure: _r, liver: _l, pregnancy: _g, ...rest }) => rest,
);
