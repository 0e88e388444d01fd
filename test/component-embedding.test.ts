/**
 * What a clinic's web team relies on when it embeds the widget: where (and
 * whether) progress is kept, the events that report what the patient did, and
 * the read-only properties and reset().
 */
import { expect, html } from '@open-wc/testing';
import { STORAGE_KEY } from '../src/components/controllers/progress-store.js';
import type { LdnChangeEvent, LdnCompleteEvent } from '../src/events.js';
import { answerStep, choose, clickAction, completeWithMouse, continueOn, EXAMPLE_CLICKS, settle, stepOf } from './support/harness.js';
import { answerTwoPages, captureWarnings, mount } from './support/host-page.js';

/** Every key in both storages, with its value: what a run wrote. */
const storageContents = () =>
  Object.fromEntries(
    (['localStorage', 'sessionStorage'] as const).flatMap((kind) => Object.keys(window[kind]).map((key) => [`${kind}:${key}`, window[kind].getItem(key)])),
  );

describe('<ldn-decision-aid> saving', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('save="none" (and no save attribute) writes nothing to any storage, through the whole flow and "Start over"', async () => {
    for (const template of [html`<ldn-decision-aid></ldn-decision-aid>`, html`<ldn-decision-aid save="none"></ldn-decision-aid>`]) {
      const before = storageContents();
      const el = await mount(template);
      await completeWithMouse(el);
      await choose(el, 'leaning', 'not-sure-yet');
      await clickAction(el, 'start-over');
      await clickAction(el, 'confirm-start-over');
      expect(storageContents()).to.deep.equal(before);
      el.remove();
    }
  });

  it('save="session" keeps progress in sessionStorage only; the bare save attribute means localStorage', async () => {
    const session = await mount(html`<ldn-decision-aid save="session"></ldn-decision-aid>`);
    await answerTwoPages(session);
    expect(sessionStorage.getItem(STORAGE_KEY)).to.contain('"step":"opioids"');
    expect(localStorage.length).to.equal(0);
    session.remove();
    sessionStorage.clear();
    const local = await mount(html`<ldn-decision-aid save></ldn-decision-aid>`);
    await answerTwoPages(local);
    expect(localStorage.getItem(STORAGE_KEY)).to.contain('"step":"opioids"');
    expect(sessionStorage.length).to.equal(0);
  });

  it('two saving widgets with ids keep their own progress, and each resumes its own', async () => {
    const a = await mount(html`<ldn-decision-aid id="first" save></ldn-decision-aid>`);
    const b = await mount(html`<ldn-decision-aid id="second" save></ldn-decision-aid>`);
    await answerTwoPages(a);
    await clickAction(b, 'continue');
    expect(Object.keys(localStorage).sort()).to.deep.equal([`${STORAGE_KEY}:#first`, `${STORAGE_KEY}:#second`]);
    a.remove();
    b.remove();
    const a2 = await mount(html`<ldn-decision-aid id="first" save></ldn-decision-aid>`);
    const b2 = await mount(html`<ldn-decision-aid id="second" save></ldn-decision-aid>`);
    expect(stepOf(a2)).to.equal('opioids');
    expect(stepOf(b2)).to.equal('condition');
  });

  it('storage-key names the key, whatever the id', async () => {
    const el = await mount(html`<ldn-decision-aid id="x" storage-key="clinic-form" save></ldn-decision-aid>`);
    await answerTwoPages(el);
    expect(Object.keys(localStorage)).to.deep.equal([`${STORAGE_KEY}:clinic-form`]);
  });

  it('turning saving off after the element is on the page removes what it kept, and saves no more', async () => {
    const el = await mount(html`<ldn-decision-aid save="local"></ldn-decision-aid>`);
    await answerTwoPages(el);
    expect(localStorage.getItem(STORAGE_KEY)).not.to.equal(null);
    el.setAttribute('save', 'none');
    await settle(el);
    expect(localStorage.length).to.equal(0);
    await choose(el, 'opioid-use', 'no');
    expect(storageContents()).to.deep.equal({});
    el.setAttribute('save', 'session');
    await settle(el);
    expect(sessionStorage.getItem(STORAGE_KEY)).to.contain('"opioid-use":"no"');
  });

  it('an unknown save value saves nothing, with one console warning', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const el = await mount(html`<ldn-decision-aid save="sometimes"></ldn-decision-aid>`);
      await answerTwoPages(el);
      expect(storageContents()).to.deep.equal({});
      expect(warnings.filter((w) => w.includes('save="sometimes"'))).to.have.length(1);
    } finally {
      restore();
    }
  });
});

