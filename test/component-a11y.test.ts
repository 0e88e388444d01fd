/**
 * axe-core finds no accessibility violations in what <ldn-decision-aid> shows:
 * every page, blank and with errors, revealed follow-up questions, the check
 * page and the guide. The aid sits in a <main> landmark, as on a host page.
 *
 * `import axe from 'axe-core'` does not work in the browser (CommonJS); the
 * minified build registers `window.axe` instead.
 */
import 'axe-core/axe.min.js';
import { expect, fixture, html } from '@open-wc/testing';
import type * as Axe from 'axe-core';
import { QUESTION_STEPS, type QuestionStep } from '../src/flow/steps.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { answerStep, back, choose, clickAction, continueOn, EXAMPLE_CLICKS, root, settle, stepOf } from './support/harness.js';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

function describeViolations(violations: Axe.Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    at ${JSON.stringify(n.target)}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
      return `${v.id} (${v.impact}): ${v.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

async function violationsIn(context: Element, options: Axe.RunOptions = {}): Promise<Axe.Result[]> {
  const results = await window.axe.run(context, { resultTypes: ['violations'], ...options });
  return results.violations;
}

/** Runs axe over the page around the aid (including its shadow root) and fails with a readable list. */
async function expectNoViolations(el: LdnDecisionAid): Promise<void> {
  await settle(el);
  const violations = await violationsIn(el.parentElement!);
  expect(violations.length, `axe violations on step "${stepOf(el)}":\n${describeViolations(violations)}`).to.equal(0);
}

async function mountInMain(): Promise<LdnDecisionAid> {
  const main = await fixture<HTMLElement>(html`<main><ldn-decision-aid></ldn-decision-aid></main>`);
  const el = main.querySelector<LdnDecisionAid>('ldn-decision-aid')!;
  await el.updateComplete;
  return el;
}

/** Opens a step by answering every earlier one with the example answers. */
async function openStep(step: QuestionStep | 'review' | 'guide'): Promise<LdnDecisionAid> {
  const el = await mountInMain();
  await continueOn(el);
  for (const s of QUESTION_STEPS) {
    if (s === step) return el;
    await answerStep(el, EXAMPLE_CLICKS[s]);
    await continueOn(el);
  }
  if (step === 'guide') await continueOn(el);
  expect(stepOf(el)).to.equal(step);
  return el;
}

/** A test-only element with an unlabeled text field in its shadow root. */
class UnlabeledFieldInShadow extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<p>Your name</p><input type="text">';
  }
}
customElements.define('unlabeled-field-in-shadow', UnlabeledFieldInShadow);

const HEADINGS: Record<QuestionStep, string> = {
  condition: 'the "Your POTS" page',
  therapies: 'the "Treatments you have tried" page',
  opioids: 'the "Opioid medicines" page',
  health: 'the "Your health" page',
  symptoms: 'the "Your symptoms" page',
  values: 'the "What matters to you" page',
};

describe('<ldn-decision-aid> accessibility (axe-core)', function () {
  this.timeout(30_000);

  describe('axe really looks inside shadow roots', () => {
    it('reports an unlabeled field inside a shadow root, so the checks below cannot pass silently', async () => {
      const main = await fixture<HTMLElement>(html`<main><unlabeled-field-in-shadow></unlabeled-field-in-shadow></main>`);
      const violations = await violationsIn(main);
      expect(violations.map((v) => v.id)).to.include('label');
      const target = violations.find((v) => v.id === 'label')!.nodes[0]!.target;
      // A target inside a shadow root is a path: [host selector, selector inside the shadow root].
      expect(target[0], 'target is a shadow path').to.be.an('array');
    });

    it('checks the aid\'s own radios, which live in its shadow root', async () => {
      const el = await openStep('condition');
      const results = await window.axe.run(el.parentElement!, { runOnly: ['label'] });
      const checked = results.passes.flatMap((p) => p.nodes);
      const radios = root(el).querySelectorAll('input[type="radio"]').length;
      expect(radios).to.be.greaterThan(0);
      expect(checked.length, 'label checks on the aid\'s radios').to.equal(radios);
      expect(checked.every((n) => Array.isArray(n.target[0]))).to.equal(true);
    });

    it('would report a broken control added to the aid\'s shadow root', async () => {
      const el = await openStep('condition');
      const stray = document.createElement('input');
      root(el).querySelector('form')!.append(stray);
      try {
        expect((await violationsIn(el.parentElement!)).map((v) => v.id)).to.include('label');
      } finally {
        stray.remove();
      }
    });
  });

  it('the intro page has no violations', async () => {
    const el = await mountInMain();
    expect(stepOf(el)).to.equal('intro');
    await expectNoViolations(el);
  });

  for (const step of QUESTION_STEPS) {
    it(`${HEADINGS[step]}, blank, has no violations`, async () => {
      const el = await openStep(step);
      await expectNoViolations(el);
    });

    it(`${HEADINGS[step]} after Continue with nothing answered (error summary and inline errors) has no violations`, async () => {
      const el = await openStep(step);
      await continueOn(el);
      expect(stepOf(el)).to.equal(step);
      expect(root(el).querySelector('.error-summary'), 'error summary shown').to.exist;
      expect(root(el).querySelectorAll('.error-message').length, 'inline errors shown').to.be.greaterThan(0);
      await expectNoViolations(el);
    });
  }

  it('the error summary leaves nothing for axe to flag "needs review" (no aria-labelledby on a div without a role)', async () => {
    const el = await openStep('condition');
    await continueOn(el);
    const results = await window.axe.run(el.parentElement!, { runOnly: ['aria-prohibited-attr'] });
    const flagged = results.incomplete.flatMap((r) => r.nodes.map((n) => `${r.id} (${r.impact}) ${n.html}`));
    expect(flagged, 'axe "needs review" findings on the error summary').to.deep.equal([]);
  });

  it('the treatments page with a ticked treatment and its follow-up questions has no violations', async () => {
    const el = await openStep('therapies');
    await choose(el, 'therapies', 'fluids-salt');
    await choose(el, 'therapies', 'beta-blocker');
    expect(root(el).querySelector('fieldset[id="therapy-status-fluids-salt"]')).to.exist;
    await expectNoViolations(el);
  });

  it('the treatments page with unanswered follow-up questions flagged as errors has no violations', async () => {
    const el = await openStep('therapies');
    await choose(el, 'therapies', 'compression');
    await continueOn(el);
    expect(root(el).querySelector('fieldset[id="therapy-status-compression"]')?.getAttribute('aria-describedby')).to.include('therapy-status-compression-error');
    await expectNoViolations(el);
  });

  it('the opioids page answered "yes", with follow-up questions and the list of opioid names open, has no violations', async () => {
    const el = await openStep('opioids');
    await choose(el, 'opioid-use', 'yes');
    const details = root(el).querySelector('details')!;
    details.open = true;
    expect(root(el).querySelector('fieldset[id="opioid-kinds"]')).to.exist;
    await expectNoViolations(el);
  });

  it('the opioids page answered "not sure", with follow-up questions flagged as errors, has no violations', async () => {
    const el = await openStep('opioids');
    await choose(el, 'opioid-use', 'not-sure');
    await continueOn(el);
    expect(root(el).querySelector('.error-summary a[href="#opioid-kinds"]')).to.exist;
    await expectNoViolations(el);
  });

  it('the health page answered "yes" to naltrexone before, with "How did it go?", has no violations', async () => {
    const el = await openStep('health');
    await choose(el, 'naltrexone-before', 'yes');
    expect(root(el).querySelector('fieldset[id="naltrexone-outcome"]')).to.exist;
    await expectNoViolations(el);
    await continueOn(el);
    expect(root(el).querySelector('.error-summary a[href="#naltrexone-outcome"]')).to.exist;
    await expectNoViolations(el);
  });

  it('the symptoms page asking which symptom bothers most has no violations', async () => {
    const el = await openStep('symptoms');
    await answerStep(el, EXAMPLE_CLICKS.symptoms.filter(([field]) => field !== 'worst-symptom'));
    expect(root(el).querySelector('fieldset[id="worst-symptom"]')).to.exist;
    await expectNoViolations(el);
    await continueOn(el);
    expect(root(el).querySelector('.error-summary a[href="#worst-symptom"]')).to.exist;
    await expectNoViolations(el);
  });

  it('the "Check your answers" page has no violations', async () => {
    const el = await openStep('review');
    await expectNoViolations(el);
  });

  it('the "Check your answers" page with a missing answer and its error summary has no violations', async () => {
    const el = await openStep('review');
    // Change treatments, tick one more without its follow-ups, go Back, then ask for the guide.
    root(el).querySelector<HTMLButtonElement>('[data-change="therapies"]')!.click();
    await settle(el);
    await choose(el, 'therapies', 'compression');
    await back(el);
    await continueOn(el);
    expect(stepOf(el)).to.equal('review');
    expect(root(el).querySelector('.error-summary'), 'error summary shown').to.exist;
    await expectNoViolations(el);
  });

  it('the discussion guide has no violations', async () => {
    const el = await openStep('guide');
    expect(root(el).querySelector('[data-section="safety"] [data-flag]')).to.exist;
    await expectNoViolations(el);
  });

  it('the guide with the "Start over?" confirmation open has no violations', async () => {
    const el = await openStep('guide');
    await clickAction(el, 'start-over');
    expect(root(el).querySelector('#confirm-start-over-title')).to.exist;
    await expectNoViolations(el);
  });

  it('the guide after answering the SURE questions has no violations', async () => {
    const el = await openStep('guide');
    const status = root(el).querySelector('.sure-status')?.textContent;
    await choose(el, 'sure-sure', 'yes');
    await choose(el, 'sure-understand', 'no');
    await choose(el, 'sure-risk-benefit', 'yes');
    await choose(el, 'sure-encouragement', 'yes');
    expect(root(el).querySelector('.sure-status')?.textContent).to.not.equal(status);
    await expectNoViolations(el);
  });
});
