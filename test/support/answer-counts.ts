/**
 * How much a patient has to do to reach their guide, for the example patients
 * (issue 20: a third fewer required answers and taps than questionnaire 0.2.0).
 * Shared by test/answer-counts.test.ts and `npm run check:length`, which
 * prints the counts beside the words of each guide. Written against the model
 * only, so the same code measured 0.2.0 (see BEFORE in the test).
 */
import { QUESTION_STEPS, type QuestionStep } from '../../src/flow/steps.js';
import type { Answers } from '../../src/questionnaire/answers.js';
import type { AnswerMap } from '../../src/questionnaire/conditions.js';
import { pruneAnswers } from '../../src/questionnaire/prune.js';
import { isEnabled, questionsOn } from '../../src/questionnaire/structure.js';

/** The answers with one page left blank, as the patient finds it. */
function withPageBlank(a: Answers, step: QuestionStep): Answers {
  const blank: Record<string, unknown> = { ...a };
  for (const q of questionsOn(step)) delete blank[q.id];
  return blank as Answers;
}

/**
 * The answers the pages require of this patient: on each page, the required
 * questions that apply to their answers, or that applied when they opened it
 * blank ("None of these bother me" is required until a symptom is rated: either
 * way, the page needs one answer).
 */
export function requiredAnswers(raw: Answers): number {
  const a = pruneAnswers(raw);
  return QUESTION_STEPS.reduce((n, step) => {
    const blank = withPageBlank(a, step);
    return n + questionsOn(step).filter((q) => q.required && (isEnabled(q, a) || isEnabled(q, blank))).length;
  }, 0);
}

/** Taps (or clicks) from the first page to the guide: each answer (a radio, each ticked box), Continue on each page, Start and "Show my guide". */
export function taps(raw: Answers): number {
  const a = pruneAnswers(raw) as AnswerMap;
  const answers = QUESTION_STEPS.flatMap((step) => questionsOn(step)).reduce((n, q) => {
    const value = a[q.id];
    return n + (value === undefined ? 0 : typeof value === 'string' ? 1 : value.length);
  }, 0);
  return answers + QUESTION_STEPS.length + 2;
}

/**
 * The same example patients' counts with questionnaire 0.2.0 (main at ef6720d), measured with these
 * functions on that model: each patient's answers carried over (whether a treatment helps and its side
 * effects as 0.2.0's one "How did it go?", the first of the worst symptoms, a blank symptom as "None",
 * a blank value as "Not much", no age question, and values 0.2.0 did not ask left out), then every other question
 * 0.2.0 required answered with its first option.
 * The codeine patient is counted answering "yes" to opioids in both: 0.2.0's wording led her to answer "no",
 * which needed 3 fewer answers (issue 20). A new example patient needs its 0.2.0 count measured the same way.
 */
export const BEFORE: Readonly<Record<string, { required: number; taps: number }>> = {
  'nothing-notable': { required: 23, taps: 32 },
  'tramadol-regularly': { required: 26, taps: 35 },
  'not-sure-about-opioids': { required: 26, taps: 35 },
  'in-opioid-use-disorder-treatment': { required: 26, taps: 35 },
  'every-safety-concern': { required: 27, taps: 37 },
  'tramadol-sometimes': { required: 31, taps: 41 },
  'buprenorphine-for-oud': { required: 27, taps: 36 },
  'surgery-planned-tramadol': { required: 29, taps: 38 },
  'under-18-beta-blocker': { required: 28, taps: 38 },
  'planning-pregnancy-ivabradine': { required: 26, taps: 35 },
  'codeine-syrup-tooth-out': { required: 31, taps: 41 },
};

export interface CountRow {
  patient: string;
  before: { required: number; taps: number };
  after: { required: number; taps: number };
}

/** Before and after, for every example patient. */
export function exampleCounts(patients: Readonly<Record<string, () => Answers>>): CountRow[] {
  return Object.entries(patients).map(([patient, make]) => ({
    patient,
    before: BEFORE[patient] ?? { required: NaN, taps: NaN },
    after: { required: requiredAnswers(make()), taps: taps(make()) },
  }));
}

const fewer = (before: number, after: number) => `${Math.round((100 * (before - after)) / before)}% fewer`;

/** The table `npm run check:length` and the test print. */
export function countsTable(rows: readonly CountRow[]): string[] {
  const width = Math.max(...rows.map((r) => r.patient.length));
  return [
    `${'Example patient'.padEnd(width)}  required answers (0.2.0 -> now)   taps (0.2.0 -> now)`,
    ...rows.map(
      ({ patient, before: b, after: n }) =>
        `${patient.padEnd(width)}  ${String(b.required).padStart(3)} -> ${String(n.required).padStart(3)} (${fewer(b.required, n.required)})`.padEnd(
          width + 36,
        ) + `${String(b.taps).padStart(3)} -> ${String(n.taps).padStart(3)} (${fewer(b.taps, n.taps)})`,
    ),
  ];
}
