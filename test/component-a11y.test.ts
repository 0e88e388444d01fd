/**
 * axe-core finds nothing to flag in the states the screen sweeps do not reach.
 *
 * axe runs on every screen the flow model reaches, and on the extra states (an
 * open <details>, the start-over confirmation), left to right and right to left,
 * in the screen sweeps (test/component-screens.test.ts), on the same mount as the
 * display checks. test/tools/axe-checks.test.ts shows that axe looks inside shadow roots.
 */
import { expect } from '@open-wc/testing';
import { continueOn } from './support/harness.js';
import { openStep } from './support/axe.js';

describe('<ldn-decision-aid> accessibility (axe-core)', function () {
  this.timeout(30_000);

  it('the error summary leaves nothing for axe to flag "needs review" (no aria-labelledby on a div without a role)', async () => {
    const el = await openStep('condition');
    await continueOn(el);
    const results = await window.axe.run(el.parentElement!, { runOnly: ['aria-prohibited-attr'] });
    const flagged = results.incomplete.flatMap((r) => r.nodes.map((n) => `${r.id} (${r.impact}) ${n.html}`));
    expect(flagged, 'axe "needs review" findings on the error summary').to.deep.equal([]);
  });
});
