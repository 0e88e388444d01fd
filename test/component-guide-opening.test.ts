/**
 * The guide opens fast: only its first screen is laid out as it is shown
 * (content-visibility on the sections, styles/guide.ts), and all of it once the
 * browser is idle, or before a key press can move focus into it; the
 * element's updateComplete waits for that, so a host or test that awaits it
 * sees the whole guide laid out.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/ldn-decision-aid.js';
import type { LdnDecisionAid, LdnStepChangeEvent } from '../src/ldn-decision-aid.js';
import { answerStep, clickAction, continueOn, EXAMPLE_CLICKS, root, settle, stepOf } from './support/harness.js';

async function onReview(): Promise<LdnDecisionAid> {
  const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid></ldn-decision-aid>`);
  await settle(el);
  await clickAction(el, 'continue');
  for (const clicks of Object.values(EXAMPLE_CLICKS)) {
    await answerStep(el, clicks);
    await continueOn(el);
  }
  expect(stepOf(el)).to.equal('review');
  // The guide's chunk is here, as it is long before a patient gets this far.
  await (el['guidePage'] as unknown as { settled: Promise<void> }).settled;
  await settle(el);
  return el;
}

/** Clicks Continue on "Check your answers" and resolves when the guide is first rendered (ldn-step-change), before its update completes. */
async function openGuide(el: LdnDecisionAid): Promise<Element> {
  const shown = oneEvent(el, 'ldn-step-change') as Promise<LdnStepChangeEvent>;
  root(el).querySelector<HTMLButtonElement>('[data-action="continue"]')!.click();
  expect((await shown).detail.step).to.equal('guide');
  return root(el).querySelector('[part="guide"]')!;
}

describe('the guide as it opens', () => {
  it('leaves the sections off screen to lay out later, and has laid them out when its update completes', async () => {
    const el = await onReview();
    const guide = await openGuide(el);
    expect(guide.classList.contains('guide--opening'), 'sections off screen wait').to.equal(true);
    expect(getComputedStyle(guide.querySelector('.guide__section')!).contentVisibility).to.equal('auto');
    await settle(el);
    expect(guide.classList.contains('guide--opening'), 'laid out in full').to.equal(false);
    expect(getComputedStyle(guide.querySelector('.guide__section')!).contentVisibility).to.equal('visible');
  });

  it('lays out all of it at once when a key is pressed, before focus can move into it', async () => {
    const el = await onReview();
    const guide = await openGuide(el);
    expect(guide.classList.contains('guide--opening')).to.equal(true);
    root(el)
      .querySelector<HTMLElement>('[data-step-heading]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
    expect(guide.classList.contains('guide--opening'), 'at once, in the key press').to.equal(false);
    await settle(el);
    expect(guide.classList.contains('guide--opening')).to.equal(false);
  });
});
