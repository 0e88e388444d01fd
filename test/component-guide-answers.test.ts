/**
 * What the patient and the clinic add to the guide itself: which option the
 * patient is leaning toward (asked on the guide), and the clinic's own About
 * statements, set as attributes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { choose, completeWithMouse, mountAid, root, settle, stepOf } from './support/harness.js';

const sectionText = (el: LdnDecisionAid, id: string) => root(el).querySelector(`[data-section="${id}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The value of one row of the clinician summary, by its label. */
function summaryValue(el: LdnDecisionAid, label: string): string | undefined {
  const rows = [...root(el).querySelectorAll('[part="clinician-summary"] .summary-list__row')];
  return rows
    .find((row) => row.querySelector('dt')?.textContent?.trim() === label)
    ?.querySelector('dd')
    ?.textContent?.trim();
}

describe('<ldn-decision-aid> on the guide: leaning', () => {
  it('choosing an option on the guide updates the clinician summary and the FHIR response', async () => {
    const el = await mountAid();
    await completeWithMouse(el);
    expect(stepOf(el)).to.equal('guide');
    expect(summaryValue(el, 'Leaning toward')).to.equal('Not answered');
    await choose(el, 'leaning', 'standard-care');
    await settle(el);
    expect(stepOf(el), 'answering on the guide stays on the guide').to.equal('guide');
    // Avoiding side effects and relief from fatigue matter a lot to the clicked-through patient, and both pull against standard
    // care; side effects pull against both medicine options alike, so only relief flags it (third re-read n5).
    expect(summaryValue(el, 'Leaning toward')).to.equal(
      'Trying or changing standard POTS care. Check: values that matter a lot pull against it: Relief from fatigue, pain and brain fog',
    );
    const item = (await el.toQuestionnaireResponse()).item?.flatMap((page) => page.item ?? []).find((i) => i.linkId === 'leaning');
    expect(item?.answer?.[0]?.valueCoding?.code).to.equal('standard-care');
  });
});

describe('<ldn-decision-aid> clinic attributes', () => {
  it('shows the clinic’s own statements in the About section, as text', async () => {
    const el = await fixture<LdnDecisionAid>(
      html`<ldn-decision-aid funding="Paid for by the clinic." conflicts="None." reviewer="Dr. A. Rivera" review-date="2026-10-01"></ldn-decision-aid>`,
    );
    // Set as an HTML attribute, as a clinic's page would, with markup in it.
    el.setAttribute('clinic-name', 'Hillside <b>POTS</b> Clinic');
    await settle(el);
    expect(root(el).querySelector('.intro__clinic')?.textContent).to.equal('Offered to you by Hillside <b>POTS</b> Clinic.');
    await completeWithMouse(el);
    const about = sectionText(el, 'about');
    expect(about).to.contain('Offered to you by Hillside <b>POTS</b> Clinic.');
    expect(root(el).querySelector('[data-section="about"] b'), 'markup in an attribute is text').to.equal(null);
    expect(about).to.contain('Funding of Hillside <b>POTS</b> Clinic: Paid for by the clinic.');
    expect(about).to.contain('Conflicts of interest of Hillside <b>POTS</b> Clinic: None.');
    expect(about).to.contain('Clinical review: reviewed by Dr. A. Rivera on October 1, 2026.');
  });

  it('leaves out a review date that is not a real YYYY-MM-DD date, with one console warning', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid reviewer="Dr. A. Rivera" review-date="2026-02-30"></ldn-decision-aid>`);
      await settle(el);
      await completeWithMouse(el);
      await choose(el, 'leaning', 'try-ldn');
      await settle(el);
      expect(sectionText(el, 'about')).to.contain('Clinical review: reviewed by Dr. A. Rivera.');
      const ours = warnings.filter((w) => String(w[0]).includes('review-date'));
      expect(ours, 'warned once, though the guide rendered again').to.have.length(1);
      expect(String(ours[0]?.[0])).to.contain('2026-02-30');
    } finally {
      console.warn = original;
    }
  });

  it('without them, says only what is true of the project: no clinical review yet, and its founders’ funding and conflicts statement', async () => {
    const el = await mountAid();
    await completeWithMouse(el);
    const about = sectionText(el, 'about');
    expect(about).to.contain('Clinical review: no clinician has reviewed this content yet.');
    expect(about).to.contain('Funding: this project has no funding from, and no financial ties to, any maker, pharmacy or seller of naltrexone');
    expect(about).to.contain('Conflicts of interest: its authors have no conflicts of interest to declare.');
    expect(about).not.to.contain('Offered to you by');
  });
});
