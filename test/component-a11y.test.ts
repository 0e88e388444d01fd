/**
 * axe-core finds no WCAG 2.x A/AA violations in anything <ldn-decision-aid>
 * shows: every screen the flow model reaches (pages, follow-ups, errors, the
 * check page, guide variants), left to right and right to left, plus the
 * states the machine does not hold (an open <details>, the start-over
 * confirmation). The aid sits in a <main> landmark, as on a host page.
 * test/tools/axe-checks.test.ts shows that axe looks inside shadow roots.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { QUESTION_STEPS, STEPS } from '../src/flow/steps.js';
import { choose, clickAction, continueOn, root, stepOf } from './support/harness.js';
import { ITEMS } from '../src/questionnaire/structure.js';
import { reachableScreens, showScreen } from './support/screens.js';
import { describeViolations, expectNoViolations, mountInMain, openStep, violationsIn, WCAG_RULES } from './support/axe.js';

describe('<ldn-decision-aid> accessibility (axe-core)', function () {
  this.timeout(30_000);

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
