/**
 * A double tap (or an impatient second tap) on Continue (audit 4, F7). The
 * first tap moves to the next page, which opens scrolled to its top; the
 * second landed on whatever control of the new page was now under the finger
 * and answered it: "I am breastfeeding", "Prefer not to say", a symptom
 * "Severe", a treatment never tried, or the next page's Continue (skipping the
 * values page). A patient's answers must only be what they chose on a page
 * they have seen; a deliberate tap a moment later, and the keyboard at once, still act.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { STRAY_TAP_MS } from '../src/components/controllers/stray-tap-guard.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { choose, continueOn, mountAid, root, settle, stepOf } from './support/harness.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a second tap at this point of the viewport would hit inside the widget: an answer control, Continue, or nothing. */
function controlAt(el: LdnDecisionAid, x: number, y: number): string | undefined {
  const hit = root(el).elementFromPoint(x, y);
  const input = hit?.closest('label')?.control ?? (hit instanceof HTMLInputElement ? hit : null);
  if (input instanceof HTMLInputElement) return `${input.name}=${input.value}`;
  return hit?.closest<HTMLElement>('[data-action]')?.dataset.action;
}

const centre = (box: DOMRect): [number, number] => [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];

/**
 * Taps Continue, then 200 ms later taps again: where the finger was, as a double tap does, when the new
 * page puts a control there; else (the layout differs between machines) on the new page's first answer,
 * so that the second tap always lands on something it could wrongly act on.
 */
async function doubleTapContinue(el: LdnDecisionAid): Promise<string> {
  // The patient has read the page: its own moment after opening has passed.
  await pause(STRAY_TAP_MS);
  const button = root(el).querySelector<HTMLButtonElement>('[data-action="continue"]')!;
  button.scrollIntoView({ block: 'end' });
  let position = centre(button.getBoundingClientRect());
  await sendMouse({ type: 'click', position });
  await pause(200);
  let under = controlAt(el, ...position);
  if (!under) {
    const label = root(el).querySelector('fieldset label')!;
    position = centre(label.getBoundingClientRect());
    under = controlAt(el, ...position)!;
  }
  await sendMouse({ type: 'click', position });
  await pause(200);
  await settle(el);
  return under;
}

/** A widget on its first question page, answered, as the patient leaves it. */
async function conditionAnswered(): Promise<LdnDecisionAid> {
  const el = await mountAid();
  await continueOn(el);
  await choose(el, 'diagnosis', 'diagnosed');
  await choose(el, 'age-group', '18-or-over');
  return el;
}

describe('<ldn-decision-aid>: a double tap on Continue on a phone', () => {
  before(() => setViewport({ width: 390, height: 844 }));

  it('never answers a question on the page it opens, nor skips that page', async function () {
    this.timeout(30_000);
    const el = await conditionAnswered();
    const hits: string[] = [];
    const pages: [string, () => Promise<void>][] = [
      ['therapies', async () => choose(el, 'therapies', 'none-of-these')],
      [
        'opioids',
        async () => {
          await choose(el, 'opioid-use', 'yes');
          await choose(el, 'opioid-kinds', 'codeine');
          await choose(el, 'opioid-pattern', 'occasional');
          await choose(el, 'planned-procedure', 'yes');
        },
      ],
      ['health', async () => {}],
    ];
    for (const [next, answer] of pages) {
      const before = JSON.stringify(el.answers);
      const under = await doubleTapContinue(el);
      hits.push(`${next}: ${under}`);
      expect(stepOf(el), `a double tap opens "${next}" and stays there`).to.equal(next);
      expect(JSON.stringify(el.answers), `no answer given on "${next}" before the patient has seen it (second tap hit ${under})`).to.equal(before);
      await answer();
    }
    // Every second tap landed on a control of the new page (so the test cannot pass for want of one).
    expect(
      hits.every((hit) => /=|continue|back/.test(hit)),
      hits.join('; '),
    ).to.equal(true);
  });

  it('a tap after the moment, and the keyboard at once, act on the new page', async function () {
    this.timeout(30_000);
    const el = await conditionAnswered();
    await continueOn(el);
    // At once: Space on a focused answer (a click with no pointer count) ticks it.
    const none = root(el).querySelector<HTMLInputElement>('input[name="therapies"][value="none-of-these"]')!;
    none.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.answers.therapies).to.deep.equal(['none-of-these']);
    // A deliberate tap on Continue, after the moment, moves on.
    await pause(STRAY_TAP_MS);
    const button = root(el).querySelector<HTMLButtonElement>('[data-action="continue"]')!;
    button.scrollIntoView({ block: 'end' });
    await sendMouse({ type: 'click', position: centre(button.getBoundingClientRect()) });
    await settle(el);
    expect(stepOf(el)).to.equal('opioids');
  });
});
