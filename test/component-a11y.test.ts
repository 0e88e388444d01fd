/**
 * axe-core finds no WCAG 2.x A/AA violations in anything <ldn-decision-aid>
 * shows: every screen the flow model reaches (pages, follow-ups, errors, the
 * check page, guide variants), left to right and right to left, plus the
 * states the machine does not hold (an open <details>, the start-over
 * confirmation). The aid sits in a <main> landmark, as on a host page.
 *
 * `import axe from 'axe-core'` does not work in the browser (CommonJS); the
 * minified build registers `window.axe` instead.
 */
import 'axe-core/axe.min.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type * as Axe from 'axe-core';
import { QUESTION_STEPS, STEPS, type QuestionStep } from '../src/flow/steps.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { answerStep, choose, clickAction, continueOn, EXAMPLE_CLICKS, root, settle, stepOf } from './support/harness.js';
import { ITEMS } from '../src/questionnaire/structure.js';
import { reachableScreens, showScreen } from './support/screens.js';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

function describeViolations(violations: Axe.Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map(
        (n) => `    at ${JSON.stringify(n.target)}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
      );
      return `${v.id} (${v.impact}): ${v.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices (headings, landmarks, regions). */
const WCAG_RULES: Axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'] },
};

async function violationsIn(context: Element, options: Axe.RunOptions = {}): Promise<Axe.Result[]> {
  const results = await window.axe.run(context, { resultTypes: ['violations'], ...options });
  return results.violations;
}

/** Runs axe over the page around the aid (including its shadow root) and fails with a readable list. */
async function expectNoViolations(el: LdnDecisionAid): Promise<void> {
  await settle(el);
  const violations = await violationsIn(el.parentElement!, WCAG_RULES);
  expect(violations.length, `axe violations on step "${stepOf(el)}":\n${describeViolations(violations)}`).to.equal(0);
}

async function mountInMain(dir: 'ltr' | 'rtl' = 'ltr'): Promise<LdnDecisionAid> {
  const main = await fixture<HTMLElement>(html`<main dir=${dir}><ldn-decision-aid></ldn-decision-aid></main>`);
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

    it("checks the aid's own radios, which live in its shadow root", async () => {
      const el = await openStep('condition');
      const results = await window.axe.run(el.parentElement!, { runOnly: ['label'] });
      const checked = results.passes.flatMap((p) => p.nodes);
      const radios = root(el).querySelectorAll('input[type="radio"]').length;
      expect(radios).to.be.greaterThan(0);
      expect(checked.length, "label checks on the aid's radios").to.equal(radios);
      expect(checked.every((n) => Array.isArray(n.target[0]))).to.equal(true);
    });

    it("would report a broken control added to the aid's shadow root", async () => {
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

  describe('every screen the flow model reaches', () => {
    const screens = reachableScreens();

    it('the model reaches every page, the errors of every page and every follow-up question', () => {
      const names = screens.map((s) => s.name);
      expect([...new Set(screens.map((s) => s.step))].sort(), 'pages').to.deep.equal([...STEPS].sort());
      for (const step of QUESTION_STEPS) {
        expect(
          names.some((n) => n.startsWith(`${step},`) && n.includes('errors:')),
          `${step} with errors`,
        ).to.equal(true);
      }
      // Every follow-up in the model is open on some screen; of the per-treatment ones, at least one.
      const shown = (id: string) => names.some((n) => / showing [^,]*/.exec(n)?.[0].split(/[ +]/).includes(id));
      const followUps = ITEMS.filter((p) => p.item.enableWhen);
      for (const { item } of followUps.filter((p) => !(p.item.kind === 'group' && p.item.presentation === 'subject'))) {
        expect(shown(item.id), `follow-up "${item.id}" shown`).to.equal(true);
      }
      expect(
        followUps.some((p) => p.item.kind === 'group' && shown(p.item.id)),
        "a treatment's follow-ups shown",
      ).to.equal(true);
      expect(names, 'review with a missing answer').to.satisfy((all: string[]) => all.some((n) => n.startsWith('review') && n.includes('errors:')));
      for (const variant of ['with safety flags', 'no safety flags', 'with symptom chart', 'no symptom chart', 'readiness needs-support', 'readiness ready']) {
        expect(
          names.some((n) => n.startsWith('guide') && n.includes(variant)),
          `guide ${variant}`,
        ).to.equal(true);
      }
      expect(screens.length).to.be.within(30, 120);
    });

    for (const dir of ['ltr', 'rtl'] as const) {
      it(`no screen has WCAG 2.x A/AA or best-practice violations (${dir})`, async function () {
        this.timeout(180_000);
        const failures: string[] = [];
        for (const screen of screens) {
          const el = await mountInMain(dir);
          await showScreen(el, screen);
          expect(stepOf(el), screen.name).to.equal(screen.step);
          const violations = await violationsIn(el.parentElement!, WCAG_RULES);
          if (violations.length) failures.push(`${screen.name}:\n${describeViolations(violations)}`);
          fixtureCleanup();
        }
        expect(failures, `${failures.length} of ${screens.length} screens have violations`).to.deep.equal([]);
      });
    }
  });

  it('the error summary leaves nothing for axe to flag "needs review" (no aria-labelledby on a div without a role)', async () => {
    const el = await openStep('condition');
    await continueOn(el);
    const results = await window.axe.run(el.parentElement!, { runOnly: ['aria-prohibited-attr'] });
    const flagged = results.incomplete.flatMap((r) => r.nodes.map((n) => `${r.id} (${r.impact}) ${n.html}`));
    expect(flagged, 'axe "needs review" findings on the error summary').to.deep.equal([]);
  });

  it('the opioids page answered "yes", with follow-up questions and the list of opioid names open, has no violations', async () => {
    const el = await openStep('opioids');
    await choose(el, 'opioid-use', 'yes');
    const details = root(el).querySelector('details')!;
    details.open = true;
    expect(root(el).querySelector('fieldset[id="opioid-kinds"]')).to.exist;
    await expectNoViolations(el);
  });

  it('the guide with the "Start over?" confirmation open has no violations', async () => {
    const el = await openStep('guide');
    await clickAction(el, 'start-over');
    expect(root(el).querySelector('#confirm-start-over-title')).to.exist;
    await expectNoViolations(el);
  });
});
