/**
 * The screen sweeps: every screen the flow model reaches (test/support/screens.ts:
 * pages, follow-ups, errors, the check page, guide variants), plus the states the
 * machine does not hold (the start-over confirmation, the open list of opioid
 * names, a guide with a symptom chart), is mounted once per setting (viewport,
 * direction, media) and every check for that setting runs on that one mount.
 * A check added here costs no extra mounts, and a locale adds no sweep.
 *
 * - axe-core, WCAG 2.x A/AA and best practice: left to right at 800 px and right to left (Arabic) at 320 px;
 * - reflow at 320 CSS px, left to right and right to left (WCAG 1.4.10);
 * - text at 200%, through --ldn-font-size and through the page's root font size (1.4.4);
 * - the WCAG text-spacing overrides at 320 px (1.4.12);
 * - targets of at least 24 by 24 CSS px (2.5.8), also with a small root font size; answer rows of at least 40 px,
 *   the label running from its box, so no part of a row is dead to a finger;
 * - forced colours (Windows High Contrast), emulated through scripts/test-runner/emulate-plugin.mjs;
 * - reduced motion, and no motion at all by default;
 * - colour is never the only cue (1.4.1);
 * - for screen readers, each question is a fieldset with a legend, described by its hint and error.
 *
 * Every mount is in a <main> landmark, as on a host page (axe's region rule).
 * A failure names the screen, the check and the problem. The checks are shown to
 * catch planted problems in test/tools/axe-checks.test.ts and display-checks.test.ts.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { QUESTION_STEPS, STEPS } from '../src/flow/steps.js';
import { isEnabled, ITEMS } from '../src/questionnaire/structure.js';
import { axeProblems } from './support/axe.js';
import { answerRowProblems, brokenWordProblems, motionProblems, overflowProblems, overlapProblems, targetProblems, TARGETS } from './support/display.js';
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
  resetDisplay,
  SCREENS,
  screenNamed,
  START_OVER_OPEN,
  TEXT_SPACING,
  textNotEnlarged,
} from './support/display-sweep.js';
import { root } from './support/harness.js';
import { questionProblems } from './support/screen-reader.js';

/** Problems found by one check, each marked with the check's name. */
const as = (check: string, problems: string[]) => problems.map((p) => `${check}: ${p}`);

