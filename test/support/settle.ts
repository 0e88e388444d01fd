/**
 * Waiting for the widget to render, bounded: kept apart from the harness so
 * tests of pure code that walk the flow (support/screens.ts) do not load the element.
 */
import type { LdnDecisionAid } from '../../src/ldn-decision-aid.js';

/** How long an update may take before a test fails: far above a real one, far below the runner's own timeouts. */
export const SETTLE_TIMEOUT_MS = 5000;

/**
 * Waits for the widget to finish rendering (twice: a render may request
 * another, as a focus move does). An update that never completes (a render
 * loop, a chunk that never arrives) fails here at once with where the widget
 * stood, instead of hanging the test file until the runner gives up.
 */
export async function settle(el: LdnDecisionAid, timeout = SETTLE_TIMEOUT_MS): Promise<void> {
  for (let i = 0; i < 2; i++) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const focused = el.shadowRoot?.activeElement;
        const focus = focused ? `${focused.tagName.toLowerCase()}${focused.id ? `#${focused.id}` : ''}` : 'nothing in the widget';
        reject(
          new Error(
            `The widget did not finish updating within ${timeout} ms, on step "${el.shadowRoot?.querySelector<HTMLElement>('.container')?.dataset.step ?? '(nothing rendered)'}", with focus on ${focus}.`,
          ),
        );
      }, timeout);
    });
    try {
      await Promise.race([el.updateComplete, late]);
    } finally {
      clearTimeout(timer);
    }
  }
}
