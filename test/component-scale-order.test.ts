/**
 * Issue 20: a short scale shown side by side keeps its order on a phone. At
 * 320 to 390 px, in English and in the longest translations, left to right and
 * right to left, each scale's choices are all on one line in order, or all
 * stacked in order: never "None / Mild / Moderate" with "Severe" under "None".
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { localeShown, mountInMain } from './support/direction.js';
import { EXAMPLE_GUIDE, MODEL_SCREENS, resetDisplay } from './support/display-sweep.js';
import { root, settle } from './support/harness.js';
import { showScreen } from './support/screens.js';

/** The pages with scales: the symptom ratings and the guide's readiness questions. */
const SCREENS = [MODEL_SCREENS.find((s) => s.step === 'symptoms' && !s.name.includes('errors'))!, EXAMPLE_GUIDE];

/** What is wrong with the layout of one scale: '' when its choices are on one line in reading order, or stacked in order. */
function scaleOrderProblem(scale: Element, dir: 'ltr' | 'rtl'): string {
  const boxes = [...scale.querySelectorAll(':scope > .choice')].map((c) => c.getBoundingClientRect());
  if (boxes.length < 2) return '';
  const sameLine = boxes.every((b) => Math.abs(b.top - boxes[0]!.top) < 2);
  const inReadingOrder = boxes.every((b, i) => i === 0 || (dir === 'ltr' ? b.left > boxes[i - 1]!.left : b.right < boxes[i - 1]!.right));
  if (sameLine) return inReadingOrder ? '' : 'on one line, out of reading order';
  const stacked = boxes.every((b, i) => i === 0 || (b.top >= boxes[i - 1]!.bottom - 1 && Math.abs(b.left - boxes[0]!.left) < 2));
  return stacked ? '' : `wrapped part-way: ${boxes.map((b) => `${Math.round(b.left)},${Math.round(b.top)}`).join(' ')}`;
}

async function problemsOn(el: LdnDecisionAid, dir: 'ltr' | 'rtl'): Promise<string[]> {
  const scales = [...root(el).querySelectorAll('.choices--inline')];
  expect(scales.length, 'scales on the page').to.be.greaterThan(0);
  return scales.flatMap((scale) => {
    const problem = scaleOrderProblem(scale, dir);
    return problem ? [`${scale.closest('fieldset')?.id}: ${problem}`] : [];
  });
}

describe('<ldn-decision-aid> scales keep their order at phone widths', function () {
  this.timeout(120_000);
  afterEach(resetDisplay);

  for (const [locale, dir] of [
    ['en', 'ltr'],
    ['de', 'ltr'],
    ['fr', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`${locale}: every scale on one line or stacked, in order, at 320, 360 and 390 px`, async () => {
      const problems: string[] = [];
      for (const screen of SCREENS) {
        const el = await mountInMain(dir);
        el.locale = locale;
        await localeShown(el, locale);
        await showScreen(el, screen);
        for (const width of [320, 360, 390]) {
          await setViewport({ width, height: 800 });
          await settle(el);
          problems.push(...(await problemsOn(el, dir)).map((p) => `${screen.name} at ${width} px: ${p}`));
        }
        fixtureCleanup();
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }

  it('the check finds a scale wrapped part-way, and one out of order', async () => {
    const el = await mountInMain('ltr');
    await showScreen(el, SCREENS[0]!);
    await setViewport({ width: 390, height: 800 });
    const scale = root(el).querySelector<HTMLElement>('.choices--inline')!;
    // As before this fix: wrapping freely, the last choice falls under the first.
    for (const choice of scale.querySelectorAll<HTMLElement>(':scope > .choice')) choice.style.flexBasis = 'auto';
    scale.style.inlineSize = '14rem';
    await settle(el);
    expect(scaleOrderProblem(scale, 'ltr')).to.match(/wrapped part-way/);
    scale.style.inlineSize = '';
    scale.style.flexDirection = 'row-reverse';
    expect(scaleOrderProblem(scale, 'ltr')).to.match(/out of reading order/);
  });
});
