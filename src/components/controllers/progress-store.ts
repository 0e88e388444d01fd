/**
 * Saved progress, kept only when the clinic turns saving on: in sessionStorage
 * (`save="session"`, gone when the tab closes) or localStorage (`save` or
 * `save="local"`). Each widget has its own key, so two saving widgets on one
 * page never overwrite each other. Storage can be missing or blocked (private
 * browsing, strict settings): the widget then works as without saving, and
 * says so in the console, once per problem.
 */
import { hasAnyAnswer } from '../../questionnaire/predicates.js';
import { decisionAidMachine, type FlowContext } from '../../flow/machine.js';
import { readSavedProgress, type SavedProgress, writeSavedProgress } from '../../flow/saved-progress.js';
import type { StepId } from '../../flow/steps.js';
import { warnOnce as warnOncePer } from '../../warn-once.js';

/** The key of a widget with no `storage-key` and no `id`. */
export const STORAGE_KEY = 'ldn-decision-aid:progress';

export const SAVE_MODES = ['none', 'session', 'local'] as const;
export type SaveMode = (typeof SAVE_MODES)[number];

/** Where a widget keeps its progress: the storage kind and its own key. */
export interface SaveTarget {
  mode: SaveMode;
  key: string;
}

/** A widget's key: its `storage-key`, else one made from its `id`, else the default. */
export const storageKeyFor = (storageKey: string | undefined, id: string): string =>
  storageKey?.trim() ? `${STORAGE_KEY}:${storageKey.trim()}` : id ? `${STORAGE_KEY}:#${id}` : STORAGE_KEY;

/** Storage problems are the browser's, not one widget's: each is said once per page. */
const PAGE = {};
const warnOnce = (message: string): void => warnOncePer(PAGE, message, `<ldn-decision-aid>: ${message}`);

function storage(mode: SaveMode): Storage | undefined {
  if (mode === 'none') return undefined;
  try {
    return mode === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    warnOnce(`saving is on, but this browser blocks ${mode} storage; answers will not be kept after a reload.`);
    return undefined;
  }
}

/** Whether saving can work here at all, so the intro never promises what the browser blocks. */
export function canSave(target: SaveTarget): boolean {
  try {
    const store = storage(target.mode);
    if (!store) return false;
    store.setItem(`${target.key}:probe`, '1');
    store.removeItem(`${target.key}:probe`);
    return true;
  } catch {
    return false;
  }
}

function loadProgress(target: SaveTarget): SavedProgress | undefined {
  const store = storage(target.mode);
  let text: string | null = null;
  try {
    text = store?.getItem(target.key) ?? null;
  } catch {
    return undefined;
  }
  const progress = readSavedProgress(text);
  if (text && !progress) {
    warnOnce('saved answers could not be read (corrupt or from an older version) and were discarded.');
    clearProgress(target);
  }
  return progress;
}

function saveProgress(target: SaveTarget, progress: Omit<SavedProgress, 'version'>): void {
  try {
    storage(target.mode)?.setItem(target.key, writeSavedProgress(progress));
  } catch {
    warnOnce('answers could not be saved (storage is full or blocked).');
  }
}

/** Removes this widget's saved progress from both kinds of storage: after "Start over", or when saving is turned off. */
export function clearProgress(target: Pick<SaveTarget, 'key'>): void {
  for (const mode of ['session', 'local'] as const) {
    try {
      // Read first: a removeItem on a key that is not there is still a write some browsers report.
      const store = storage(mode);
      if (store?.getItem(target.key) !== null) store?.removeItem(target.key);
    } catch {
      // Nothing saved, nothing to clear.
    }
  }
}

/** The flow as saved, ready to resume; nothing when nothing usable is saved. */
export function restoredSnapshot(target: SaveTarget) {
  const saved = loadProgress(target);
  if (!saved) return undefined;
  return decisionAidMachine.resolveState({
    value: saved.step,
    context: { answers: saved.answers, returnToReview: saved.returnToReview, errors: [], errorCount: 0 },
  });
}

/** Saves where the patient is; a blank first page saves nothing and clears what was there. */
export function persistSnapshot(target: SaveTarget, step: StepId, context: FlowContext): void {
  if (step === 'intro' && !hasAnyAnswer(context.answers)) clearProgress(target);
  else saveProgress(target, { step, returnToReview: context.returnToReview, answers: context.answers });
}
