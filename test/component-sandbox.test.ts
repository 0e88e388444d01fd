/**
 * Some content systems embed custom HTML in an iframe sandboxed with
 * `allow-scripts` but not `allow-forms`, where every native form submission is
 * blocked. The widget keeps its <form> (Enter continues, screen readers hear a
 * form) but never relies on submitting it: Start, Continue and "Show my
 * discussion guide" work there by mouse and by keyboard.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { EXAMPLE_CLICKS } from './support/harness.js';

const MODULE = new URL('../src/ldn-decision-aid.ts', import.meta.url).href;

/** A widget in a sandboxed iframe without allow-forms (same origin, so the test can reach in). */
async function sandboxedWidget(): Promise<{ el: LdnDecisionAid; frame: HTMLIFrameElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  // Set as an attribute: the sandbox tokens are a list, which template type checks take for one token.
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
  Object.assign(frame.style, { inlineSize: '800px', blockSize: '600px' });
  frame.title = 'sandboxed widget';
  wrapper.append(frame);
  frame.srcdoc = `<!doctype html><html lang="en"><body><script type="module" src="${MODULE}"></script><ldn-decision-aid></ldn-decision-aid></body></html>`;
  await waitUntil(() => frame.contentWindow?.customElements.get('ldn-decision-aid'), 'the widget did not load in the iframe', { timeout: 10_000 });
  const el = frame.contentDocument!.querySelector('ldn-decision-aid') as LdnDecisionAid;
  await el.updateComplete;
  return { el, frame };
}

const step = (el: LdnDecisionAid) => el.shadowRoot!.querySelector<HTMLElement>('.container')!.dataset.step;
const button = (el: LdnDecisionAid, action: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;

async function choose(el: LdnDecisionAid, field: string, value: string) {
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${field}"][value="${value}"]`)!.click();
  await el.updateComplete;
}

describe('<ldn-decision-aid> in an iframe sandboxed without allow-forms', function () {
  this.timeout(30_000);

  it('Start and Continue, clicked, move through every page to the guide', async () => {
    const { el } = await sandboxedWidget();
    button(el, 'continue').click();
    await el.updateComplete;
    expect(step(el)).to.equal('condition');
    for (const [page, clicks] of Object.entries(EXAMPLE_CLICKS)) {
      expect(step(el)).to.equal(page);
      for (const [field, value] of clicks) await choose(el, field, value);
      button(el, 'continue').click();
      await el.updateComplete;
    }
    expect(step(el)).to.equal('review');
    button(el, 'continue').click();
    await el.updateComplete;
    expect(step(el)).to.equal('guide');
  });

  it('Continue on an unanswered page shows the errors there, and Enter on a chosen answer continues, as outside the sandbox', async () => {
    const { el, frame } = await sandboxedWidget();
    button(el, 'continue').click();
    await el.updateComplete;
    button(el, 'continue').click();
    await el.updateComplete;
    expect(step(el)).to.equal('condition');
    expect(el.shadowRoot!.querySelector('.error-summary')).not.to.equal(null);
    // Keyboard: Enter in a radio submits the form implicitly, which the sandbox blocks.
    frame.focus();
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="diagnosis"][value="diagnosed"]')!;
    radio.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    // Every other question on the page answered too, then Enter from the radio.
    for (const [field, value] of EXAMPLE_CLICKS.condition) if (field !== 'diagnosis') await choose(el, field, value);
    radio.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(step(el)).to.equal('therapies');
    expect(el.shadowRoot!.activeElement?.hasAttribute('data-step-heading')).to.equal(true);
  });
});
