/**
 * A host page's root font size never shrinks the widget's text below the
 * reader's own default size: many sites set `html { font-size: 62.5% }` so
 * that 1rem is 10 px, which made every answer 10 px (audit 4, F1). A larger
 * root still enlarges it (text at 200%, WCAG 1.4.4), and --ldn-font-size, when
 * set, is used exactly, smaller or larger.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { root, settle } from './support/harness.js';
import '../src/ldn-decision-aid.js';

/** The reader's default font size in this browser (the `medium` keyword), in px. */
function readerDefault(): number {
  const probe = document.createElement('div');
  probe.style.fontSize = 'medium';
  document.body.append(probe);
  const size = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return size;
}

const px = (element: Element): number => parseFloat(getComputedStyle(element).fontSize);

/** The size of the text a patient reads on the first page: its paragraphs and the Start button. */
function textSizes(el: LdnDecisionAid): number[] {
  const text = [...root(el).querySelectorAll('p, button')];
  expect(text.length, 'text on the first page').to.be.greaterThan(1);
  return text.map(px);
}

describe('<ldn-decision-aid> text size on a page with its own root font size', () => {
  let el: LdnDecisionAid;
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 800 });
    el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid></ldn-decision-aid>`);
    await settle(el);
  });
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  it("a 62.5% root (1rem = 10 px) leaves the body text at the reader's default size, and the widget as wide as before", async () => {
    const normal = textSizes(el);
    const width = el.getBoundingClientRect().width;
    document.documentElement.style.fontSize = '62.5%';
    await settle(el);
    expect(px(root(el).querySelector('.container')!)).to.equal(readerDefault());
    expect(textSizes(el)).to.deep.equal(normal);
    expect(el.getBoundingClientRect().width).to.equal(width);
  });

  it('a larger root enlarges the text with it', async () => {
    const normal = textSizes(el);
    document.documentElement.style.fontSize = '125%';
    await settle(el);
    expect(textSizes(el)).to.deep.equal(normal.map((size) => size * 1.25));
  });

  it('--ldn-font-size is used exactly, smaller or larger, whatever the root', async () => {
    document.documentElement.style.fontSize = '62.5%';
    for (const [value, expected] of [
      ['14px', 14],
      ['1.6rem', 16],
      ['24px', 24],
      ['large', 18],
    ] as const) {
      el.style.setProperty('--ldn-font-size', value);
      await settle(el);
      expect(px(root(el).querySelector('.container')!), value).to.equal(expected);
    }
    // Relative units count once, from the page around the widget (the body's 16 px here).
    document.documentElement.style.removeProperty('font-size');
    el.style.setProperty('--ldn-font-size', '1.25em');
    await settle(el);
    expect(px(root(el).querySelector('.container')!)).to.equal(20);
  });
});
