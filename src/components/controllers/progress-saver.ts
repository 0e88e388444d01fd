/**
 * Wires saved progress (progress-store.ts) to the element: reads its `save`,
 * `storage-key` and `id` each time, restores on connection, saves after every
 * update, and when the clinic changes where progress goes while the element is
 * on the page, removes what was kept under the old setting.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FlowContext } from '../../flow/machine.js';
import type { StepId } from '../../flow/steps.js';
import { canSave, clearProgress, persistSnapshot, restoredSnapshot, type SaveMode, type SaveTarget, storageKeyFor } from './progress-store.js';

/** The element's settings, checked (host/host-config.ts). */
export interface SaveSettings {
  save: SaveMode;
  storageKey: string | undefined;
  id: string;
}

export class ProgressSaver implements ReactiveController {
  /** Where progress went at the last update, to notice a change of setting. */
  private last?: SaveTarget;

  constructor(
    host: ReactiveControllerHost,
    private readonly settings: () => SaveSettings,
    private readonly progress: () => { step: StepId; context: FlowContext },
  ) {
    host.addController(this);
  }

  /** Where progress is kept now. */
  get target(): SaveTarget {
    const { save, storageKey, id } = this.settings();
    return { mode: save, key: storageKeyFor(storageKey, id) };
  }

  /** Whether answers are kept on this device now, so the first page can say so (never when the browser blocks storage). */
  get keepsAnswers(): boolean {
    const target = this.target;
    return target.mode !== 'none' && canSave(target);
  }

  /** The saved flow to resume, if saving is on and something usable was saved. */
  restored(): ReturnType<typeof restoredSnapshot> {
    return restoredSnapshot(this.target);
  }

  /** Removes this widget's saved progress (the host's reset()). */
  clear(): void {
    clearProgress(this.target);
  }

  hostUpdated(): void {
    const target = this.target;
    // Saving turned off, or moved to another storage or key: what was kept under the old setting goes.
    if (this.last && (this.last.mode !== target.mode || this.last.key !== target.key)) clearProgress(this.last);
    this.last = target;
    if (target.mode === 'none') return;
    const { step, context } = this.progress();
    persistSnapshot(target, step, context);
  }
}
