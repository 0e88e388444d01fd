/**
 * "Show a code for your clinician" on the guide page: a disclosure button that
 * shows a QR code of the compact clinician summary. A screenshot of the code
 * as the screen shows it (at 1 and 3 device pixels per CSS pixel) is read back
 * with an independent decoder (jsQR), and must say exactly what
 * `compactSummaryText` says for the same patient.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { compactSummaryText } from '../src/content/compact-summary.js';
import { localIsoDate } from '../src/content/date-format.js';
import { QUESTION_STEPS, type QuestionStep } from '../src/flow/steps.js';
import { buildGuide } from '../src/guide/build-guide.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { EXAMPLE_PATIENTS, type ExamplePatient } from './fixtures/patients.js';
import { expectNoViolations, mountInMain } from './support/axe.js';
import { clickAction, clicksFor, completeWithMouse, focusedIn, mountAid, openSaveOrPrint, root, settle, stepOf, type Clicks } from './support/harness.js';
import { forcedColours } from './support/display-sweep.js';
import { deepActiveElement, mountBetweenButtons, press, tabToAction } from './support/keyboard.js';
import { decodeShown, decodeSvg } from './support/qr-decode.js';

const toggle = (el: LdnDecisionAid) => root(el).querySelector<HTMLButtonElement>('[data-action="show-code"]')!;
const panel = (el: LdnDecisionAid) => root(el).getElementById(toggle(el).getAttribute('aria-controls')!)!;
const codeOf = (el: LdnDecisionAid) => root(el).querySelector<SVGSVGElement>('svg.qr__code');
const statusOf = (el: LdnDecisionAid) => root(el).querySelector('.qr__status');

const clicksOf = (a: Answers) => Object.fromEntries(QUESTION_STEPS.map((step) => [step, clicksFor(step, a)])) as Record<QuestionStep, Clicks>;

async function openGuide(patient: ExamplePatient, el?: LdnDecisionAid): Promise<LdnDecisionAid> {
  el ??= await mountAid();
  await completeWithMouse(el, clicksOf(EXAMPLE_PATIENTS[patient]()));
  expect(stepOf(el)).to.equal('guide');
  // The code's button is in "Save or print", at the top of the guide.
  await openSaveOrPrint(el);
  return el;
}

async function showCode(el: LdnDecisionAid): Promise<SVGSVGElement> {
  await clickAction(el, 'show-code');
  await waitUntil(() => codeOf(el) || statusOf(el)?.closest('[data-qr-status="failed"]'), 'the code or its failure appears');
  await settle(el);
  const svg = codeOf(el);
  if (!svg) throw new Error(`No code; status: ${statusOf(el)?.textContent}`);
  return svg;
}

// The code's title carries the day it is made on.
const expectedText = (patient: ExamplePatient) => compactSummaryText(buildGuide(EXAMPLE_PATIENTS[patient]()).clinicianSummary, 'en', localIsoDate(new Date()));

// The encoder itself (qr-encoder.ts, lean-qr), not its loader, which ships with the main module.
const encoderRequests = () => performance.getEntriesByType('resource').filter((entry) => /qr-encoder\.|lean-qr/.test(entry.name));

describe('Show a code for your clinician', () => {
  // First in this file: each test file has its own page, so nothing has loaded the encoder yet.
  it('loads the QR encoder only when the code is first shown', async () => {
    const el = await openGuide('tramadol-sometimes');
    expect(encoderRequests().map((e) => e.name)).to.deep.equal([]);
    await showCode(el);
    expect(encoderRequests().length, 'the encoder module was requested').to.be.greaterThan(0);
  });

  it('shows a code that a scanner reads as the compact summary of the patient who takes tramadol now and then', async () => {
    const el = await openGuide('tramadol-sometimes');
    const svg = await showCode(el);
    expect(await decodeShown(svg)).to.equal(expectedText('tramadol-sometimes'));
  });

  it('reads back for the patient with every safety concern, every flag included, within version 13', async () => {
    const el = await openGuide('every-safety-concern');
    const svg = await showCode(el);
    const text = expectedText('every-safety-concern');
    expect(text.split('\n')[1]).to.match(/^Safety: .*OUD treatment.*Pregnant/);
    expect(await decodeSvg(svg)).to.equal(text);
    expect(Number(svg.dataset.qrSize)).to.be.at.most(4 * 13 + 17);
  });

  it('reads back at 2 px per module too, the smallest a phone screen might show it', async () => {
    const el = await openGuide('every-safety-concern');
    expect(await decodeSvg(await showCode(el), 2)).to.equal(expectedText('every-safety-concern'));
  });

  for (const deviceScaleFactor of [1, 3]) {
    for (const width of [390, 1280]) {
      it(`reads back from a screenshot of what is shown, at ${deviceScaleFactor} device pixel${deviceScaleFactor > 1 ? 's' : ''} per CSS pixel, ${width} px wide`, async () => {
        // As setViewport hands it to Puppeteer: the device scale factor is Puppeteer's, beyond the command's own type.
        await setViewport({ width, height: 844, deviceScaleFactor } as Parameters<typeof setViewport>[0]);
        try {
          const el = await openGuide('every-safety-concern');
          const code = await showCode(el);
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          expect(devicePixelRatio).to.equal(deviceScaleFactor);
          const perModule = (code.getBoundingClientRect().width * devicePixelRatio) / code.viewBox.baseVal.width;
          expect(perModule, 'device pixels per module').to.be.at.least(2);
          // Layout rounds to 1/64 CSS px: within that, a whole number.
          expect(Math.abs(perModule - Math.round(perModule)), 'whole device pixels per module').to.be.below(0.01);
          expect(await decodeShown(code)).to.equal(expectedText('every-safety-concern'));
        } finally {
          await setViewport({ width: 800, height: 600, deviceScaleFactor: 1 } as Parameters<typeof setViewport>[0]);
        }
      });
    }
  }

  it('stays crisp when the screen density changes while it is shown (zoom, or another screen)', async () => {
    const el = await openGuide('tramadol-sometimes');
    const code = await showCode(el);
    try {
      await setViewport({ width: 800, height: 600, deviceScaleFactor: 2.5 } as Parameters<typeof setViewport>[0]);
      await waitUntil(() => {
        const perModule = (code.getBoundingClientRect().width * devicePixelRatio) / code.viewBox.baseVal.width;
        return Math.abs(perModule - Math.round(perModule)) < 0.01;
      }, 'the code is sized again in whole device pixels');
      expect(await decodeShown(code)).to.equal(expectedText('tramadol-sometimes'));
    } finally {
      await setViewport({ width: 800, height: 600, deviceScaleFactor: 1 } as Parameters<typeof setViewport>[0]);
    }
  });

  it('shows the text the code holds under it, line by line, and names the picture', async () => {
    const el = await openGuide('tramadol-sometimes');
    const svg = await showCode(el);
    const lines = [...root(el).querySelectorAll('[data-qr-text] li')].map((li) => li.textContent);
    expect(lines.join('\n')).to.equal(expectedText('tramadol-sometimes'));
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('QR code of the summary below');
    expect(panel(el).textContent).to.include('Nothing is sent anywhere.');
  });

  it('is a disclosure: a button with aria-expanded that shows and hides the region it controls, keeping focus', async () => {
    const el = await openGuide('nothing-notable');
    const button = toggle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.textContent!.trim()).to.equal('Show a code for your clinician');
    expect(panel(el).hidden, 'region hidden at first').to.equal(true);
    expect(panel(el).childElementCount, 'nothing rendered while closed').to.equal(0);
    await showCode(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim(), 'the open button says what it does now').to.equal('Hide code');
    expect(panel(el).hidden).to.equal(false);
    expect(focusedIn(el)).to.equal(button);
    await clickAction(el, 'show-code');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.textContent!.trim()).to.equal('Show a code for your clinician');
    expect(panel(el).hidden).to.equal(true);
    expect(focusedIn(el)).to.equal(button);
  });

  it('opens and closes with the keyboard alone (Tab, Enter, Space)', async () => {
    const { el } = await mountBetweenButtons();
    await completeWithMouse(el, clicksOf(EXAMPLE_PATIENTS['nothing-notable']()));
    // "Save or print" first, then the code's button inside it.
    const menu = await tabToAction(el, 'save-or-print');
    await press('Enter', el);
    expect(menu.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActiveElement(), 'focus stays on "Save or print"').to.equal(menu);
    const button = await tabToAction(el, 'show-code');
    await press('Enter', el);
    await waitUntil(() => codeOf(el), 'the code appears');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActiveElement(), 'focus stays on the button').to.equal(button);
    await press('Space', el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement()).to.equal(button);
  });

  it('follows the SURE answers given on the guide page', async () => {
    const el = await openGuide('nothing-notable');
    await showCode(el);
    root(el).querySelector<HTMLInputElement>('input[name="sure-understand"][value="yes"]')!.click();
    await settle(el);
    await waitUntil(() => codeOf(el), 'the code is redrawn');
    expect(await decodeSvg(codeOf(el)!)).to.include('SURE test: 1 of 4 yes, 3 not answered');
  });

  it('stays black on white, with its quiet zone, in a dark theme and in forced colours', async () => {
    const el = await openGuide('tramadol-sometimes');
    el.style.setProperty('--ldn-color-background', '#101010');
    el.style.setProperty('--ldn-color-text', '#f0f0f0');
    try {
      const svg = await showCode(el);
      const fills = () => [getComputedStyle(svg.querySelector('rect')!).fill, getComputedStyle(svg.querySelector('path')!).fill];
      expect(fills()).to.deep.equal(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
      expect(svg.getAttribute('viewBox')!.split(' ').slice(0, 2)).to.deep.equal(['-4', '-4']);
      await forcedColours(true);
      expect(fills()).to.deep.equal(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
      expect(await decodeSvg(svg)).to.equal(expectedText('tramadol-sometimes'));
    } finally {
      await forcedColours(false);
      el.style.removeProperty('--ldn-color-background');
      el.style.removeProperty('--ldn-color-text');
    }
  });

  it('says so, and keeps the text on screen, when the encoder cannot load', async () => {
    const el = await openGuide('tramadol-sometimes');
    const encoder = (el['guidePage'] as unknown as { page: { qrEncoder: { loader: () => Promise<unknown>; status: string } } }).page.qrEncoder;
    const warn = console.warn;
    console.warn = () => {};
    try {
      encoder.status = 'idle';
      encoder.loader = () => Promise.reject(new Error('offline'));
      await clickAction(el, 'show-code');
      await waitUntil(() => root(el).querySelector('[data-qr-status="failed"]'), 'the failure is shown');
    } finally {
      console.warn = warn;
    }
    expect(codeOf(el)).to.equal(null);
    expect(statusOf(el)!.getAttribute('role')).to.equal('status');
    expect(statusOf(el)!.textContent).to.include('Show your clinician the summary below instead.');
    const lines = [...root(el).querySelectorAll('[data-qr-text] li')].map((li) => li.textContent);
    expect(lines.join('\n')).to.equal(expectedText('tramadol-sometimes'));
  });

  it('closes when the patient leaves the guide', async () => {
    const el = await openGuide('nothing-notable');
    await showCode(el);
    await clickAction(el, 'change-answers');
    await clickAction(el, 'continue');
    expect(stepOf(el)).to.equal('guide');
    const menu = root(el).querySelector('[data-action="save-or-print"]')!;
    expect(menu.getAttribute('aria-expanded'), '"Save or print" is closed again').to.equal('false');
    await openSaveOrPrint(el);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('is left off paper: the printed guide has the full summary', async () => {
    const el = await openGuide('nothing-notable');
    await showCode(el);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(root(el).querySelector('.clinician-code')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`has no axe violations with the code shown (${dir})`, async () => {
      const el = await mountInMain(dir);
      // Right to left is the ar-XB pseudo-locale (test/support/direction.ts), whose right-to-left marks add 6 bytes
      // to each message: the every-safety-concern summary then passes the QR code's 330-byte cap, so a shorter one.
      await openGuide(dir === 'rtl' ? 'tramadol-sometimes' : 'every-safety-concern', el);
      await showCode(el);
      await expectNoViolations(el);
    });
  }
});