describe('<ldn-decision-aid> screen sweeps: each screen mounted once per setting, every check on it', function () {
  this.timeout(60_000);

  afterEach(resetDisplay);

  describe('the screens', () => {
    it('the model reaches every page, the errors of every page, every follow-up question and every guide variant', () => {
      const names = MODEL_SCREENS.map((s) => s.name);
      expect([...new Set(MODEL_SCREENS.map((s) => s.step))].sort(), 'pages').to.deep.equal([...STEPS].sort());
      // Every page that requires something (the values page requires nothing: a value left blank matters little).
      const requires = (step: string) => ITEMS.some((p) => p.step === step && p.item.kind !== 'group' && p.item.required && isEnabled(p.item, {}));
      for (const step of QUESTION_STEPS.filter(requires)) {
        expect(
          names.some((n) => n.startsWith(`${step},`) && n.includes('errors:')),
          `${step} with errors`,
        ).to.equal(true);
      }
      // Every follow-up in the model is open on some screen; of the per-treatment ones, at least one.
      const shown = (id: string) => names.some((n) => / showing [^,]*/.exec(n)?.[0].split(/[ +]/).includes(id));
      const followUps = ITEMS.filter((p) => p.item.enableWhen && !isEnabled(p.item, {}));
      for (const { item } of followUps.filter((p) => !(p.item.kind === 'group' && p.item.presentation === 'subject'))) {
        expect(shown(item.id), `follow-up "${item.id}" shown`).to.equal(true);
      }
      expect(
        followUps.some((p) => p.item.kind === 'group' && shown(p.item.id)),
        "a treatment's follow-ups shown",
      ).to.equal(true);
      expect(names, 'review with a missing answer').to.satisfy((all: string[]) => all.some((n) => n.startsWith('review') && n.includes('errors:')));
      for (const variant of ['with safety flags', 'no safety flags', 'with symptom chart', 'no symptom chart', 'readiness needs-support', 'readiness ready']) {
        expect(
          names.some((n) => n.startsWith('guide') && n.includes(variant)),
          `guide ${variant}`,
        ).to.equal(true);
      }
      expect(MODEL_SCREENS.length).to.be.within(30, 120);
    });

    it('the sweeps cover every screen of the model, and the extra states', () => {
      expect(SCREENS.length).to.equal(MODEL_SCREENS.length + 4);
    });
  });

  // Checks that change the page (text spacing, larger text) come after the ones that only read it.
  describe('at 320 CSS px, left to right (English)', () => {
    it('reflow (1.4.10), targets of 24 px (2.5.8), colour never the only cue (1.4.1), nothing moves; then with the WCAG text spacing (1.4.12), nothing sticks out, clips or overlaps', async function () {
      this.timeout(180_000);
      await setViewport({ width: 320, height: 640 });
      let targets = 0;
      let errorScreens = 0;
      await everyScreen(async (el) => {
        targets += root(el).querySelectorAll(TARGETS).length;
        if (root(el).querySelector('.form-group--error')) errorScreens++;
        const problems = [
          ...as('reflow', [...overflowProblems(el), ...brokenWordProblems(el)]),
          ...as('target', targetProblems(el)),
          ...as('answer row', answerRowProblems(el)),
          ...as('colour cue', colourCueProblems(el)),
          ...as('motion', motionProblems(el)),
        ];
        addSheet(el, TEXT_SPACING);
        await frame();
        expect(getComputedStyle(root(el).querySelector('.heading')!).letterSpacing).not.to.equal('normal');
        return [...problems, ...as('text spacing', [...overflowProblems(el), ...overlapProblems(el), ...brokenWordProblems(el)])];
      });
      expect(targets, 'targets checked').to.be.greaterThan(500);
      expect(errorScreens, 'screens with inline errors').to.be.greaterThan(5);
    });
  });

  describe('at 320 CSS px, right to left (Arabic)', () => {
    it('no WCAG 2.x A/AA or best-practice violations (axe); reflow (1.4.10): no screen scrolls sideways, sticks out or clips', async function () {
      this.timeout(240_000);
      await setViewport({ width: 320, height: 640 });
      await everyScreen(async (el) => [...as('axe', await axeProblems(el)), ...as('reflow', [...overflowProblems(el), ...brokenWordProblems(el)])], 'rtl');
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
        const viaProperty = as('--ldn-font-size', [...textNotEnlarged(el, before, 2), ...overflowProblems(el), ...brokenWordProblems(el)]);
        el.style.removeProperty('--ldn-font-size');
        document.documentElement.style.fontSize = '200%';
        await frame();
        try {
          return [...viaProperty, ...as('root 200%', [...textNotEnlarged(el, before, 2), ...overflowProblems(el), ...brokenWordProblems(el)])];
        } finally {
          document.documentElement.style.removeProperty('font-size');
        }
      });
    });
  });

  // axe runs left to right here, at the width where tables keep their header rows; right to left, at 320 px.
  describe('at 800 CSS px, left to right (English), asking for reduced motion', () => {
    it('no WCAG 2.x A/AA or best-practice violations (axe), questions as screen readers need them, targets of 24 px (2.5.8), and still nothing moves', async function () {
      this.timeout(240_000);
      await setViewport({ width: 800, height: 640 });
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      let fieldsets = 0;
      let parts = 0;
      await everyScreen(async (el) => {
        const questions = questionProblems(el);
        fieldsets += questions.fieldsets;
        parts += questions.parts;
        return [
          ...as('axe', await axeProblems(el)),
          ...as('screen reader', questions.problems),
          ...as('target', targetProblems(el)),
          ...as('motion', motionProblems(el)),
        ];
      });
      expect(fieldsets, 'fieldsets checked').to.be.greaterThan(150);
      expect(parts, 'hints and errors checked').to.be.greaterThan(80);
    });

    it('targets stay at least 24 by 24 CSS px when the page sets a small root font size (62.5%)', async function () {
      this.timeout(120_000);
      document.documentElement.style.fontSize = '62.5%';
      await everyScreen((el) => as('target', targetProblems(el)), 'ltr', [
        fromModel(screenNamed('condition')),
        fromModel(OPIOID_ERRORS),
        fromModel(screenNamed('review')),
        START_OVER_OPEN,
      ]);
    });
  });

  describe('forced colours (Windows High Contrast)', () => {
    it('every screen keeps button borders, meaningful borders, native controls and visible chart bars', async function () {
      this.timeout(120_000);
      await forcedColours(true);
      let bars = 0;
      await everyScreen((el) => {
        bars += root(el).querySelectorAll('.symptom-chart__fill').length;
        return as('forced colours', forcedColourProblems(el));
      });
      expect(bars, 'chart bars checked').to.be.greaterThan(0);
    });
  });
});
