import { expect, fixture, html } from '@open-wc/testing';
import { STORAGE_KEY } from '../src/components/controllers/progress-store.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import {
  answerStep,
  back,
  choose,
  clickAction,
  completeWithMouse,
  continueOn,
  EXAMPLE_CLICKS,
  focusedIn,
  inputFor,
  root,
  settle,
  stepOf,
} from './support/harness.js';

async function mountSaving(): Promise<LdnDecisionAid> {
  const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid save></ldn-decision-aid>`);
  await settle(el);
  return el;
}

/** What a reload does to the widget: a brand-new element on the page. */
async function reload(el: LdnDecisionAid): Promise<LdnDecisionAid> {
  el.remove();
  return mountSaving();
}

describe('<ldn-decision-aid save>: keeping answers across a reload', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('saves nothing when saving is off (the default)', async () => {
    const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid></ldn-decision-aid>`);
    await clickAction(el, 'continue');
    await choose(el, 'diagnosis', 'diagnosed');
    await choose(el, 'age-group', '18-or-over');
    await continueOn(el);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
  });

  it('tells the patient on the first page that answers are saved on this device', async () => {
    const el = await mountSaving();
    expect(root(el).textContent).to.contain('saved in this browser on this device');
  });

  it('resumes on the same step with every answer after a reload, without moving focus or firing events', async () => {
    let el = await mountSaving();
    await clickAction(el, 'continue');
    await answerStep(el, EXAMPLE_CLICKS.condition);
    await continueOn(el);
    await answerStep(el, EXAMPLE_CLICKS.therapies);
    await continueOn(el);
    await choose(el, 'opioid-use', 'not-sure');

    const events: string[] = [];
    document.addEventListener('ldn-step-change', () => events.push('step'), { once: true });
    el = await reload(el);
    expect(stepOf(el)).to.equal('opioids');
    expect(inputFor(el, 'opioid-use', 'not-sure').checked).to.equal(true);
    expect(focusedIn(el)).to.equal(null);
    expect(events).to.deep.equal([]);
    await back(el);
    expect(inputFor(el, 'therapy-side-effects-beta-blocker', 'side-effects').checked).to.equal(true);
  });

  it('shows the guide again after a reload on the guide', async () => {
    let el = await mountSaving();
    await completeWithMouse(el);
    el = await reload(el);
    expect(stepOf(el)).to.equal('guide');
    expect(root(el).querySelector('[data-flag]')?.getAttribute('data-flag')).to.equal('opioid-withdrawal');
  });

  it('forgets the saved answers on "Start over"', async () => {
    let el = await mountSaving();
    await completeWithMouse(el);
    await clickAction(el, 'start-over');
    await clickAction(el, 'confirm-start-over');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    el = await reload(el);
    expect(stepOf(el)).to.equal('intro');
  });

  it('discards corrupt saved data, starts fresh and warns once in the console', async () => {
    localStorage.setItem(STORAGE_KEY, '{"version":1,"step":"guide","answers":{"opioidUse":"maybe"}');
    const warnings: unknown[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const el = await mountSaving();
      expect(stepOf(el)).to.equal('intro');
    } finally {
      console.warn = originalWarn;
    }
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(String((warnings[0] as unknown[])[0])).to.contain('discarded');
  });
});
