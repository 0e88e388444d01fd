/**
 * The demo's clinic themes, a light one and a dark one, set only through the
 * --ldn-* custom properties: axe finds no violation (contrast included) on a
 * question page and on the guide in each.
 */
import { applyTheme, THEMES, type ThemeName } from '../demo/themes.js';
import { expectNoViolations, openStep } from './support/axe.js';
import { settle } from './support/harness.js';

describe('<ldn-decision-aid> clinic themes (axe-core)', function () {
  this.timeout(60_000);
  for (const name of Object.keys(THEMES).filter((t) => t !== 'default') as ThemeName[]) {
    for (const step of ['opioids', 'guide'] as const) {
      it(`theme "${name}": no violations on the ${step} page`, async () => {
        const el = await openStep(step);
        applyTheme(el, name);
        await settle(el);
        await expectNoViolations(el);
      });
    }
  }
});
