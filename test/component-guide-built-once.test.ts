/**
 * The guide is built once per set of answers: the view, the `ldn-complete`
 * event, the element's `guide` property, "Copy as text", "Download" and the
 * QR code's text all share one build, and a changed answer builds it again.
 * The builder is counted through the guide chunk's loader, the seam the
 * element loads the guide through (src/components/chunks/guide-chunk.ts).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/ldn-decision-aid.js';
import type { LdnCompleteEvent, LdnDecisionAid } from '../src/ldn-decision-aid.js';
import type { GuidePage } from '../src/components/chunks/guide-chunk.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { answerStep, choose, clickAction, completeWithMouse, continueOn, EXAMPLE_CLICKS, root, settle, stepOf } from './support/harness.js';
import { copyAndDownload } from './support/host-page.js';

type Loader = { loader: () => Promise<GuidePage> };

/** A widget whose guide builder records the answers of every build. */
async function mountCounting(): Promise<{ el: LdnDecisionAid; builds: Answers[] }> {
  const el = document.createElement('ldn-decision-aid') as LdnDecisionAid;
  const chunk = el['guidePage'] as unknown as Loader;
  const load = chunk.loader;
  const builds: Answers[] = [];
  chunk.loader = async () => {
    const page = await load();
    return { ...page, buildGuide: (answers: Answers) => (builds.push(answers), page.buildGuide(answers)) };
  };
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return { el, builds };
}

/** Resolves once the browser has run the idle callbacks asked for before this one. */
const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 }));

const qrText = (el: LdnDecisionAid) => [...root(el).querySelectorAll('[data-qr-text] li')].map((li) => li.textContent).join('\n');

describe('the guide, built once per set of answers', () => {
  it('is built once for the view, ldn-complete, the guide property, copy, download and the QR text', async () => {
    const { el, builds } = await mountCounting();
    const completed = oneEvent(el, 'ldn-complete') as Promise<LdnCompleteEvent>;
    await completeWithMouse(el);
    const { detail } = await completed;
    const first = el.guide;
    expect(el.guide).to.deep.equal(first);
    const { copied, downloaded } = await copyAndDownload(el);
    await clickAction(el, 'show-code');
    // Renders that change nothing build nothing either.
    el.requestUpdate();
    await settle(el);

    expect(builds.length, 'builds for one set of answers').to.equal(1);
    expect(detail.guide).to.deep.equal(first);
    expect(copied).to.equal(downloaded);
    expect(copied).to.contain('Safety first');
    // A title with the day, then the safety line.
    expect(qrText(el)).to.match(/^LDN guide, \d{4}-\d{2}-\d{2}\nSafety: /);
    expect(root(el).querySelector('section[data-section="safety"]')).not.to.equal(null);
  });

  it('is built on "Check your answers" once the browser is idle, so Continue there shows it without building it', async () => {
    const { el, builds } = await mountCounting();
    await clickAction(el, 'continue');
    for (const [step, clicks] of Object.entries(EXAMPLE_CLICKS)) {
      expect(stepOf(el)).to.equal(step);
      await answerStep(el, clicks);
      await continueOn(el);
    }
    expect(stepOf(el)).to.equal('review');
    await (el['guidePage'] as unknown as { settled: Promise<void> }).settled;
    await settle(el);
    await idle();

    expect(builds.length, 'built while on "Check your answers"').to.equal(1);
    expect(root(el).querySelector('[part="guide"]'), 'nothing of it shown there').to.equal(null);
    await continueOn(el);
    expect(stepOf(el)).to.equal('guide');
    expect(builds.length, 'no build for the guide shown').to.equal(1);
    expect(root(el).querySelector('section[data-section="safety"]')).not.to.equal(null);
  });

  it('is built again when an answer changes, and everything shows the new guide', async () => {
    const { el, builds } = await mountCounting();
    await completeWithMouse(el);
    await clickAction(el, 'show-code');
    expect(qrText(el)).to.contain('Leaning: not yet');
    const before = builds.length;

    await choose(el, 'leaning', 'try-ldn');
    const { copied } = await copyAndDownload(el);

    expect(builds.length - before, 'one more build for the changed answers').to.equal(1);
    expect(builds.at(-1)!.leaning).to.equal('try-ldn');
    expect(el.guide!.leaning).to.equal('try-ldn');
    expect(qrText(el)).to.contain('Leaning: Try LDN');
    expect(copied).to.match(/Which option are you leaning toward\?.* Trying LDN/);
  });
});
