/**
 * Saved progress in localStorage, used only when the clinic turns saving on.
 * Storage can be missing or blocked (private browsing, strict settings): the
 * widget then works as without saving, and says so in the console, once per problem.
 */
import { hasAnyAnswer } from '../answers/predicates.js';
import { decisionAidMachine, type FlowContext } from '../flow/machine.js';
import { readSavedProgress, type SavedProgress, writeSavedProgress } from '../flow/saved-progress.js';
import type { StepId } from '../flow/steps.js';

export const STORAGE_KEY = 'ldn-decision-aid:progress';

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`<ldn-decision-aid>: ${message}`);
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    warnOnce('saving is on, but this browser blocks local storage; answers will not be kept after a reload.');
    return undefined;
  }
}

/** Whether saving can work here at all, so the intro never promises what the browser blocks. */
export function canSave(): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(`${STORAGE_KEY}:probe`, '1');
    store.removeItem(`${STORAGE_KEY}:probe`);
    return true;
  } catch {
    return false;
  }
}

export function loadProgress(): SavedProgress | undefined {
  const store = storage();
  let text: string | null = null;
  try {
    text = store?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return undefined;
  }
  const progress = readSavedProgress(text);
  if (text && !progress) {
    warnOnce('saved answers could not be read (corrupt or from an older version) and were discarded.');
    clearProgress();
  }
  return progress;
}

export function saveProgress(progress: Omit<SavedProgress, 'version'>): void {
  try {
    storage()?.setItem(STORAGE_KEY, writeSavedProgress(progress));
  } catch {
    warnOnce('answers could not be saved (storage is full or blocked).');
  }
}

export function clearProgress(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing saved, nothing to clear.
  }
}

/** The flow as saved, ready to resume; nothing when nothing usable is saved. */
export function restoredSnapshot() {
  const saved = loadProgress();
  if (!saved) return undefined;
  return decisionAidMachine.resolveState({
    value: saved.step,
    context: { answers: saved.answers, returnToReview: saved.returnToReview, errors: [], errorCount: 0 },
  });
}

/** Saves where the patient is; a blank first page saves nothing and clears what was there. */
export function persistSnapshot(step: StepId, context: FlowContext): void {
  if (step === 'intro' && !hasAnyAnswer(context.answers)) clearProgress();
  else saveProgress({ step, returnToReview: context.returnToReview, answers: context.answers });
}
