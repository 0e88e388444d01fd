/**
 * How <ldn-decision-aid> is drawn when a keyboard user moves through it: a
 * visible focus indicator that is never covered, and no keyboard trap, with
 * real key presses (WCAG 2.4.7, 2.4.11, 2.1.2), also in forced colours.
 *
 * Reflow, text size and spacing, targets, forced colours, motion and colour
 * cues are checked on every screen by the screen sweeps
 * (test/component-screens.test.ts). The checks (test/support/display.ts,
 * display-sweep.ts) are shown to catch planted problems in
 * test/tools/display-checks.test.ts.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { nameOf } from './support/display.js';
import {
  forcedColours,
  fromModel,
  MODEL_SCREENS,
  OPIOID_ERRORS,
  START_OVER_OPEN,
  tabThrough,
  withOpioidNamesOpen,
  resetDisplay,
} from './support/display-sweep.js';
import { root, settle } from './support/harness.js';
import { mountBetweenButtons } from './support/keyboard.js';

describe('<ldn-decision-aid> display: focus with real key presses', function () {
  this.timeout(60_000);

  afterEach(resetDisplay);

  describe('focus is visible, never covered and never trapped (WCAG 2.4.7, 2.4.11, 2.1.2), with real key presses', () => {
    const FOCUS_SCREENS = [
      withOpioidNamesOpen(OPIOID_ERRORS),
      fromModel(MODEL_SCREENS.find((s) => s.step === 'review' && s.name.includes('errors:'))!),
      START_OVER_OPEN,
    ];

    for (const screen of FOCUS_SCREENS) {
      it(`${screen.name}: Tab and Shift+Tab through every control, at 320 × 480 px`, async function () {
        this.timeout(60_000);
        await setViewport({ width: 320, height: 480 });
        const { el, before, after } = await mountBetweenButtons();
        await screen.open(el);
        await settle(el);
        const { problems, visited } = await tabThrough(el, before, after);
        expect(problems, problems.join('\n')).to.deep.equal([]);
        // Every button, link and summary is a Tab stop (radios: one stop per group).
        const stops = [...root(el).querySelectorAll('button, a[href], summary')].filter((n) => n.checkVisibility());
        const missed = stops.filter((n) => !visited.includes(n)).map(nameOf);
        expect(missed, 'controls Tab never reached').to.deep.equal([]);
        expect(
          visited.some((n) => n instanceof HTMLInputElement),
          'answers reached',
        ).to.equal(screen !== FOCUS_SCREENS[1]);
      });
    }
  });

  describe('forced colours (Windows High Contrast)', () => {
    it('the focus indicator is still visible, on a page with errors, with real key presses', async function () {
      await forcedColours(true);
      await setViewport({ width: 320, height: 480 });
      const { el, before, after } = await mountBetweenButtons();
      await withOpioidNamesOpen(OPIOID_ERRORS).open(el);
      await settle(el);
      const { problems, visited } = await tabThrough(el, before, after);
      expect(visited.length).to.be.greaterThan(5);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  });
});
