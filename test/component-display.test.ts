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
 * Each checker (test/support/display.ts) is first shown to catch a planted problem.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { symptoms, tried, values } from './fixtures/patients.js';
import type { Answers } from '../src/questionnaire/answers.js';
import type { FlowEvent } from '../src/flow/machine.js';
import { QUESTION_STEPS, STEPS } from '../src/flow/steps.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import {
  backgroundBehind,
  contrast,
  brokenWordProblems,
  drawnElements,
  focusedTextContrastProblem,
  focusIndicatorProblem,
  motionProblems,
  nameOf,
  obscuredProblem,
  overflowProblems,
  overlapProblems,
  targetProblems,
  TARGETS,
  visibleTexts,
} from './support/display.js';
import { clickAction, root, settle, stepOf } from './support/harness.js';
import { deepActiveElement, describeElement, mountBetweenButtons, press } from './support/keyboard.js';
import { reachableScreens, showScreen, type Screen } from './support/screens.js';

// ---------------------------------------------------------------------------
// Screens
// ---------------------------------------------------------------------------

interface DisplayScreen {
  name: string;
  open(el: LdnDecisionAid): Promise<void>;
}

/** A patient with ratings (so the guide has its symptom chart), opioid use and treatments tried. */
const EXAMPLE: Answers = {
  diagnosis: 'yes',
  duration: '2-to-5-years',
  ...tried(['fluids-salt', { status: 'current', outcome: 'helped-a-little' }], ['beta-blocker', { status: 'stopped', outcome: 'side-effects' }]),
  'opioid-use': 'yes',
  'opioid-kinds': ['tramadol'],
  'opioid-pattern': 'occasional',
  'opioid-use-disorder-treatment': 'no',
  'planned-procedure': 'yes',
  liver: 'no',
  pregnancy: 'no',
  'naltrexone-before': 'no',
  conditions: ['fibromyalgia'],
  ...symptoms({ 'racing-heart': 'moderate', fatigue: 'severe', 'brain-fog': 'severe', pain: 'mild' }),
  'worst-symptom': 'fatigue',
  ...values('a-lot'),
};

const EXAMPLE_GUIDE: Screen = {
  name: 'guide, example patient with a symptom chart and safety flags',
  step: 'guide',
  events: [
    { type: 'flow.start' },
    { type: 'answers.update', patch: EXAMPLE },
    ...QUESTION_STEPS.map((): FlowEvent => ({ type: 'step.continue' })),
    { type: 'review.confirm' },
  ],
};

const MODEL_SCREENS = reachableScreens();

function screenNamed(name: string): Screen {
  const found = MODEL_SCREENS.find((s) => s.name === name);
  if (!found) throw new Error(`No screen "${name}" in the flow model: ${MODEL_SCREENS.map((s) => s.name).join('; ')}`);
  return found;
}

const fromModel = (screen: Screen): DisplayScreen => ({
  name: screen.name,
  open: async (el) => {
    await showScreen(el, screen);
    if (stepOf(el) !== screen.step) throw new Error(`${screen.name}: on step "${stepOf(el)}"`);
  },
});

const START_OVER_OPEN: DisplayScreen = {
  name: 'guide, example patient, with the "Start over?" confirmation open',
  open: async (el) => {
    await showScreen(el, EXAMPLE_GUIDE);
    await clickAction(el, 'start-over');
    if (!root(el).querySelector('#confirm-start-over-title')) throw new Error('no start-over confirmation');
  },
};

function withOpioidNamesOpen(screen: Screen): DisplayScreen {
  return {
    name: `${screen.name}, with the list of opioid names open`,
    open: async (el) => {
      await showScreen(el, screen);
      const details = root(el).querySelector('details');
      if (!details) throw new Error(`${screen.name}: no <details>`);
      details.open = true;
      await settle(el);
    },
  };
}

