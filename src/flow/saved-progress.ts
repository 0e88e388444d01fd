/**
 * Saved progress as plain JSON, and a strict reader for it. Whatever is read
 * back from storage is untrusted: anything that does not match the current
 * answer model exactly is rejected as a whole, so a corrupt or outdated save
 * can never produce a guide from half-valid answers; answers that fit but no
 * longer apply (a follow-up whose question was changed) are pruned.
 */
import type { Answers } from '../questionnaire/answers.js';
import { pruneAnswers } from '../questionnaire/prune.js';
import { readAnswers } from '../questionnaire/saved-answers.js';
import { isPageComplete } from '../questionnaire/validate.js';
import { QUESTION_STEPS, STEPS, type StepId } from './steps.js';

/**
 * Version 6: questionnaire 0.5.0 (the values as one list of what matters a lot). Version 5 was 0.4.0's (which
 * treatments are still used, asked once; whether each helps and any side effects; optional symptom ratings; up to
 * two main symptoms). Older saves are discarded: their answers would be checked against questions that changed.
 */
export const SAVED_PROGRESS_VERSION = 6;

export interface SavedProgress {
  version: typeof SAVED_PROGRESS_VERSION;
  step: StepId;
  returnToReview: boolean;
  answers: Answers;
  /** When an answer last changed, as `Date.prototype.toISOString()` writes it; absent in saves from before it was kept. */
  answeredAt?: string;
}

/** Exactly what toISOString() writes, for a real moment. */
const isIsoMoment = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;

// Stryker disable next-line ConditionalExpression: a save that is a number, string or array has no version 6, so it is turned away without this test, which narrows for TypeScript
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses saved progress; `undefined` for anything missing, corrupt or from another version. */
export function readSavedProgress(text: string | null): SavedProgress | undefined {
  // Stryker disable next-line ConditionalExpression: an empty text fails JSON.parse, and null parses to null; both end in undefined below
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON: data stays undefined, and the object check below turns it away.
  }
  if (!isObject(data) || data.version !== SAVED_PROGRESS_VERSION) return undefined;
  // Stryker disable next-line ConditionalExpression: the typeof test narrows for TypeScript; includes() turns away any non-string too
  if (typeof data.step !== 'string' || !(STEPS as readonly string[]).includes(data.step)) return undefined;
  if (typeof data.returnToReview !== 'boolean') return undefined;
  if (data.answeredAt !== undefined && !isIsoMoment(data.answeredAt)) return undefined;
  const read = readAnswers(data.answers);
  if (!read) return undefined;
  // Answers that contradict each other (a follow-up whose question no longer opens it) go before anything reads them.
  const answers = pruneAnswers(read);
  // The guide is only ever built from complete answers; an incomplete save resumes at "Check your answers".
  const complete = QUESTION_STEPS.every((step) => isPageComplete(step, answers));
  const step = data.step === 'guide' && !complete ? 'review' : (data.step as StepId);
  return {
    version: SAVED_PROGRESS_VERSION,
    step,
    returnToReview: data.returnToReview,
    answers,
    ...(data.answeredAt !== undefined && { answeredAt: data.answeredAt }),
  };
}

export function writeSavedProgress(progress: Omit<SavedProgress, 'version'>): string {
  return JSON.stringify({ version: SAVED_PROGRESS_VERSION, ...progress });
}
