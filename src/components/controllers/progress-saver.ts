/**
 * Wires saved progress (progress-store.ts) to the element: reads its `save`,
 * `storage-key` and `id` each time, restores on connection, saves after every
 * update, and when the clinic changes where progress goes while the element is
 * on the page, removes what was kept under the old setting.
 *
 * It only ever changes a save it read or wrote itself in this page view
 * (save-slot.ts). When another tab (or anything else) saved different
 * answers under its key, it stops saving, says so, and lets the patient load
 * those answers or keep the ones in this tab.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FlowContext } from '../../flow/machine.js';
import type { StepId } from '../../flow/steps.js';
import { SaveSlot, type SlotOutcome } from './save-slot.js';
import { holdPlace, releasePlace, sharesPlace } from './shared-keys.js';
import { canSave, progressText, restoredSnapshot, type SaveMode, type SaveTarget, storageFor, storageKeyFor, warnOnce } from './progress-store.js';

/** The element's settings, checked (attributes/host-config.ts). */
export interface SaveSettings {
  save: SaveMode;
  storageKey: string | undefined;
  id: string;
}

type Snapshot = ReturnType<typeof restoredSnapshot>;

export interface SaverHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
}

export class ProgressSaver implements ReactiveController {
  /** Where progress goes now, and what this widget knows is there. */
  private slot?: SaveSlot;
  private slotMode?: SaveMode;
  /** Whether each storage gives back what is written, probed once per mode. */
  private readonly usable = new Map<SaveMode, boolean>();
  /** Different answers were saved elsewhere (another tab): saving waits for the patient's choice. */
  changedElsewhere = false;

  constructor(
    private readonly host: SaverHost,
    private readonly settings: () => SaveSettings,
    private readonly progress: () => { step: StepId; context: FlowContext },
    /** Starts the flow again from a snapshot: the newer saved answers, or none. */
    private readonly replaceFlow: (snapshot: Snapshot) => void,
  ) {
    host.addController(this);
  }

  /** Where progress is kept now. */
  get target(): SaveTarget {
    const { save, storageKey, id } = this.settings();
    return { mode: save, key: storageKeyFor(storageKey, id) };
  }

  /** Whether answers are kept on this device now, so the first page can say so (never when the browser blocks storage or cannot read it back). */
  get keepsAnswers(): boolean {
    const target = this.target;
    return target.mode !== 'none' && this.canSave(target);
  }

  private canSave(target: SaveTarget): boolean {
    if (!this.usable.has(target.mode)) this.usable.set(target.mode, canSave(target));
    return this.usable.get(target.mode)!;
  }

  /** The place progress goes now; a change of setting removes this widget's save from the old place. */
  private slotFor(target: SaveTarget): SaveSlot | undefined {
    if (this.slot && (this.slotMode !== target.mode || this.slot.key !== target.key)) {
      this.slot.remove();
      this.slot = undefined;
    }
    if (target.mode === 'none' || !this.canSave(target)) return undefined;
    this.slotMode = target.mode;
    return (this.slot ??= new SaveSlot(storageFor(target.mode), target.key));
  }

  /** The saved flow to resume, if saving is on and something usable was saved; anything unusable is discarded. */
  restored(): Snapshot {
    const slot = this.slotFor(this.target);
    const text = slot?.read() ?? null;
    const snapshot = restoredSnapshot(text);
    if (text && !snapshot) slot?.remove();
    return snapshot;
  }

  /** Removes this widget's saved progress (the host's reset()), never another's. */
  clear(): void {
    this.slot?.remove();
    this.changedElsewhere = false;
  }

  /** The patient chose the answers saved elsewhere: the flow starts again from them (or from the start, if they are gone). */
  loadNewer(): void {
    this.changedElsewhere = false;
    this.replaceFlow(restoredSnapshot(this.slot?.read() ?? null));
  }

  /** The patient chose this tab's answers: they are saved over the others. */
  keepThese(): void {
    this.changedElsewhere = false;
    const slot = this.slot;
    const { step, context } = this.progress();
    const text = progressText(step, context);
    if (slot && text === null) {
      slot.read();
      slot.remove();
    } else if (slot && text !== null) this.report(slot.force(text));
    this.host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
    releasePlace(this.host);
  }

  hostUpdated(): void {
    const target = this.target;
    const slot = this.slotFor(target);
    // A widget taken off the page keeps nothing more (a pending step announcement still updates it after its page cleared storage).
    if (!this.host.isConnected) return;
    holdPlace(this.host, slot && `${target.mode}:${target.key}`, target.key);
    // Never silently over what another tab saved: the patient chooses first.
    if (!slot || this.changedElsewhere) return;
    const { step, context } = this.progress();
    const text = progressText(step, context);
    this.report(text === null ? slot.remove() : slot.write(text));
  }

  private report(outcome: SlotOutcome): void {
    if (outcome === 'failed') warnOnce('answers could not be saved (storage is full or blocked).');
    // Another widget on this page with the same key was warned about (shared-keys.ts); anything else is news for the patient.
    if (outcome === 'changed-elsewhere' && !sharesPlace(this.host)) this.showChangedElsewhere();
  }

  private showChangedElsewhere(): void {
    this.changedElsewhere = true;
    this.host.requestUpdate();
  }

  /** Another tab saved under this key (or cleared the storage). */
  private onStorage = (event: StorageEvent): void => {
    const slot = this.slot;
    if (!slot || (event.key !== null && event.key !== slot.key) || event.storageArea !== storageFor(this.target.mode)) return;
    if (slot.isNews(event.key === null ? null : event.newValue)) this.showChangedElsewhere();
  };
}
