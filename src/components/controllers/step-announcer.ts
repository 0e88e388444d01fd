import type { ReactiveControllerHost } from 'lit';

/** Long enough for the focus move to the heading to be spoken first. */
export const STEP_ANNOUNCEMENT_DELAY_MS = 300;

/**
 * What the polite live region says when the step changes. It is emptied at
 * once and filled a moment after focus has moved to the new heading: screen
 * readers cut short speech queued before a focus change, and the emptied
 * region reads nothing stale in the meantime. A pending announcement survives
 * the element being moved in the page (disconnected and connected again).
 */
export class StepAnnouncer {
  /** The live region's text. */
  message = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {}

  announce(message: string): void {
    this.cancel();
    this.set('');
    this.timer = setTimeout(() => this.set(message), STEP_ANNOUNCEMENT_DELAY_MS);
  }

  /** Puts text in the region without announcing it (a page restored as it was). */
  setQuietly(message: string): void {
    this.message = message;
  }

  /** Drops a pending announcement, when something else (an error summary) takes over. */
  cancel(): void {
    clearTimeout(this.timer);
  }

  private set(message: string): void {
    this.message = message;
    this.host.requestUpdate();
  }
}
