import { expect } from '@open-wc/testing';
import {
  back,
  completeWithMouse,
  continueOn,
  EXAMPLE_CLICKS,
  answerStep,
  headingOf,
  mountAid,
  root,
  stepOf,
  clickAction,
  focusedIn,
  choose,
} from './support/harness.js';

describe('<ldn-decision-aid> flow with a mouse', () => {
  it('goes from the intro through every step to the guide', async () => {
    const el = await mountAid();
    expect(stepOf(el)).to.equal('intro');
    await completeWithMouse(el);
    expect(stepOf(el)).to.equal('guide');
    const firstFlag = root(el).querySelector('[data-section="safety"] [data-flag]');
    expect(firstFlag?.getAttribute('data-flag')).to.equal('opioid-withdrawal');
  });

  it('moves focus to the step heading on each step change', async () => {
    const el = await mountAid();
    await clickAction(el, 'continue');
    expect(focusedIn(el)).to.equal(headingOf(el));
    await answerStep(el, EXAMPLE_CLICKS.condition);
    await continueOn(el);
    expect(stepOf(el)).to.equal('therapies');
    expect(focusedIn(el)).to.equal(headingOf(el));
    await back(el);
    expect(focusedIn(el)).to.equal(headingOf(el));
  });

  it('a "select all that apply" question whose boxes were all unticked again is unanswered: Continue shows its error', async () => {
    const el = await mountAid();
    await clickAction(el, 'continue');
    await answerStep(el, EXAMPLE_CLICKS.condition);
    await continueOn(el);
    await choose(el, 'therapies', 'midodrine');
    await choose(el, 'therapies', 'midodrine');
    expect(el.answers).not.to.have.property('therapies');
    await continueOn(el);
    expect(stepOf(el)).to.equal('therapies');
    expect(root(el).querySelector('.error-summary')?.textContent).to.match(/treatment/i);
  });
});
