/**
 * A tap meant for the page just left never acts on the page just shown. A
 * double tap on Continue (a tremor, a slow phone) lands its second tap on
 * whatever the new page puts under the finger: an answer the patient never
 * saw, a safety answer among them, or the next Continue (audit 4, F7). So for
 * a moment after the page changes, or the error summary takes the top, taps
 * and clicks in the widget do nothing, as GOV.UK's buttons ignore a double
 * click. Keyboard and assistive-technology activations (a click with no
 * pointer count) are never held back: they act on what has focus.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** Longer than the gap of a double tap, far shorter than reading a new page. */
export const STRAY_TAP_MS = 700;

export class StrayTapGuard implements ReactiveController {
  private movedAt = Number.NEGATIVE_INFINITY;
  private shown?: string;

  /** @param view what the patient sees at each update: a new value moves what is under the finger (the step, the errors shown). */
  constructor(
    private readonly host: ReactiveElement,
    private readonly view: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('click', this.onClick, { capture: true });
  }

  hostDisconnected(): void {
    this.host.removeEventListener('click', this.onClick, { capture: true });
  }

  hostUpdated(): void {
    const now = this.view();
    if (this.shown !== undefined && now !== this.shown) this.movedAt = performance.now();
    this.shown = now;
  }

  private readonly onClick = (event: MouseEvent): void => {
    if (event.detail === 0 || event.timeStamp - this.movedAt >= STRAY_TAP_MS) return;
    event.preventDefault();
    event.stopPropagation();
  };
}
