/**
 * How <ldn-decision-aid> is drawn, on every screen the flow model reaches
 * (test/support/screens.ts), plus the states the machine does not hold (the
 * start-over confirmation, the open list of opioid names) and a guide with a
 * symptom chart:
 *
 * - reflow at 320 CSS px, left to right and right to left (WCAG 1.4.10);
 * - text at 200%, through --ldn-font-size and through the page's root font size (1.4.4);
 * - the WCAG text-spacing overrides at 320 px (1.4.12);
 * - targets of at least 24 by 24 CSS px (2.5.8);
 * - a visible focus indicator that is never covered, and no keyboard trap, with real key presses (2.4.7, 2.4.11, 2.1.2);
 * - forced colours (Windows High Contrast), emulated through test/runner/emulate-plugin.mjs;
 * - reduced motion;
 * - colour is never the only cue (1.4.1).
 *
 * Each screen is mounted once per setting and every check for that setting runs
 * on it. The checks (test/support/display.ts, display-sweep.ts) are shown to
 * catch planted problems in test/tools/display-checks.test.ts.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { STEPS } from '../src/flow/steps.js';
import { brokenWordProblems, motionProblems, nameOf, overflowProblems, overlapProblems, targetProblems, TARGETS } from './support/display.js';
import {
  addSheet,
  colourCueProblems,
  everyScreen,
  fontSizes,
  forcedColourProblems,
  forcedColours,
  frame,
  fromModel,
  MODEL_SCREENS,
  OPIOID_ERRORS,
  SCREENS,
  screenNamed,
  START_OVER_OPEN,
  tabThrough,
  TEXT_SPACING,
  textNotEnlarged,
  withOpioidNamesOpen,
  resetDisplay,
} from './support/display-sweep.js';
import { root, settle } from './support/harness.js';
import { mountBetweenButtons } from './support/keyboard.js';

describe('<ldn-decision-aid> display: reflow, text size and spacing, targets, focus, forced colours, motion', function () {
  this.timeout(60_000);

  afterEach(resetDisplay);

  it('covers every page of the flow model, and the extra states', () => {
    expect(MODEL_SCREENS.length).to.be.within(30, 120);
    expect([...new Set(MODEL_SCREENS.map((s) => s.step))].sort()).to.deep.equal([...STEPS].sort());
    expect(SCREENS.length).to.equal(MODEL_SCREENS.length + 4);
  });

  // Each screen is mounted once per setting (viewport, direction, media), and every check for
  // that setting runs on it; checks that change the page (text spacing, larger text) come last.
  describe('at 320 CSS px, left to right', () => {
    it('reflow (1.4.10), targets of 24 px (2.5.8), colour never the only cue (1.4.1), nothing moves; then with the WCAG text spacing (1.4.12), nothing sticks out, clips or overlaps', async function () {
      this.timeout(180_000);
      await setViewport({ width: 320, height: 640 });
      let targets = 0;
      let errorScreens = 0;
      await everyScreen(async (el) => {
        targets += root(el).querySelectorAll(TARGETS).length;
        if (root(el).querySelector('.form-group--error')) errorScreens++;
        const problems = [
          ...overflowProblems(el).map((p) => `reflow: ${p}`),
          ...brokenWordProblems(el).map((p) => `reflow: ${p}`),
          ...targetProblems(el).map((p) => `target: ${p}`),
          ...colourCueProblems(el).map((p) => `colour cue: ${p}`),
          ...motionProblems(el).map((p) => `motion: ${p}`),
        ];
        addSheet(el, TEXT_SPACING);
        await frame();
        expect(getComputedStyle(root(el).querySelector('.heading')!).letterSpacing).not.to.equal('normal');
        return [...problems, ...[...overflowProblems(el), ...overlapProblems(el), ...brokenWordProblems(el)].map((p) => `text spacing: ${p}`)];
      });
      expect(targets, 'targets checked').to.be.greaterThan(500);
      expect(errorScreens, 'screens with inline errors').to.be.greaterThan(5);
    });
  });

  describe('at 320 CSS px, right to left', () => {
    it('reflow (1.4.10): no screen scrolls sideways, sticks out or clips', async function () {
      this.timeout(120_000);
      await setViewport({ width: 320, height: 640 });
      await everyScreen((el) => [...overflowProblems(el), ...brokenWordProblems(el)], 'rtl');
    });
  });

  describe('text at 200% (WCAG 1.4.4), at 640 CSS px wide', () => {
    it("through --ldn-font-size: 2rem, then through the page's root font size at 200%: all text doubles, and nothing sticks out or clips", async function () {
      this.timeout(120_000);
      await setViewport({ width: 640, height: 640 });
      await everyScreen(async (el) => {
        const before = fontSizes(el);
        el.style.setProperty('--ldn-font-size', '2rem');
        await frame();
        const viaProperty = [...textNotEnlarged(el, before, 2), ...overflowProblems(el), ...brokenWordProblems(el)].map((p) => `--ldn-font-size: ${p}`);
        el.style.removeProperty('--ldn-font-size');
        document.documentElement.style.fontSize = '200%';
        await frame();
        try {
          return [...viaProperty, ...[...textNotEnlarged(el, before, 2), ...overflowProblems(el), ...brokenWordProblems(el)].map((p) => `root 200%: ${p}`)];
        } finally {
          document.documentElement.style.removeProperty('font-size');
        }
      });
    });
  });

  describe('at 800 CSS px, asking for reduced motion', () => {
    it('targets of 24 px (2.5.8), and still nothing moves', async function () {
      this.timeout(120_000);
      await setViewport({ width: 800, height: 640 });
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      await everyScreen((el) => [...targetProblems(el).map((p) => `target: ${p}`), ...motionProblems(el).map((p) => `motion: ${p}`)]);
    });

    it('targets stay at least 24 by 24 CSS px when the page sets a small root font size (62.5%)', async function () {
      this.timeout(120_000);
      document.documentElement.style.fontSize = '62.5%';
      await everyScreen((el) => targetProblems(el), 'ltr', [
        fromModel(screenNamed('condition')),
        fromModel(OPIOID_ERRORS),
        fromModel(screenNamed('review')),
        START_OVER_OPEN,
      ]);
    });
  });

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
    it('every screen keeps button borders, meaningful borders, native controls and visible chart bars', async function () {
      this.timeout(120_000);
      await forcedColours(true);
      let bars = 0;
      await everyScreen((el) => {
        bars += root(el).querySelectorAll('.symptom-chart__fill').length;
        return forcedColourProblems(el);
      });
      expect(bars, 'chart bars checked').to.be.greaterThan(0);
    });

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