const OPIOIDS_OPEN = withOpioidNamesOpen(screenNamed('opioids, showing opioid-kinds+opioid-pattern+opioid-use-disorder-treatment'));
const OPIOID_ERRORS = MODEL_SCREENS.find((s) => s.step === 'opioids' && s.name.includes('showing opioid-kinds') && s.name.includes('errors:'))!;

/** Every screen of the flow model, plus the states the machine does not hold. */
const SCREENS: DisplayScreen[] = [
  ...MODEL_SCREENS.map(fromModel),
  fromModel(EXAMPLE_GUIDE),
  START_OVER_OPEN,
  OPIOIDS_OPEN,
  withOpioidNamesOpen(OPIOID_ERRORS),
];

// ---------------------------------------------------------------------------
// Mounting and running a check over every screen
// ---------------------------------------------------------------------------

async function mountIn(dir: 'ltr' | 'rtl' = 'ltr'): Promise<LdnDecisionAid> {
  const main = await fixture<HTMLElement>(html`<main dir=${dir}><ldn-decision-aid></ldn-decision-aid></main>`);
  const el = main.querySelector<LdnDecisionAid>('ldn-decision-aid')!;
  await el.updateComplete;
  return el;
}

async function show(screen: DisplayScreen, dir: 'ltr' | 'rtl' = 'ltr'): Promise<LdnDecisionAid> {
  const el = await mountIn(dir);
  await screen.open(el);
  await settle(el);
  return el;
}

/** Layout settles after the next frame (container queries, fonts). */
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Opens every screen in turn, runs `check` on it, and fails once with every problem found. */
async function everyScreen(check: (el: LdnDecisionAid, screen: DisplayScreen) => string[] | Promise<string[]>, dir: 'ltr' | 'rtl' = 'ltr', screens = SCREENS) {
  const failures: string[] = [];
  for (const screen of screens) {
    const el = await show(screen, dir);
    await frame();
    try {
      const problems = await check(el, screen);
      if (problems.length) failures.push(`${screen.name}:\n    ${[...new Set(problems)].join('\n    ')}`);
    } finally {
      fixtureCleanup();
    }
  }
  expect(failures, `${failures.length} of ${screens.length} screens have problems:\n${failures.join('\n')}`).to.deep.equal([]);
}

