/**
 * The guide's wording and views come in a chunk of their own
 * (src/components/chunks/guide-page.ts), fetched once the first page is on screen,
 * while the patient answers. These tests hold the promises an embedder and a
 * patient rely on: nothing competes with the first page, yet the chunk is on
 * its way before the first answer, at once when the widget opens near the guide; if it
 * cannot come, the guide page says so, keeps every answer and can try again;
 * once it has come, the guide works offline; and the guide's styles, events
 * and data wait for it rather than showing half a guide.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/ldn-decision-aid.js';
import type { LdnCompleteEvent, LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { completeWithMouse, clickAction, mountAid, root, settle, stepOf } from './support/harness.js';
import type { GuidePage } from '../src/components/chunks/guide-chunk.js';
import { STORAGE_KEY } from '../src/components/controllers/progress-store.js';
import { stylesWithGuide } from '../src/components/styles/index.js';
import { writeSavedProgress } from '../src/flow/saved-progress.js';
import { EXAMPLE_PATIENTS } from './fixtures/patients.js';

type Loader = { loader: () => Promise<unknown>; status: string };
const guidePageOf = (el: LdnDecisionAid) => el['guidePage'] as unknown as Loader;
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
const pending = (el: LdnDecisionAid) => root(el).querySelector<HTMLElement>('[data-guide-pending]');

/** A widget whose guide chunk cannot load (as offline), set before it is connected. */
async function mountOffline(): Promise<{ el: LdnDecisionAid; online: () => void }> {
  const el = document.createElement('ldn-decision-aid') as LdnDecisionAid;
  const page = guidePageOf(el);
  const load = page.loader;
  page.loader = offline;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return { el, online: () => (page.loader = load) };
}

/** Runs `test` with a patient's saved progress on `step` under `key`, then removes it. */
async function withSavedProgress(key: string, step: 'review' | 'guide', test: () => Promise<void>): Promise<void> {
  localStorage.setItem(`${STORAGE_KEY}:${key}`, writeSavedProgress({ step, returnToReview: false, answers: EXAMPLE_PATIENTS['tramadol-sometimes']() }));
  try {
    await test();
  } finally {
    localStorage.removeItem(`${STORAGE_KEY}:${key}`);
  }
}

async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await run();
  } finally {
    console.warn = warn;
  }
}

