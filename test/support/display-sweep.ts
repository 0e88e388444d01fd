/**
 * The screens the display checks run on, mounting and sweeping them, and the
 * checks that need the widget's own markup (forced colours, colour cues, text
 * size, keyboard walks). Shared by the screen sweeps (test/component-screens.test.ts),
 * the focus tests (test/component-display.test.ts) and the checks' own tests in
 * test/tools/display-checks.test.ts.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { symptoms, tried, valuesALot } from '../fixtures/patients.js';
import type { Answers } from '../../src/questionnaire/answers.js';
import type { FlowEvent } from '../../src/flow/machine.js';
import { QUESTION_STEPS } from '../../src/flow/steps.js';
import { VALUES } from '../../src/questionnaire/options.js';
import type { LdnDecisionAid } from '../../src/ldn-decision-aid.js';
import {
  backgroundBehind,
  contrast,
  drawnElements,
  focusedTextContrastProblem,
  focusIndicatorProblem,
  nameOf,
  obscuredProblem,
  TARGETS,
  visibleTexts,
} from './display.js';
import { clickAction, root, settle, stepOf } from './harness.js';
import { deepActiveElement, describeElement, press } from './keyboard.js';
import { reachableScreens, showScreen, type Screen } from './screens.js';
import { mountInMain } from './direction.js';

// ---------------------------------------------------------------------------
// Screens
// ---------------------------------------------------------------------------

export interface DisplayScreen {
  name: string;
  open(el: LdnDecisionAid): Promise<void>;
}

/** A patient with ratings (so the guide has its symptom chart), opioid use and treatments tried. */
export const EXAMPLE: Answers = {
  diagnosis: 'diagnosed',
  duration: '2-to-5-years',
  'age-group': '18-or-over',
  ...tried(['fluids-salt', { status: 'current', helps: 'a-little' }], ['beta-blocker', { status: 'stopped', helps: 'no', sideEffects: true }]),
  'opioid-use': 'yes',
  'opioid-kinds': ['tramadol'],
  'opioid-pattern': 'occasional',
  'planned-procedure': 'yes',
  liver: 'no',
  pregnancy: ['none-of-these'],
  'naltrexone-before': 'no',
  conditions: ['fibromyalgia'],
  ...symptoms({ 'racing-heart': 'moderate', fatigue: 'severe', 'brain-fog': 'severe', pain: 'mild' }),
  'worst-symptom': ['fatigue'],
  ...valuesALot(...VALUES),
};

export const EXAMPLE_GUIDE: Screen = {
  name: 'guide, example patient with a symptom chart and safety flags',
  step: 'guide',
  events: [
    { type: 'flow.start' },
    { type: 'answers.update', patch: EXAMPLE },
    ...QUESTION_STEPS.map((): FlowEvent => ({ type: 'step.continue' })),
    { type: 'review.confirm' },
  ],
};

export const MODEL_SCREENS = reachableScreens();

export function screenNamed(name: string): Screen {
  const found = MODEL_SCREENS.find((s) => s.name === name);
  if (!found) throw new Error(`No screen "${name}" in the flow model: ${MODEL_SCREENS.map((s) => s.name).join('; ')}`);
  return found;
}

export const fromModel = (screen: Screen): DisplayScreen => ({
  name: screen.name,
  open: async (el) => {
    await showScreen(el, screen);
    if (stepOf(el) !== screen.step) throw new Error(`${screen.name}: on step "${stepOf(el)}"`);
  },
});

export const START_OVER_OPEN: DisplayScreen = {
  name: 'guide, example patient, with the "Start over?" confirmation open',
  open: async (el) => {
    await showScreen(el, EXAMPLE_GUIDE);
    await clickAction(el, 'start-over');
    if (!root(el).querySelector('#confirm-start-over-title')) throw new Error('no start-over confirmation');
  },
};

