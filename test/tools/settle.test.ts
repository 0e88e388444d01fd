/**
 * The harness's wait for the widget to render fails with a message, at once,
 * when an update never completes, instead of hanging the test file until the
 * runner gives up (a guide chunk that never arrives once took 300 s to notice).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { STORAGE_KEY } from '../../src/components/controllers/progress-store.js';
import { writeSavedProgress } from '../../src/flow/saved-progress.js';
import type { LdnDecisionAid } from '../../src/ldn-decision-aid.js';
import { EXAMPLE_PATIENTS } from '../fixtures/patients.js';
import { settle } from '../support/harness.js';

describe('test tools: settle', () => {
  afterEach(() => localStorage.clear());

  it('fails within its timeout, naming the step, when the update never completes', async () => {
    localStorage.setItem(`${STORAGE_KEY}:stuck`, writeSavedProgress({ step: 'guide', returnToReview: false, answers: EXAMPLE_PATIENTS['nothing-notable']() }));
    const el = document.createElement('ldn-decision-aid') as LdnDecisionAid;
    el.setAttribute('save', 'local');
    el.setAttribute('storage-key', 'stuck');
    // The guide's chunk never arrives: on the guide, updateComplete waits for it.
    (el['guidePage'] as unknown as { loader: () => Promise<never> }).loader = () => new Promise<never>(() => undefined);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    const started = performance.now();
    const error = await settle(el, 300).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).to.match(/did not finish updating within 300 ms, on step "guide"/);
    expect(performance.now() - started).to.be.below(3000);
  });

  it('returns as soon as the widget has rendered', async () => {
    const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid></ldn-decision-aid>`);
    await settle(el, 300);
  });
});
