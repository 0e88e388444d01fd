/**
 * Answer generators for the guide tests: exhaustive combinations of the
 * answers that feed the safety section, and a fast-check arbitrary over every
 * question in the model. Named example patients live in `../fixtures/patients.ts`.
 */
import fc from 'fast-check';
import type { Answers, AnswerOf } from '../../src/questionnaire/answers.js';
import { withChanges } from '../../src/questionnaire/answers.js';
import type { Question } from '../../src/questionnaire/items.js';
import { question, QUESTIONS } from '../../src/questionnaire/structure.js';

// ---------------------------------------------------------------------------
// Combination generators
// ---------------------------------------------------------------------------

/** Every value of an optional answer: each option, and unanswered. */
export const orUnanswered = <T>(values: readonly T[]): (T | undefined)[] => [...values, undefined];

/** All 2^n subsets of a list, each in the list's order. */
export function subsets<T>(items: readonly T[]): T[][] {
  return Array.from({ length: 2 ** items.length }, (_, mask) => items.filter((_, i) => mask & (1 << i)));
}

/**
 * Every way to answer a question, unanswered included: each option of a single
 * choice; for a multiple choice, every subset of its ordinary options (the
 * empty one unanswered) and each exclusive answer alone.
 */
export function everyAnswer(q: Question): (string | readonly string[] | undefined)[] {
  if (q.kind === 'choice') return orUnanswered(q.options);
  const ordinary = q.options.filter((o) => !q.exclusive.includes(o));
  return [...subsets(ordinary).map((c) => (c.length ? c : undefined)), ...q.exclusive.map((x) => [x])];
}

/** Every way to answer the related-conditions question: all 64 subsets (the empty one unanswered), "none of these", "prefer not to say". */
export const CONDITION_ANSWERS = everyAnswer(question('conditions')) as (readonly string[] | undefined)[];

/** The questions that decide the safety section (flags, their order, and the opioid follow-ups). */
export const SAFETY_QUESTIONS = ['opioid-use', 'opioid-use-disorder-treatment', 'opioid-pattern', 'planned-procedure', 'liver', 'pregnancy'] as const;
export type SafetyAnswers = Pick<Answers, (typeof SAFETY_QUESTIONS)[number]>;

/** Every answer to each safety question, unanswered included: the domains of `safetyCombinations()`. */
export const SAFETY_DOMAINS = Object.fromEntries(SAFETY_QUESTIONS.map((id) => [id, everyAnswer(question(id))])) as {
  [Id in (typeof SAFETY_QUESTIONS)[number]]: (AnswerOf<Id> | undefined)[];
};

/**
 * 1, except under `npm run mutate`, whose Node set-up (scripts/mutate/register.mjs) sets 7:
 * there `safetyCombinations()` takes every 7th combination, so that each of some 1,900
 * mutants waits seconds on the exhaustive tests, not minutes. 7 shares no factor with the
 * domain sizes (4, 5, 10), so every answer of every safety question still comes up.
 * CI, the browser and `npm test` always take all of them.
 */
export const COMBINATION_STRIDE: number = (globalThis as { ldnCombinationStride?: number }).ldnCombinationStride ?? 1;

/** Every combination of the safety answers (4 × 4 × 4 × 4 × 5 × 10 = 12,800, or every `COMBINATION_STRIDE`th), derived from the model's options. */
export function* safetyCombinations(): Generator<SafetyAnswers> {
  let k = 0;
  for (const combination of allSafetyCombinations()) if (k++ % COMBINATION_STRIDE === 0) yield combination;
}

function* allSafetyCombinations(): Generator<SafetyAnswers> {
  function* from(i: number, partial: Record<string, string | readonly string[] | undefined>): Generator<SafetyAnswers> {
    if (i === SAFETY_QUESTIONS.length) {
      yield { ...partial } as SafetyAnswers;
      return;
    }
    const id = SAFETY_QUESTIONS[i]!;
    for (const value of SAFETY_DOMAINS[id]) yield* from(i + 1, { ...partial, [id]: value });
  }
  yield* from(0, {});
}

export const SAFETY_COMBINATION_COUNT = Object.values(SAFETY_DOMAINS).reduce((n, d) => n * d.length, 1);

/** How many combinations `safetyCombinations()` yields: all 12,800 but under `npm run mutate`. */
export const SAFETY_COMBINATIONS_TAKEN = Math.ceil(SAFETY_COMBINATION_COUNT / COMBINATION_STRIDE);

/** `base` with `patch` applied: a question set to undefined in the patch becomes unanswered, so nothing from the base leaks through. */
export const withAnswers = (base: Answers, patch: Answers): Answers => withChanges(base, patch);

/** A compact description of answers for failure messages. */
export const describeAnswers = (a: Answers): string => JSON.stringify(a);

// ---------------------------------------------------------------------------
// fast-check arbitraries
// ---------------------------------------------------------------------------

function answerArbitrary(q: Question): fc.Arbitrary<string | string[]> {
  return q.kind === 'multiple' ? fc.shuffledSubarray([...q.options], { minLength: 1 }) : fc.constantFrom(...q.options);
}

/**
 * Any `Answers` at all, complete or not, consistent or not: every question of
 * the model sometimes unanswered, follow-ups sometimes left over from an
 * earlier answer (the guide builder prunes them), exclusive answers sometimes
 * beside ticked ones. Shrinks towards blank.
 */
export const anyAnswers: fc.Arbitrary<Answers> = fc.record(Object.fromEntries(QUESTIONS.map((p) => [p.item.id, answerArbitrary(p.item as Question)])), {
  requiredKeys: [],
  noNullPrototype: true,
}) as fc.Arbitrary<Answers>;

/** Everything except the safety answers, for crossing with `safetyCombinations()`. */
export const anyOtherAnswers: fc.Arbitrary<Answers> = anyAnswers.map((a) => {
  const rest: Record<string, unknown> = { ...a };
  for (const id of SAFETY_QUESTIONS) delete rest[id];
  return rest as Answers;
});