export function withOpioidNamesOpen(screen: Screen): DisplayScreen {
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

export const OPIOIDS_OPEN = withOpioidNamesOpen(screenNamed('opioids, showing opioid-kinds+opioid-use-disorder-treatment+opioid-pattern'));
export const OPIOID_ERRORS = MODEL_SCREENS.find((s) => s.step === 'opioids' && s.name.includes('showing opioid-kinds') && s.name.includes('errors:'))!;

/** Every screen of the flow model, plus the states the machine does not hold. */
export const SCREENS: DisplayScreen[] = [
  ...MODEL_SCREENS.map(fromModel),
  fromModel(EXAMPLE_GUIDE),
  START_OVER_OPEN,
  OPIOIDS_OPEN,
  withOpioidNamesOpen(OPIOID_ERRORS),
];

// ---------------------------------------------------------------------------
// Mounting and running a check over every screen
// ---------------------------------------------------------------------------

/** Mounts the aid in a <main> (as axe needs) in the locale for `dir`, and opens `screen`. */
export async function show(screen: DisplayScreen, dir: 'ltr' | 'rtl' = 'ltr'): Promise<LdnDecisionAid> {
  const el = await mountInMain(dir);
  await screen.open(el);
  await settle(el);
  return el;
}

/** Layout settles after the next frame (container queries, fonts). */
export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Opens every screen in turn, runs `check` on it, and fails once with every problem found. */
export async function everyScreen(
  check: (el: LdnDecisionAid, screen: DisplayScreen) => string[] | Promise<string[]>,
  dir: 'ltr' | 'rtl' = 'ltr',
  screens = SCREENS,
) {
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
export function addSheet(el: LdnDecisionAid, cssText: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  const shadow = root(el);
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  return () => {
    shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** The WCAG 1.4.12 text-spacing bookmarklet's values, forced on everything. */
export const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

export const fontSizeOf = (node: Text) => parseFloat(getComputedStyle(node.parentElement!).fontSize);

/** The font size of every visible text. */
export const fontSizes = (el: LdnDecisionAid) => new Map(visibleTexts(el).map((node) => [node, fontSizeOf(node)]));

/**
 * Text that did not grow with the rest: each text's size now against its size
 * before, `times` larger. (Larger text may hide some: the comparison table's
 * header row is hidden once its rows stack.)
 */
export function textNotEnlarged(el: LdnDecisionAid, before: Map<Text, number>, times: number): string[] {
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

export async function forcedColours(on: boolean): Promise<void> {
  await executeServerCommand('emulate-media-features', { 'forced-colors': on ? 'active' : '' });
  expect(matchMedia('(forced-colors: active)').matches, `forced-colors ${on ? 'active' : 'off'}`).to.equal(on);
}

/** Boxes that carry meaning through their border: errors, safety flags, the confirmation, readiness. */
export const BORDERED = '.error-summary, .form-group--error, .flag, .confirm, .sure-status--needs-support, .summary-card, .reveal, .details__text';

export const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/** The sides of a box with a border at least `min` px wide whose colour contrasts 3:1 with the background around it. */
export function visibleBorderSides(node: Element, min = 1): string[] {
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
export function forcedColourProblems(el: LdnDecisionAid): string[] {
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
    if (s.appearance === 'none' || s.forcedColorAdjust === 'none')
      problems.push(`${nameOf(node)} is not drawn by the system (appearance ${s.appearance}, forced-color-adjust ${s.forcedColorAdjust})`);
  }
  for (const bar of drawn.filter((n) => n.matches('.symptom-chart__fill, .symptom-chart__track'))) {
    const s = getComputedStyle(bar);
    const around = backgroundBehind(bar.closest('.symptom-chart')!);
    const paint = bar.matches('.symptom-chart__fill') ? s.fill : s.stroke;
    if (contrast(paint, around) < 3) problems.push(`${nameOf(bar)} is painted ${paint} on ${around}: contrast ${contrast(paint, around).toFixed(2)}:1`);
  }
  for (const node of drawn.filter((n) => n.matches('.symptom-chart__fill'))) {
    if (node.getBoundingClientRect().width <= 0 && node.closest('[data-level]')?.getAttribute('data-level') !== '0')
      problems.push(`${nameOf(node)} has no width`);
  }
  return problems;
}

/** The text a sighted user reads in an element (without screen-reader-only parts). */
export function visibleText(node: Element): string {
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
export function colourCueProblems(el: LdnDecisionAid): string[] {
  const problems: string[] = [];
  const shadow = root(el);
  for (const group of shadow.querySelectorAll('.form-group--error')) {
    const fieldset = group.querySelector('fieldset')!;
    const message = group.querySelector(`#${CSS.escape(fieldset.id)}-error`);
    if (!message || !message.matches('.error-message')) problems.push(`question "${fieldset.id}" is marked as an error without a message`);
    else if (visibleText(message).length < 10) problems.push(`question "${fieldset.id}" has an error message without visible words: "${visibleText(message)}"`);
    else if (!fieldset.getAttribute('aria-describedby')?.split(' ').includes(message.id))
      problems.push(`question "${fieldset.id}": its error message does not describe it`);
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
    if (!getComputedStyle(node).textDecorationLine.includes('underline'))
      problems.push(`${nameOf(node)} looks like a link only by its colour (not underlined)`);
  }
  for (const input of shadow.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')) {
    if (getComputedStyle(input).appearance === 'none') problems.push(`${nameOf(input)} is not the browser's own control (appearance: none)`);
  }
  return problems;
}

/** An element planted in a test to prove a checker catches it. */
export function planted<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// ---------------------------------------------------------------------------
// Focus, with real key presses
// ---------------------------------------------------------------------------

export interface TabReport {
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
export async function tabThrough(el: LdnDecisionAid, before: HTMLElement, after: HTMLElement, max = 150): Promise<TabReport> {
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
        problems.push(
          `focus is trapped: ${max} presses of ${key} from ${describeElement(start)} never reached ${describeElement(end)}; it went ${path.slice(-12).join(' → ')}`,
        );
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

/** Puts the page back as the next test expects it: no fixture, default text size, viewport and media. */
export async function resetDisplay(): Promise<void> {
  fixtureCleanup();
  document.documentElement.style.removeProperty('font-size');
  await setViewport({ width: 800, height: 600 });
  await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
  await executeServerCommand('emulate-media-features', { 'forced-colors': '' });
}
