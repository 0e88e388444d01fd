/**
 * axe-core, as the tests use it, really checks inside shadow roots: an
 * unlabeled field planted there is reported, and the aid's own controls are checked.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { openStep, violationsIn } from '../support/axe.js';
import { root } from '../support/harness.js';

/** A test-only element with an unlabeled text field in its shadow root. */
class UnlabeledFieldInShadow extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<p>Your name</p><input type="text">';
  }
}
customElements.define('unlabeled-field-in-shadow', UnlabeledFieldInShadow);

describe('axe-core as the tests run it', function () {
  this.timeout(30_000);

  it('reports an unlabeled field inside a shadow root, so the screen sweeps cannot pass silently', async () => {
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
