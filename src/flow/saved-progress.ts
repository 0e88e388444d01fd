/**
 * Saved progress as plain JSON, and a strict reader for it. Whatever is read
 * back from storage is untrusted: anything that does not match the current
 * answer model exactly is rejected as a whole, so a corrupt or outdated save
 * can never produce a guide from half-valid answers.
 */
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
} from '../answers/options.js';
import { type Answers, emptyAnswers } from '../answers/types.js';
import { QUESTION_STEPS, STEPS, type StepId } from './steps.js';
import { isStepComplete } from './validate.js';

export const SAVED_PROGRESS_VERSION = 1;

export interface SavedProgress {
  version: typeof SAVED_PROGRESS_VERSION;
  step: StepId;
  returnToReview: boolean;
  answers: Answers;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = (options: readonly string[], v: unknown) => v === undefined || (typeof v === 'string' && options.includes(v));
const listOf = (options: readonly string[], v: unknown) => Array.isArray(v) && v.every((item) => typeof item === 'string' && options.includes(item));
const recordOf = (keys: readonly string[], values: readonly string[], v: unknown) =>
  isObject(v) && Object.entries(v).every(([key, value]) => keys.includes(key) && oneOf(values, value));

const ANSWER_CHECKS: Record<keyof Answers, (v: unknown) => boolean> = {
  diagnosis: (v) => oneOf(DIAGNOSIS, v),
  duration: (v) => oneOf(DURATION, v),
  therapies: (v) => listOf(THERAPIES, v),
  noTherapies: (v) => typeof v === 'boolean',
  therapyDetails: (v) =>
    isObject(v) &&
    Object.entries(v).every(
      ([id, detail]) => THERAPIES.includes(id as never) && isObject(detail) && oneOf(THERAPY_STATUS, detail.status) && oneOf(OUTCOMES, detail.outcome),
    ),
  opioidUse: (v) => oneOf(YES_NO_NOT_SURE, v),
  opioidKinds: (v) => listOf(OPIOID_KINDS, v),
  opioidPattern: (v) => oneOf(OPIOID_PATTERN, v),
  opioidUseDisorderTreatment: (v) => oneOf(YES_NO_PREFER_NOT, v),
  plannedProcedure: (v) => oneOf(YES_NO_NOT_SURE, v),
  liver: (v) => oneOf(YES_NO_NOT_SURE_PREFER_NOT, v),
  pregnancy: (v) => oneOf(YES_NO_PREFER_NOT, v),
  naltrexoneBefore: (v) => oneOf(YES_NO_NOT_SURE, v),
  naltrexoneOutcome: (v) => oneOf(OUTCOMES, v),
  conditions: (v) => listOf(CONDITIONS, v),
  conditionsExclusive: (v) => oneOf(CONDITIONS_EXCLUSIVE, v),
  symptoms: (v) => recordOf(SYMPTOMS, SEVERITY, v),
  worstSymptom: (v) => oneOf(SYMPTOMS, v),
  values: (v) => recordOf(VALUES, IMPORTANCE, v),
  sure: (v) => recordOf(SURE_ITEMS, YES_NO, v),
};

function readAnswers(v: unknown): Answers | undefined {
  if (!isObject(v)) return undefined;
  const keys = Object.keys(ANSWER_CHECKS) as (keyof Answers)[];
  if (Object.keys(v).some((key) => !keys.includes(key as keyof Answers))) return undefined;
  // A field may be absent (unanswered), but never null or of the wrong type.
  if (!keys.every((key) => !(key in v) || ANSWER_CHECKS[key](v[key]))) return undefined;
  return { ...emptyAnswers(), ...structuredClone(v) } as Answers;
}

/** Parses saved progress; `undefined` for anything missing, corrupt or from another version. */
export function readSavedProgress(text: string | null): SavedProgress | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(data) || data.version !== SAVED_PROGRESS_VERSION) return undefined;
  if (typeof data.step !== 'string' || !STEPS.includes(data.step as StepId)) return undefined;
  if (typeof data.returnToReview !== 'boolean') return undefined;
  const answers = readAnswers(data.answers);
  if (!answers) return undefined;
  // The guide is only ever built from complete answers; an incomplete save resumes at "Check your answers".
  const complete = QUESTION_STEPS.every((step) => isStepComplete(step, answers));
  const step = data.step === 'guide' && !complete ? 'review' : (data.step as StepId);
  return { version: SAVED_PROGRESS_VERSION, step, returnToReview: data.returnToReview, answers };
}

export function writeSavedProgress(progress: Omit<SavedProgress, 'version'>): string {
  return JSON.stringify({ version: SAVED_PROGRESS_VERSION, ...progress });
}
