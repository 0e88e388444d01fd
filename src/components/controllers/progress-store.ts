/**
 * Saved progress, kept only when the clinic turns saving on: in sessionStorage
 * (`save="session"`, gone when the tab closes) or localStorage (`save` or
 * `save="local"`). Each widget has its own key, so two saving widgets on one
 * page never overwrite each other. Storage can be missing, blocked or unable
 * to give back what is saved (private browsing, strict settings): the widget
 * then works as without saving, and says so in the console, once per problem.
 * Which save is a widget's own to change is save-slot.ts's matter.
 */
import { hasAnyAnswer } from '../../questionnaire/predicates.js';
import { type FlowContext, type FlowState, startingContext } from '../../flow/flow-state.js';
import { readSavedProgress, writeSavedProgress } from '../../flow/saved-progress.js';
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
export const warnOnce = (message: string): void => warnOncePer(PAGE, message, `<ldn-decision-aid>: ${message}`);

/** Storage blocked, or that does not give back what it keeps: as good as none, and said once. */
const blocked = (mode: SaveMode) =>
  `saving is on, but this browser's ${mode} storage is blocked or does not keep answers; they will not be kept after a reload.`;

/** The storage for a mode, or undefined when saving is off or the browser blocks it (said once). */
export function storageFor(mode: SaveMode): Storage | undefined {
  if (mode === 'none') return undefined;
  try {
    return mode === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    warnOnce(blocked(mode));
    return undefined;
  }
}

/**
 * Whether saving can work here at all: a probe is written and must read back.
 * Storage that takes writes but gives nothing back would promise the patient
 * a save that a reload never restores, and keep health answers for nothing.
 */
export function canSave(target: SaveTarget): boolean {
  const store = storageFor(target.mode);
  if (!store) return false;
  const probe = `${target.key}:probe`;
  const nonce = String(Math.random());
  try {
    store.setItem(probe, nonce);
    const readable = store.getItem(probe) === nonce;
    store.removeItem(probe);
    if (!readable) warnOnce(blocked(target.mode));
    return readable;
  } catch {
    warnOnce(blocked(target.mode));
    return false;
  }
}

/** The flow as saved, ready to resume; nothing when nothing usable is saved (corrupt saves are reported once). */
export function restoredSnapshot(text: string | null): FlowState | undefined {
  const saved = readSavedProgress(text);
  if (text && !saved) warnOnce('saved answers could not be read (corrupt or from an older version) and were discarded.');
  if (!saved) return undefined;
  return { value: saved.step, context: startingContext(saved.answers, saved.returnToReview, saved.answeredAt) };
}

/** What to save for where the patient is: nothing (null) on a blank first page, which clears the save. */
export function progressText(step: StepId, context: FlowContext): string | null {
  if (step === 'intro' && !hasAnyAnswer(context.answers)) return null;
  return writeSavedProgress({
    step,
    returnToReview: context.returnToReview,
    answers: context.answers,
    ...(context.answeredAt && { answeredAt: context.answeredAt }),
  });
}