/** Adds a style sheet to the aid's shadow root, as its own styles are added (no inline styles). */
function addSheet(el: LdnDecisionAid, cssText: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  const shadow = root(el);
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  return () => {
    shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** The WCAG 1.4.12 text-spacing bookmarklet's values, forced on everything. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

const fontSizeOf = (node: Text) => parseFloat(getComputedStyle(node.parentElement!).fontSize);

/** The font size of every visible text. */
const fontSizes = (el: LdnDecisionAid) => new Map(visibleTexts(el).map((node) => [node, fontSizeOf(node)]));

/**
 * Text that did not grow with the rest: each text's size now against its size
 * before, `times` larger. (Larger text may hide some: the comparison table's
 * header row is hidden once its rows stack.)
 */
function textNotEnlarged(el: LdnDecisionAid, before: Map<Text, number>, times: number): string[] {
  const texts = visibleTexts(el).filter((node) => before.has(node));
  if (texts.length < before.size * 0.9) return [`${before.size} texts before, only ${texts.length} still shown after enlarging`];
  return texts
    .map((node) => ({ node, was: before.get(node)!, now: fontSizeOf(node) }))
    .filter(({ was, now }) => now < was * times - 0.5)
    .map(({ node, was, now }) => `text "${node.data.trim().slice(0, 40)}" in ${nameOf(node.parentElement!)} is ${now} px, was ${was} px: not ${times * 100}%`);
}

// ---------------------------------------------------------------------------
// Forced colours and colour cues
// ---------------------------------------------------------------------------

async function forcedColours(on: boolean): Promise<void> {
  await executeServerCommand('emulate-media-features', { 'forced-colors': on ? 'active' : '' });
  expect(matchMedia('(forced-colors: active)').matches, `forced-colors ${on ? 'active' : 'off'}`).to.equal(on);
}

/** Boxes that carry meaning through their border: errors, safety flags, the confirmation, readiness. */
const BORDERED = '.error-summary, .form-group--error, .flag, .confirm, .sure-status--needs-support, .summary-card, .option, .reveal, .details__text';

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/** The sides of a box with a border at least `min` px wide whose colour contrasts 3:1 with the background around it. */
function visibleBorderSides(node: Element, min = 1): string[] {
  const s = getComputedStyle(node);
  const around = backgroundBehind(node.parentElement ?? node);
  return SIDES.filter((side) => {
    const width = parseFloat(s.getPropertyValue(`border-${side}-width`));
    const style = s.getPropertyValue(`border-${side}-style`);
    const colour = s.getPropertyValue(`border-${side}-color`);
    return width >= min && style !== 'none' && style !== 'hidden' && contrast(colour, around) >= 3;
  });
}

/** In forced colours: buttons keep a border, meaningful boxes keep theirs, controls stay native, the chart's bars show. */
function forcedColourProblems(el: LdnDecisionAid): string[] {
  const problems: string[] = [];
  const drawn = drawnElements(el);
  for (const node of drawn.filter((n) => n.matches('.button'))) {
    const sides = visibleBorderSides(node);
    if (sides.length < 4) problems.push(`${nameOf(node)} has a visible border only on [${sides.join(', ')}]`);
  }
  for (const node of drawn.filter((n) => n.matches(BORDERED))) {
    if (!visibleBorderSides(node).length) problems.push(`${nameOf(node)} has no visible border`);
  }
  for (const node of drawn.filter((n): n is HTMLInputElement => n instanceof HTMLInputElement)) {
    const s = getComputedStyle(node);
    if (s.appearance === 'none' || s.forcedColorAdjust === 'none') problems.push(`${nameOf(node)} is not drawn by the system (appearance ${s.appearance}, forced-color-adjust ${s.forcedColorAdjust})`);
  }
  for (const bar of drawn.filter((n) => n.matches('.symptom-chart__fill, .symptom-chart__track'))) {
    const s = getComputedStyle(bar);
    const around = backgroundBehind(bar.closest('.symptom-chart')!);
    const paint = bar.matches('.symptom-chart__fill') ? s.fill : s.stroke;
    if (contrast(paint, around) < 3) problems.push(`${nameOf(bar)} is painted ${paint} on ${around}: contrast ${contrast(paint, around).toFixed(2)}:1`);
  }
  for (const node of drawn.filter((n) => n.matches('.symptom-chart__fill'))) {
    if (node.getBoundingClientRect().width <= 0 && node.closest('[data-level]')?.getAttribute('data-level') !== '0') problems.push(`${nameOf(node)} has no width`);
  }
  return problems;
}

/** The text a sighted user reads in an element (without screen-reader-only parts). */
function visibleText(node: Element): string {
  const lines = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const parent = t.parentElement!;
    if (!parent.closest('.visually-hidden') && parent.checkVisibility()) lines.push(t.textContent ?? '');
  }
  return lines.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Colour is never the only cue (WCAG 1.4.1): an error is said in words next to
 * its question and listed under a heading; links and link-like buttons are
 * underlined; radios and checkboxes are the browser's own, which draw their
 * checked state as a shape, not a colour.
 */
function colourCueProblems(el: LdnDecisionAid): string[] {
  const problems: string[] = [];
  const shadow = root(el);
  for (const group of shadow.querySelectorAll('.form-group--error')) {
    const fieldset = group.querySelector('fieldset')!;
    const message = group.querySelector(`#${CSS.escape(fieldset.id)}-error`);
    if (!message || !message.matches('.error-message')) problems.push(`question "${fieldset.id}" is marked as an error without a message`);
    else if (visibleText(message).length < 10) problems.push(`question "${fieldset.id}" has an error message without visible words: "${visibleText(message)}"`);
    else if (!fieldset.getAttribute('aria-describedby')?.split(' ').includes(message.id)) problems.push(`question "${fieldset.id}": its error message does not describe it`);
  }
  const summary = shadow.querySelector('.error-summary');
  if (summary) {
    const heading = summary.querySelector('h2, h3');
    if (!heading || visibleText(heading).length < 5) problems.push('the error summary has no heading in words');
    const links = [...summary.querySelectorAll('a[href]')];
    if (!links.length) problems.push('the error summary lists no questions');
    for (const link of links) if (visibleText(link).length < 10) problems.push(`${nameOf(link)}: error link without words`);
  }
  for (const node of drawnElements(el).filter((n) => n.matches('a[href], .link-button, summary'))) {
    if (!getComputedStyle(node).textDecorationLine.includes('underline')) problems.push(`${nameOf(node)} looks like a link only by its colour (not underlined)`);
  }
  for (const input of shadow.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')) {
    if (getComputedStyle(input).appearance === 'none') problems.push(`${nameOf(input)} is not the browser's own control (appearance: none)`);
  }
  return problems;
}

/** An element planted in a test to prove a checker catches it. */
function planted<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// ---------------------------------------------------------------------------
// Focus, with real key presses
// ---------------------------------------------------------------------------

interface TabReport {
  problems: string[];
  /** Controls in the aid focused on the way, in order. */
  visited: Element[];
}

/**
 * From the host page's button before the aid, presses Tab until the button
 * after it has focus (then Shift+Tab all the way back): every stop in the aid
 * must show a focus indicator and be in view and uncovered, and focus must get
 * out at both ends (no keyboard trap).
 */
async function tabThrough(el: LdnDecisionAid, before: HTMLElement, after: HTMLElement, max = 150): Promise<TabReport> {
  const problems: string[] = [];
  const visited: Element[] = [];
  const backgrounds = new Map([...root(el).querySelectorAll(TARGETS)].map((n) => [n, getComputedStyle(n).backgroundColor]));
  const checkStop = (focused: Element) => {
    const indicator = focusIndicatorProblem(focused, { backgroundBefore: backgrounds.get(focused) ?? '' });
    if (indicator) problems.push(indicator);
    const obscured = obscuredProblem(focused);
    if (obscured) problems.push(obscured);
    const text = focusedTextContrastProblem(focused);
    if (text) problems.push(text);
  };
  for (const [start, end, key] of [
    [before, after, 'Tab'],
    [after, before, 'Shift+Tab'],
  ] as const) {
    start.focus();
    let presses = 0;
    const path: string[] = [];
    while (deepActiveElement() !== end) {
      if (++presses > max) {
        problems.push(`focus is trapped: ${max} presses of ${key} from ${describeElement(start)} never reached ${describeElement(end)}; it went ${path.slice(-12).join(' → ')}`);
        break;
      }
      await press(key, el);
      await frame();
      const focused = deepActiveElement();
      path.push(describeElement(focused));
      if (!focused || focused === end) continue;
      if (focused.getRootNode() !== root(el)) {
        problems.push(`${key} left the aid for ${describeElement(focused)} before reaching ${describeElement(end)}`);
        continue;
      }
      if (key === 'Tab') visited.push(focused);
      checkStop(focused);
    }
  }
  return { problems: [...new Set(problems)], visited };
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe('<ldn-decision-aid> display: reflow, text size and spacing, targets, focus, forced colours, motion', function () {
  this.timeout(60_000);

  afterEach(async () => {
    fixtureCleanup();
    document.documentElement.style.removeProperty('font-size');
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
    await executeServerCommand('emulate-media-features', { 'forced-colors': '' });
  });

  it('covers every page of the flow model, and the extra states', () => {
    expect(MODEL_SCREENS.length).to.be.within(30, 120);
    expect([...new Set(MODEL_SCREENS.map((s) => s.step))].sort()).to.deep.equal([...STEPS].sort());
    expect(SCREENS.length).to.equal(MODEL_SCREENS.length + 4);
  });

  describe('the checkers catch planted problems', () => {
    it('overflow: an element wider than the aid, on the right and, with dir="rtl", on the left', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const dir of ['ltr', 'rtl'] as const) {
        const el = await show(fromModel(screenNamed('condition')), dir);
        expect(overflowProblems(el), `clean ${dir}`).to.deep.equal([]);
        const wide = planted('div', 'planted-wide');
        root(el).querySelector('form')!.append(wide);
        const remove = addSheet(el, '.planted-wide { inline-size: 400px; block-size: 10px; }');
        const problems = overflowProblems(el);
        expect(problems.join('\n'), dir).to.contain('div.planted-wide sticks out of the aid');
        // Left to right, the page scrolls; right to left, what sticks out on the left cannot even be scrolled to.
        if (dir === 'ltr') expect(problems.join('\n'), dir).to.contain('the page scrolls sideways');
        remove();
        fixtureCleanup();
      }
    });

    it('overflow: a long word that does not wrap, and a box that clips its text', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await show(fromModel(screenNamed('condition')));
      const word = planted('p', 'planted-word', 'Supercalifragilisticexpialidociousposturalorthostatictachycardia');
      const clipper = planted('p', 'planted-clip', 'This text is clipped by a box too short for it.');
      root(el).querySelector('form')!.append(word, clipper);
      addSheet(el, '.planted-word { overflow-wrap: normal; } .planted-clip { block-size: 0.5em; overflow: hidden; }');
      const problems = overflowProblems(el).join('\n');
      expect(problems).to.contain('text "Supercalifragilisticexpialidocious');
      expect(problems).to.contain('p.planted-clip "This text is clipped by a box too short" clips its content: 48 px tall in 8 px');
    });

    it('broken words: a word squeezed into a box too narrow for it, not a phrase that wraps at its spaces', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await show(fromModel(screenNamed('condition')));
      expect(brokenWordProblems(el), 'clean').to.deep.equal([]);
      const narrow = planted('p', 'planted-narrow', 'Moderate');
      const phrase = planted('p', 'planted-phrase', 'Mild pain most days');
      root(el).querySelector('form')!.append(narrow, phrase);
      addSheet(el, '.planted-narrow { inline-size: 3ch; overflow-wrap: anywhere; } .planted-phrase { inline-size: 5ch; overflow-wrap: anywhere; }');
      const problems = brokenWordProblems(el);
      expect(problems.join('\n')).to.match(/the word "Moderate" in p\.planted-narrow .* is broken across \d lines/);
      expect(problems, 'a phrase on four lines, each word whole').to.have.length(1);
    });

    it('overflow: ignores the visually hidden text that is clipped on purpose', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await show(fromModel(screenNamed('review')));
      expect(root(el).querySelectorAll('.visually-hidden').length).to.be.greaterThan(0);
      expect(overflowProblems(el)).to.deep.equal([]);
    });

    it('overflow: but not a visually hidden box that is still wide (as a hidden table was)', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await show(fromModel(screenNamed('condition')));
      const hidden = planted('div', 'visually-hidden planted-hidden-wide', 'Screen-reader text in a box that is too wide');
      root(el).querySelector('form')!.append(hidden);
      addSheet(el, '.planted-hidden-wide { min-inline-size: 600px; }');
      const problems = overflowProblems(el).join('\n');
      expect(problems).to.contain('div.visually-hidden.planted-hidden-wide "Screen-reader text in a box that is too" sticks out of the aid');
      expect(problems).to.contain('the page scrolls sideways');
    });

    it('text size: notices text that does not grow', async () => {
      const el = await show(fromModel(screenNamed('condition')));
      const before = fontSizes(el);
      el.style.setProperty('--ldn-font-size', '2rem');
      addSheet(el, 'legend { font-size: 16px !important; }');
      await frame();
      expect(textNotEnlarged(el, before, 2).join('\n')).to.match(/in legend.* is 16 px, was \d+(\.\d+)? px: not 200%/);
    });

    it('overlap: two buttons drawn on top of each other, and text over text', async () => {
      const el = await show(fromModel(screenNamed('condition')));
      expect(overlapProblems(el), 'clean').to.deep.equal([]);
      const remove = addSheet(el, '[data-action="back"] { margin-inline-start: -4rem; }');
      await frame();
      expect(overlapProblems(el).join('\n')).to.match(/button.*continue.* overlaps button.*back/);
      remove();
      addSheet(el, '.choice:nth-child(2) { margin-block-start: -1.25em; }');
      await frame();
      expect(overlapProblems(el).join('\n')).to.match(/text ".*" .* overlaps text/);
    });

    it('target size: a 10 px button, a small checkbox, a checkbox label under 24 px, an error link on its own line', async () => {
      const el = await show(fromModel(screenNamed('therapies')));
      expect(targetProblems(el), 'clean').to.deep.equal([]);
      const tiny = planted('button', 'planted-tiny', 'x');
      root(el).querySelector('form')!.append(tiny);
      addSheet(el, `
        .planted-tiny { all: unset; display: inline-block; inline-size: 10px; block-size: 10px; }
        .choice:first-child input { inline-size: 16px; block-size: 16px; }
        .choice:nth-child(2) label { line-height: 1; padding: 0; font-size: 12px; min-block-size: 0; }
      `);
      await frame();
      const problems = targetProblems(el).join('\n');
      expect(problems).to.match(/button\.planted-tiny "x" is 10 × 10 px, under 24 × 24/);
      expect(problems).to.match(/input\[type=checkbox\]\[id=therapies-0\].* is 16 × 16 px/);
      expect(problems).to.match(/the label of input\[type=checkbox\]\[id=therapies-1\].* is 12 px tall, under 24/);
      // A link that is a list item of its own is a target, not a link in a sentence.
      const list = document.createElement('ul');
      list.innerHTML = '<li><a href="#x" class="planted-link">A link alone</a></li><li>Words <a href="#y" class="planted-inline">in a sentence</a> around it.</li>';
      root(el).querySelector('form')!.append(list);
      addSheet(el, '.planted-link, .planted-inline { line-height: 1; font-size: 12px; }');
      const links = targetProblems(el).join('\n');
      expect(links).to.contain('a.planted-link');
      expect(links).not.to.contain('a.planted-inline');
    });

    it('focus: an element without an indicator, one with a faint indicator, one covered, one scrolled out of view, faint focused text, and a trap', async () => {
      await setViewport({ width: 320, height: 480 });
      const { el, before, after } = await mountBetweenButtons();
      const button = root(el).querySelector<HTMLElement>('[data-action="continue"]')!;
      const remove = addSheet(el, '.button:focus-visible { outline: none !important; box-shadow: none !important; background: var(--_accent) !important; }');
      button.focus();
      expect(focusIndicatorProblem(button, { backgroundBefore: getComputedStyle(button).backgroundColor })).to.match(/has no focus indicator/);
      remove();
      const faint = addSheet(el, '.button:focus-visible { outline: 3px solid #eeeeee !important; box-shadow: none !important; background: var(--_accent) !important; }');
      expect(focusIndicatorProblem(button, { backgroundBefore: getComputedStyle(button).backgroundColor })).to.match(/contrast 1\.\d+:1 .* under 3:1/);
      faint();
      const cover = planted('div', 'planted-cover');
      root(el).append(cover);
      const uncover = addSheet(el, '.planted-cover { position: fixed; inset: 0; background: #fff; }');
      expect(obscuredProblem(button)).to.match(/covered by div\.planted-cover/);
      uncover();
      window.scrollTo(0, 0);
      const far = planted('div', 'planted-far');
      root(el).querySelector('.container')!.prepend(far);
      const farSheet = addSheet(el, '.planted-far { block-size: 2000px; }');
      expect(obscuredProblem(button)).to.match(/not fully in view/);
      farSheet();
      far.remove();
      const red = addSheet(el, '.button:focus-visible { color: #d4351c !important; }');
      expect(focusedTextContrastProblem(button)).to.match(/text \(rgb\(212, 53, 28\)\) has contrast 3\.\d+:1 .* under 4\.5:1/);
      red();
      expect(focusedTextContrastProblem(button)).to.equal(undefined);
      // A trap: a keydown handler that sends focus back to the first control on every Tab.
      const trap = (event: KeyboardEvent) => {
        if (event.key !== 'Tab') return;
        event.preventDefault();
        button.focus();
      };
      el.addEventListener('keydown', trap);
      const report = await tabThrough(el, before, after, 8);
      el.removeEventListener('keydown', trap);
      expect(report.problems.join('\n')).to.contain('focus is trapped: 8 presses of Tab');
    });

    it('forced colours: a button with no border, a box that loses its border, bars painted like the background', async () => {
      await forcedColours(true);
      const el = await show(fromModel(EXAMPLE_GUIDE));
      expect(forcedColourProblems(el), 'clean').to.deep.equal([]);
      addSheet(el, `
        [data-action="print"] { border: 0 !important; }
        .flag { border: 0 !important; }
        .symptom-chart__fill { forced-color-adjust: none; fill: Canvas !important; }
      `);
      const problems = forcedColourProblems(el).join('\n');
      expect(problems).to.match(/button.*print.* has a visible border only on \[\]/);
      expect(problems).to.match(/div\.flag.* has no visible border/);
      expect(problems).to.match(/rect\.symptom-chart__fill is painted .* contrast 1\.00:1/);
    });

    it('motion: a transition and an animation; the reduced-motion rule turns them off', async () => {
      const el = await show(fromModel(screenNamed('condition')));
      expect(motionProblems(el), 'clean').to.deep.equal([]);
      addSheet(el, `
        @keyframes planted-spin { to { transform: rotate(1turn); } }
        .button { transition: background-color 0.3s; }
        .heading { animation: planted-spin 1s infinite; }
        .container { scroll-behavior: smooth; }
      `);
      const problems = motionProblems(el).join('\n');
      expect(problems).to.match(/button.* has a transition: background-color 0.3s/);
      expect(problems).to.match(/h2.heading.* has an animation: planted-spin 1s/);
      expect(problems).to.match(/div.container.* scrolls smoothly/);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      expect(motionProblems(el), 'with prefers-reduced-motion: reduce').to.deep.equal([]);
    });

    it('colour cues: an error shown only by a red border, a link that is not underlined, a radio drawn by CSS', async () => {
      const el = await show(fromModel(MODEL_SCREENS.find((s) => s.name.startsWith('condition, errors'))!));
      expect(colourCueProblems(el), 'clean').to.deep.equal([]);
      for (const message of root(el).querySelectorAll('.error-message')) message.replaceChildren();
      addSheet(el, '.error-summary a { text-decoration: none; } input[type="radio"] { appearance: none; }');
      const problems = colourCueProblems(el).join('\n');
      expect(problems).to.contain('question "diagnosis" has an error message without visible words');
      expect(problems).to.contain('a "Select whether a clinician has diagnosed" looks like a link only by its colour');
      expect(problems).to.match(/input.*radio.* is not the browser's own control/);
    });
  });

  describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`no screen scrolls sideways, sticks out or clips (${dir})`, async function () {
        this.timeout(120_000);
        await setViewport({ width: 320, height: 640 });
        await everyScreen((el) => [...overflowProblems(el), ...brokenWordProblems(el)], dir);
      });
    }
  });

  describe('text at 200% (WCAG 1.4.4), at 640 CSS px wide', () => {
    it('with --ldn-font-size: 2rem on the element, all text doubles, and nothing sticks out or clips', async function () {
      this.timeout(120_000);
      await setViewport({ width: 640, height: 640 });
      await everyScreen(async (el) => {
        const before = fontSizes(el);
        el.style.setProperty('--ldn-font-size', '2rem');
        await frame();
        return [...textNotEnlarged(el, before, 2), ...overflowProblems(el), ...brokenWordProblems(el)];
      });
    });

    it('with the page\'s root font size at 200%, all text doubles, and nothing sticks out or clips', async function () {
      this.timeout(120_000);
      await setViewport({ width: 640, height: 640 });
      await everyScreen(async (el) => {
        const before = fontSizes(el);
        document.documentElement.style.fontSize = '200%';
        await frame();
        try {
          return [...textNotEnlarged(el, before, 2), ...overflowProblems(el), ...brokenWordProblems(el)];
        } finally {
          document.documentElement.style.removeProperty('font-size');
        }
      });
    });
  });

  describe('text spacing (WCAG 1.4.12), at 320 CSS px', () => {
    it('with the WCAG spacing forced on, nothing sticks out, clips or overlaps', async function () {
      this.timeout(120_000);
      await setViewport({ width: 320, height: 640 });
      await everyScreen(async (el) => {
        addSheet(el, TEXT_SPACING);
        await frame();
        expect(getComputedStyle(root(el).querySelector('.heading')!).letterSpacing).not.to.equal('normal');
        return [...overflowProblems(el), ...overlapProblems(el), ...brokenWordProblems(el)];
      });
    });
  });

  describe('target size (WCAG 2.5.8)', () => {
    for (const width of [320, 800]) {
      it(`every button, link, summary and answer is at least 24 by 24 CSS px, at ${width} px wide`, async function () {
        this.timeout(120_000);
        await setViewport({ width, height: 640 });
        let checked = 0;
        await everyScreen((el) => {
          checked += root(el).querySelectorAll(TARGETS).length;
          return targetProblems(el);
        });
        expect(checked).to.be.greaterThan(500);
      });
    }

    it('still at least 24 by 24 CSS px when the page sets a small root font size (62.5%)', async function () {
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
    const FOCUS_SCREENS = [withOpioidNamesOpen(OPIOID_ERRORS), fromModel(MODEL_SCREENS.find((s) => s.step === 'review' && s.name.includes('errors:'))!), START_OVER_OPEN];

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
        expect(visited.some((n) => n instanceof HTMLInputElement), 'answers reached').to.equal(screen !== FOCUS_SCREENS[1]);
      });
    }
  });

  describe('forced colours (Windows High Contrast)', () => {
    it('the emulation really forces colours: the media query matches and an author colour is replaced', async () => {
      const probe = await fixture<HTMLElement>(html`<p>probe</p>`);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.probe { color: rgb(1, 2, 3); border: 2px solid rgb(4, 5, 6); }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      probe.className = 'probe';
      try {
        expect(getComputedStyle(probe).color).to.equal('rgb(1, 2, 3)');
        await forcedColours(true);
        expect(getComputedStyle(probe).color, 'forced text colour').not.to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(probe).borderTopColor, 'forced border colour').not.to.equal('rgb(4, 5, 6)');
        await forcedColours(false);
        expect(getComputedStyle(probe).color).to.equal('rgb(1, 2, 3)');
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    });

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

  describe('motion', () => {
    it('nothing moves on any screen: no transition, no animation, no smooth scrolling', async function () {
      this.timeout(120_000);
      await everyScreen((el) => motionProblems(el));
    });

    it('with prefers-reduced-motion: reduce, still nothing moves on any screen', async function () {
      this.timeout(120_000);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      await everyScreen((el) => motionProblems(el));
    });
  });

  describe('colour is never the only cue (WCAG 1.4.1)', () => {
    it('errors are in words under a heading, links are underlined, answers are native controls, on every screen', async function () {
      this.timeout(120_000);
      let errorScreens = 0;
      await everyScreen((el) => {
        if (root(el).querySelector('.form-group--error')) errorScreens++;
        return colourCueProblems(el);
      });
      expect(errorScreens, 'screens with inline errors').to.be.greaterThan(5);
    });
  });
});
