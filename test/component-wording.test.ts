import { expect } from '@open-wc/testing';
import { DOSE_PATTERNS, PRESCRIPTIVE_PATTERNS } from './support/clinical-patterns.js';
import { answerStep, choose, clickAction, continueOn, EXAMPLE_CLICKS, mountAid, root, stepOf } from './support/harness.js';
import { missingQuestions } from '../src/questionnaire/validate.js';

/** Every page a patient can see, with follow-ups revealed and errors shown, checked for forbidden wording. */
describe('wording on every page, not only the guide', () => {
  it('no page shows a dose or a prescriptive or diagnostic phrase', async () => {
    const el = await mountAid();
    const pages: { name: string; text: string }[] = [];
    const capture = (name: string) => {
      const details = root(el).querySelectorAll('details');
      details.forEach((d) => (d.open = true));
      pages.push({ name, text: (root(el).textContent ?? '').replace(/\s+/g, ' ') });
    };
    capture('intro');
    await clickAction(el, 'continue');
    // Follow-ups that reveal more text than the example answers.
    const extraReveals: Record<string, [string, string][]> = {
      opioids: [['opioid-use', 'not-sure']],
      health: [
        ['naltrexone-before', 'yes'],
        ['conditions', 'none-of-these'],
      ],
    };
    for (const step of Object.keys(EXAMPLE_CLICKS) as (keyof typeof EXAMPLE_CLICKS)[]) {
      // A page that requires nothing (the values) has no errors to show: Continue would leave it.
      if (missingQuestions(step, {}).length) {
        await continueOn(el);
        capture(`${step} with errors`);
      }
      await answerStep(el, EXAMPLE_CLICKS[step]);
      for (const [field, value] of extraReveals[step] ?? []) await choose(el, field, value);
      if (step === 'health') await choose(el, 'naltrexone-helps', 'a-lot');
      capture(`${step} answered`);
      await continueOn(el);
    }
    expect(stepOf(el)).to.equal('review');
    capture('review');
    await continueOn(el);
    capture('guide');
    await clickAction(el, 'start-over');
    capture('guide, start over');

    expect(pages.length).to.be.greaterThan(10);
    for (const { name, text } of pages) {
      for (const re of [...DOSE_PATTERNS, ...PRESCRIPTIVE_PATTERNS]) {
        const found = re.exec(text);
        expect(found, `${name}: "${found?.[0]}" matches ${re}`).to.equal(null);
      }
    }
  });
});
