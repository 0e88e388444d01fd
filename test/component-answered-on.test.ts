/**
 * The clinician knows when the patient answered (audit 4, F8): the questions
 * ask about "the last two weeks" and what is planned, and with saving on, a
 * guide answered weeks ago can be shown at the visit. The clinician summary
 * starts with the day an answer last changed, the QR code's title carries that
 * day, and the FHIR response's `authored` is that moment (FHIR: "the date the
 * answers were gathered"), never the moment a host page asks.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { writeSavedProgress } from '../src/flow/saved-progress.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { completeAnswers } from './fixtures/patients.js';
import { clickAction, completeWithMouse, mountAid, root, settle, stepOf } from './support/harness.js';

/** The clinician summary's rows, as "Label: value". */
const summaryText = (el: LdnDecisionAid): string =>
  [...root(el).querySelectorAll('[part="clinician-summary"] dt')]
    .map((dt) => `${dt.textContent!.trim()}: ${dt.nextElementSibling!.textContent!.trim()}`)
    .join('\n');

let count = 0;

describe('<ldn-decision-aid>: when the patient answered', () => {
  afterEach(() => sessionStorage.clear());

  it('the clinician summary and the FHIR response say when the last answer changed, not when they are read', async () => {
    const el = await mountAid();
    const before = Date.now();
    await completeWithMouse(el);
    const after = Date.now();
    const today = new Date().toLocaleDateString('en-US', { dateStyle: 'long' });
    expect(summaryText(el)).to.contain(`Answered on: ${today}`);
    const authored = Date.parse((await el.toQuestionnaireResponse()).authored!);
    expect(authored).to.be.within(before, after);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(Date.parse((await el.toQuestionnaireResponse()).authored!), 'asked again later').to.equal(authored);
  });

  it('a guide restored from saved progress keeps the day it was answered, in the summary and the QR code', async () => {
    const key = `answered-${++count}`;
    sessionStorage.setItem(
      `ldn-decision-aid:progress:${key}`,
      writeSavedProgress({ step: 'guide', returnToReview: false, answers: completeAnswers(), answeredAt: '2026-11-02T12:00:00.000Z' }),
    );
    const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid save="session" storage-key=${key}></ldn-decision-aid>`);
    await settle(el);
    expect(stepOf(el)).to.equal('guide');
    expect(summaryText(el)).to.contain('Answered on: November 2, 2026');
    expect((await el.toQuestionnaireResponse()).authored).to.equal('2026-11-02T12:00:00.000Z');
    await clickAction(el, 'show-code');
    expect(root(el).querySelector('[data-qr-text]')!.textContent).to.contain('2026-11-02');
  });

  it('a save from before the day was kept shows no day it cannot know', async () => {
    const key = `answered-${++count}`;
    sessionStorage.setItem(`ldn-decision-aid:progress:${key}`, writeSavedProgress({ step: 'guide', returnToReview: false, answers: completeAnswers() }));
    const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid save="session" storage-key=${key}></ldn-decision-aid>`);
    await settle(el);
    expect(stepOf(el)).to.equal('guide');
    expect(summaryText(el)).not.to.contain('Answered on');
  });
});