describe("The guide's chunk", () => {
  it('is requested before any answer', async () => {
    const el = await mountAid();
    // A cold dev server compiles the guide's module graph first: give it time.
    await waitUntil(() => guidePageOf(el).status === 'ready', 'the guide chunk arrives', { timeout: 10_000 });
    expect(performance.getEntriesByType('resource').some((entry) => /\/guide-page\.ts/.test(entry.name))).to.equal(true);
    expect(stepOf(el)).to.equal('intro');
  });

  it('is asked for only once the first page is on screen, so nothing competes with the first question', async () => {
    const el = document.createElement('ldn-decision-aid') as LdnDecisionAid;
    const page = guidePageOf(el);
    const load = page.loader;
    let firstPageShown: boolean | undefined;
    page.loader = () => {
      firstPageShown = !!el.shadowRoot?.querySelector('[data-step-heading]');
      return load();
    };
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await waitUntil(() => page.status === 'ready', 'the guide chunk arrives', { timeout: 10_000 });
    expect(firstPageShown).to.equal(true);
  });

  it('is not asked for by a widget taken off the page before the browser was idle, which then keeps nothing alive; put back, it asks again', async () => {
    const el = document.createElement('ldn-decision-aid') as LdnDecisionAid;
    const page = guidePageOf(el);
    const load = page.loader;
    let asked = 0;
    page.loader = () => {
      asked += 1;
      return load();
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    el.remove();
    // Idle callbacks run in the order they were asked for: the widget's would have run before this one.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
    expect(asked, 'asked for by a removed widget').to.equal(0);
    wrapper.append(el);
    await waitUntil(() => page.status === 'ready', 'the guide chunk arrives', { timeout: 10_000 });
    expect(asked).to.equal(1);
  });

  it('is asked for at once, not when idle, when the widget opens on "Check your answers"', async () => {
    await withSavedProgress('chunk-review', 'review', async () => {
      const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid save="local" storage-key="chunk-review"></ldn-decision-aid>`);
      expect(stepOf(el)).to.equal('review');
      expect(guidePageOf(el).status).not.to.equal('idle');
    });
  });

  it('if it cannot load, the guide page says so, keeps the answers, and shows the guide after "Try again"', async () => {
    await quietly(async () => {
      const { el, online } = await mountOffline();
      await completeWithMouse(el);
      expect(stepOf(el)).to.equal('guide');
      expect(pending(el)?.dataset.guidePending).to.equal('failed');
      expect(pending(el)!.querySelector('[role="status"]')!.textContent).to.include('Your guide could not be loaded');
      expect(root(el).querySelector('.guide')).to.equal(null);
      const answers = el.answers;
      expect(el.guide, 'no guide data without the guide').to.equal(undefined);

      online();
      await clickAction(el, 'retry-guide');
      await waitUntil(() => root(el).querySelector('section[data-section="safety"]'), 'the guide appears');
      expect(pending(el)).to.equal(null);
      expect(el.answers).to.deep.equal(answers);
      expect(el.guide?.sections[0]).to.equal('safety');
    });
  });

  it('if it cannot load, "Change answers" leads back to "Check your answers"', async () => {
    await quietly(async () => {
      const { el } = await mountOffline();
      await completeWithMouse(el);
      expect(pending(el)?.dataset.guidePending).to.equal('failed');
      await clickAction(el, 'change-answers');
      expect(stepOf(el)).to.equal('review');
    });
  });

  it('fires ldn-complete once the guide is on screen, not before', async () => {
    await quietly(async () => {
      const { el, online } = await mountOffline();
      let completed = 0;
      el.addEventListener('ldn-complete', () => completed++);
      await completeWithMouse(el);
      expect(stepOf(el)).to.equal('guide');
      expect(completed, 'no guide shown yet').to.equal(0);
      online();
      const event = oneEvent(el, 'ldn-complete') as Promise<LdnCompleteEvent>;
      await clickAction(el, 'retry-guide');
      const { detail } = await event;
      expect(root(el).querySelector('section[data-section="safety"]')).not.to.equal(null);
      expect(detail.guide.sections[0]).to.equal('safety');
      expect(completed).to.equal(1);
    });
  });

  it('once loaded, the guide works offline: "Start over" and a second run need no network', async () => {
    const el = await mountAid();
    await completeWithMouse(el);
    expect(root(el).querySelector('section[data-section="safety"]')).not.to.equal(null);
    guidePageOf(el).loader = offline;
    await clickAction(el, 'start-over');
    await clickAction(el, 'confirm-start-over');
    expect(stepOf(el)).to.equal('intro');
    await completeWithMouse(el);
    await settle(el);
    expect(root(el).querySelector('section[data-section="safety"]')).not.to.equal(null);
    expect(pending(el)).to.equal(null);
  });

  it("adopts the guide's styles with the guide, in the cascade order of styles/index.ts", async () => {
    const el = await mountAid();
    await completeWithMouse(el);
    const section = root(el).querySelector<HTMLElement>('section[data-section="pots"]')!;
    // styles/guide.ts draws a rule above each guide section.
    expect(getComputedStyle(section).borderBlockStartWidth).to.equal('2px');
    const page = guidePageOf(el) as unknown as { module: GuidePage };
    const expected = stylesWithGuide(page.module.guideSheets).map((result) => result.styleSheet);
    expect(root(el).adoptedStyleSheets.slice(0, expected.length)).to.deep.equal(expected);
  });

  it('a reload onto the guide while its chunk is on its way shows the guide when it comes, and fires no event', async () => {
    await withSavedProgress('chunk-test', 'guide', async () => {
      const el = document.createElement('ldn-decision-aid') as LdnDecisionAid;
      el.setAttribute('save', 'local');
      el.setAttribute('storage-key', 'chunk-test');
      const page = guidePageOf(el);
      const load = page.loader;
      let arrive!: () => void;
      const held = new Promise<void>((resolve) => (arrive = resolve));
      page.loader = () => held.then(load);
      const events: string[] = [];
      for (const type of ['ldn-change', 'ldn-step-change', 'ldn-complete']) el.addEventListener(type, () => events.push(type));
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(el);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stepOf(el)).to.equal('guide');
      expect(pending(el)?.dataset.guidePending).to.equal('loading');
      arrive();
      await el.updateComplete;
      expect(root(el).querySelector('section[data-section="safety"]')).not.to.equal(null);
      expect(events).to.deep.equal([]);
    });
  });
});
