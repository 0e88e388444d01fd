/**
 * The display checks (test/support/display.ts, display-sweep.ts) catch what
 * they are meant to catch: each is shown a planted problem.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import {
  brokenWordProblems,
  focusedTextContrastProblem,
  focusIndicatorProblem,
  motionProblems,
  obscuredProblem,
  overflowProblems,
  overlapProblems,
  targetProblems,
} from '../support/display.js';
import {
  addSheet,
  EXAMPLE_GUIDE,
  frame,
  MODEL_SCREENS,
  colourCueProblems,
  fontSizes,
  forcedColourProblems,
  forcedColours,
  fromModel,
  planted,
  screenNamed,
  show,
  tabThrough,
  textNotEnlarged,
  resetDisplay,
} from '../support/display-sweep.js';
import { root } from '../support/harness.js';
import { mountBetweenButtons } from '../support/keyboard.js';

describe('display checks catch planted problems', function () {
  this.timeout(60_000);

  afterEach(resetDisplay);

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

  it('overlap: a button drawn over an answer, and text over text', async () => {
    const el = await show(fromModel(screenNamed('condition')));
    expect(overlapProblems(el), 'clean').to.deep.equal([]);
    // Continue pulled up over the last answer above it.
    const remove = addSheet(el, 'form > .button-group { margin-block-start: -4rem; }');
    await frame();
    expect(overlapProblems(el).join('\n')).to.match(/button.*continue.* overlaps|overlaps button.*continue/);
    remove();
    // Rows are 40 px with their text padded inside: the next row must climb past that padding to reach the text above.
    addSheet(el, '.choice:nth-child(2) { margin-block-start: -2.75em; }');
    await frame();
    expect(overlapProblems(el).join('\n')).to.match(/text ".*" .* overlaps text/);
  });

  it('target size: a 10 px button, a small checkbox, a checkbox label under 24 px, an error link on its own line', async () => {
    const el = await show(fromModel(screenNamed('therapies')));
    expect(targetProblems(el), 'clean').to.deep.equal([]);
    const tiny = planted('button', 'planted-tiny', 'x');
    root(el).querySelector('form')!.append(tiny);
    addSheet(
      el,
      `
      .planted-tiny { all: unset; display: inline-block; inline-size: 10px; block-size: 10px; }
      .choice:first-child input { inline-size: 16px; block-size: 16px; }
      .choice:nth-child(2) label { line-height: 1; padding: 0; font-size: 12px; min-block-size: 0; }
    `,
    );
    await frame();
    const problems = targetProblems(el).join('\n');
    expect(problems).to.match(/button\.planted-tiny "x" is 10 × 10 px, under 24 × 24/);
    expect(problems).to.match(/input\[type=checkbox\]\[id=therapies-0\].* is 16 × 16 px/);
    expect(problems).to.match(/the label of input\[type=checkbox\]\[id=therapies-1\].* is 12 px tall, under 24/);
    // A link that is a list item of its own is a target, not a link in a sentence.
    const list = document.createElement('ul');
    list.innerHTML =
      '<li><a href="#x" class="planted-link">A link alone</a></li><li>Words <a href="#y" class="planted-inline">in a sentence</a> around it.</li>';
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
    const faint = addSheet(
      el,
      '.button:focus-visible { outline: 3px solid #eeeeee !important; box-shadow: none !important; background: var(--_accent) !important; }',
    );
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
    addSheet(
      el,
      `
      [data-action="save-or-print"] { border: 0 !important; }
      .flag { border: 0 !important; }
      .symptom-chart__fill { forced-color-adjust: none; fill: Canvas !important; }
    `,
    );
    const problems = forcedColourProblems(el).join('\n');
    expect(problems).to.match(/button.*save-or-print.* has a visible border only on \[\]/);
    expect(problems).to.match(/div\.flag.* has no visible border/);
    expect(problems).to.match(/rect\.symptom-chart__fill is painted .* contrast 1\.00:1/);
  });

  it('motion: a transition and an animation; the reduced-motion rule turns them off', async () => {
    const el = await show(fromModel(screenNamed('condition')));
    expect(motionProblems(el), 'clean').to.deep.equal([]);
    addSheet(
      el,
      `
      @keyframes planted-spin { to { transform: rotate(1turn); } }
      .button { transition: background-color 0.3s; }
      .heading { animation: planted-spin 1s infinite; }
      .container { scroll-behavior: smooth; }
    `,
    );
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
});
