/**
 * @chunk main: the loader every lazily loaded chunk shares.
 *
 * A module the element loads only when it needs it, as a chunk beside the main
 * file (the bundler turns `import('../x.js')` into a same-origin file loaded
 * relative to the module's own URL, so the one-tag embed keeps working). Loaded
 * once and kept in memory: once it has arrived, it works offline.
 */
import type { ReactiveControllerHost } from 'lit';

export type LazyModuleStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** Loads a module once, on demand, and asks the host to render when it arrives or fails. */
export class LazyModule<M> {
  status: LazyModuleStatus = 'idle';
  /** The module, once loaded. */
  module?: M;
  private arrival?: Promise<void>;

  /**
   * @param what names the module in the console warning when it fails to load.
   * @param loader where the module comes from; a test can swap it to see the fallback.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly what: string,
    public loader: () => Promise<M>,
  ) {}

  /** Starts loading, unless loaded or on its way; after a failure, tries again. */
  load(): void {
    if (this.status === 'loading' || this.status === 'ready') return;
    this.status = 'loading';
    this.host.requestUpdate();
    this.arrival = this.loader().then(
      (module) => {
        this.module = module;
        this.status = 'ready';
        this.host.requestUpdate();
      },
      (error: unknown) => {
        console.warn(`ldn-decision-aid: ${this.what} did not load.`, error);
        this.status = 'failed';
        this.host.requestUpdate();
      },
    );
  }

  /** Settles when the load under way has ended, loaded or not. */
  get settled(): Promise<void> {
    return this.arrival ?? Promise.resolve();
  }
}