describe('<ldn-decision-aid> events and properties', () => {
  it('fires ldn-change with a frozen copy of the answers when the patient answers, on question pages and on the guide', async () => {
    const changes: LdnChangeEvent['detail'][] = [];
    const el = await mount(html`<ldn-decision-aid @ldn-change=${(e: LdnChangeEvent) => changes.push(e.detail)}></ldn-decision-aid>`);
    await clickAction(el, 'continue');
    expect(changes, 'moving to the first page changes no answer').to.have.length(0);
    await choose(el, 'diagnosis', 'suspected');
    expect(changes.at(-1)?.answers.diagnosis).to.equal('suspected');
    expect(Object.isFrozen(changes.at(-1)?.answers)).to.equal(true);
    el.remove();
    changes.length = 0;
    const full = await mount(html`<ldn-decision-aid @ldn-change=${(e: LdnChangeEvent) => changes.push(e.detail)}></ldn-decision-aid>`);
    await completeWithMouse(full);
    expect(changes.at(-1)?.answers['opioid-use']).to.equal('yes');
    const before = changes.length;
    await choose(full, 'leaning', 'keep-current-plan');
    expect(changes.length).to.equal(before + 1);
    expect(changes.at(-1)?.answers.leaning).to.equal('keep-current-plan');
  });

  it('fires ldn-change on Continue only when it drops an answer that no longer applies, never for a page left as it was', async () => {
    const changes: LdnChangeEvent['detail'][] = [];
    const el = await mount(html`<ldn-decision-aid @ldn-change=${(e: LdnChangeEvent) => changes.push(e.detail)}></ldn-decision-aid>`);
    await clickAction(el, 'continue');
    for (const step of ['condition', 'therapies'] as const) {
      await answerStep(el, EXAMPLE_CLICKS[step]);
      const before = changes.length;
      await continueOn(el);
      expect(stepOf(el), step).to.not.equal(step);
      expect(changes.length, `Continue on ${step}, which dropped nothing`).to.equal(before);
    }
    // The opioids named, then "No": the names are kept while the patient is on the page, and dropped by Continue.
    await answerStep(el, EXAMPLE_CLICKS.opioids);
    await choose(el, 'opioid-use', 'no');
    expect(changes.at(-1)?.answers).to.have.property('opioid-kinds');
    const before = changes.length;
    await continueOn(el);
    expect(changes.length, 'the Continue that dropped the opioids named').to.equal(before + 1);
    expect(changes.at(-1)?.answers).to.not.have.property('opioid-kinds');
  });

  it('fires ldn-reset when the patient confirms "Start over", and reset() fires nothing', async () => {
    const events: string[] = [];
    const record = (e: Event) => events.push(e.type);
    const el = await mount(
      html`<ldn-decision-aid @ldn-reset=${record} @ldn-change=${record} @ldn-step-change=${record} @ldn-complete=${record}></ldn-decision-aid>`,
    );
    await completeWithMouse(el);
    events.length = 0;
    await clickAction(el, 'start-over');
    await clickAction(el, 'confirm-start-over');
    expect(events).to.deep.equal(['ldn-step-change', 'ldn-reset']);

    await answerTwoPages(el);
    events.length = 0;
    el.reset();
    await settle(el);
    expect(events, 'the host’s own reset() is not reported back to it').to.deep.equal([]);
    expect(el.step).to.equal('intro');
    expect(el.answers).to.deep.equal({});
    // reset() on a blank first page, then the patient's own answer is still reported.
    el.reset();
    await settle(el);
    await clickAction(el, 'continue');
    await choose(el, 'diagnosis', 'diagnosed');
    expect(events).to.deep.equal(['ldn-step-change', 'ldn-change']);
  });

  it('answers, step and guide are read-only copies: changing them changes nothing in the widget', async () => {
    let complete: LdnCompleteEvent['detail'] | undefined;
    const el = await mount(html`<ldn-decision-aid @ldn-complete=${(e: LdnCompleteEvent) => (complete = e.detail)}></ldn-decision-aid>`);
    expect(el.step).to.equal('intro');
    expect(el.guide, 'no guide before it is shown').to.equal(undefined);
    await completeWithMouse(el);
    expect(el.step).to.equal('guide');
    const answers = el.answers;
    expect(Object.isFrozen(answers)).to.equal(true);
    expect(() => ((answers as Record<string, unknown>).diagnosis = 'not-sure')).to.throw(TypeError);
    expect(el.answers.diagnosis).to.equal('diagnosed');
    const guide = el.guide!;
    expect(guide.sections[0]).to.equal('safety');
    expect(() => (guide.sections as string[]).push('extra')).to.throw(TypeError);
    // The event's guide is frozen too, so a listener cannot change the builder's shared lists for the next guide.
    expect(Object.isFrozen(complete?.guide.sections)).to.equal(true);
    expect(Object.isFrozen(complete?.answers)).to.equal(true);
    expect(el.guide!.sections).to.have.length(guide.sections.length);
  });
});

describe('<ldn-decision-aid> heading-level', () => {
  /** The tag names of the step heading, a guide section heading and a safety flag heading. */
  async function guideHeadingTags(level?: string): Promise<{ tags: string[]; size: string }> {
    const el = await mount(html`<ldn-decision-aid heading-level=${level ?? ''}></ldn-decision-aid>`);
    if (level === undefined) el.removeAttribute('heading-level');
    await settle(el);
    await completeWithMouse(el);
    const root = el.shadowRoot!;
    const stepHeading = root.querySelector('[data-step-heading]')!;
    const tags = [stepHeading, root.querySelector('#guide-safety'), root.querySelector('.flag__title')].map((h) => h?.tagName.toLowerCase() ?? 'missing');
    const size = getComputedStyle(stepHeading).fontSize;
    el.remove();
    return { tags, size };
  }

  it('puts the step heading at the level the page asks for, sections one below and items two below (at most h6), looking the same', async () => {
    const fallback = await guideHeadingTags();
    expect(fallback.tags).to.deep.equal(['h2', 'h3', 'h4']);
    const one = await guideHeadingTags('1');
    expect(one.tags).to.deep.equal(['h1', 'h2', 'h3']);
    const five = await guideHeadingTags('5');
    expect(five.tags).to.deep.equal(['h5', 'h6', 'h6']);
    expect(one.size).to.equal(fallback.size);
    expect(five.size).to.equal(fallback.size);
  });

  it('warns once and uses level 2 for anything but a whole number from 1 to 5', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const result = await guideHeadingTags('9');
      expect(result.tags).to.deep.equal(['h2', 'h3', 'h4']);
      expect(warnings.filter((w) => w.includes('heading-level="9"'))).to.have.length(1);
    } finally {
      restore();
    }
  });
});
