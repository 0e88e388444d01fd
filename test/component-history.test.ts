/**
 * The browser's Back and Forward (a phone's back gesture) inside the widget:
 * one page back, one page forward, no answer lost, the page's URL untouched,
 * two widgets on one page each with their own pages, no entry for restored
 * progress or the host's reset(), never a trap on the first page or after
 * "Start over", and nothing at all with history="none".
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { writeSavedProgress } from '../src/flow/saved-progress.js';
import { QUESTION_STEPS } from '../src/flow/steps.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { clicksFor, EXAMPLE_PATIENTS } from './fixtures/patients.js';
import { answerStep, back, clickAction, continueOn, EXAMPLE_CLICKS, inputFor, root, settle, stepOf } from './support/harness.js';

let count = 0;

/**
 * Entries added to the history so far. Counted, not read from history.length: the test runner's tab keeps
 * earlier test files' pages, and a browser keeps only the last 50 entries, so history.length stops growing.
 */
let added = 0;
const push = history.pushState.bind(history);
history.pushState = (...args: Parameters<History['pushState']>) => {
  added++;
  push(...args);
};
const entriesAdded = () => added;

/** A widget on a fresh page entry that the host page owns (with a state of its own), behind another of the host's. */
async function mountOnHostPage(attributes: { history?: string; save?: string } = {}): Promise<LdnDecisionAid> {
  history.pushState({ host: 'previous page' }, '');
  history.pushState({ host: 'this page' }, '');
  const id = `aid-${++count}`;
  const el = await fixture<LdnDecisionAid>(
    html`<ldn-decision-aid id=${id} history=${attributes.history ?? 'steps'} save=${attributes.save ?? 'none'}></ldn-decision-aid>`,
  );
  await settle(el);
  return el;
}

/** The browser's Back or Forward, as a back gesture does it: waits for the page to be shown. */
async function browser(go: 'back' | 'forward', ...els: LdnDecisionAid[]): Promise<void> {
  const shown = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  history[go]();
  await shown;
  for (const el of els) await settle(el);
}

const checked = (el: LdnDecisionAid, field: string, value: string) => inputFor(el, field, value).checked;

/** The host page's own key in the entry shown. */
const hostState = (): unknown => (history.state as { host?: unknown } | null)?.host;

describe("<ldn-decision-aid>: the browser's Back and Forward", () => {
  // As a freshly opened tab: the runner's tab holds earlier test files' pages.
  beforeEach(() => executeServerCommand('reset-history'));

  it('go back one page and forward one page, keeping every answer, with the URL unchanged', async () => {
    const url = location.href;
    const el = await mountOnHostPage();
    const length = entriesAdded();
    await continueOn(el);
    await answerStep(el, EXAMPLE_CLICKS.condition);
    await continueOn(el);
    await answerStep(el, EXAMPLE_CLICKS.therapies);
    await continueOn(el);
    expect(stepOf(el)).to.equal('opioids');
    expect(entriesAdded(), 'one entry per page moved to').to.equal(length + 3);

    await browser('back', el);
    expect(stepOf(el)).to.equal('therapies');
    expect(checked(el, 'therapy-side-effects-beta-blocker', 'side-effects'), 'answers kept').to.equal(true);
    await browser('back', el);
    expect(stepOf(el)).to.equal('condition');
    expect(checked(el, 'diagnosis', EXAMPLE_CLICKS.condition[0]![1])).to.equal(true);
    await browser('forward', el);
    await browser('forward', el);
    expect(stepOf(el)).to.equal('opioids');
    expect(location.href, 'the page keeps its URL').to.equal(url);
    expect(hostState(), "the host's state is kept beside the widget's").to.equal('this page');
  });

  it('after Back and Forward, every box and button on the page shows the answer kept, whatever page came before', async function () {
    this.timeout(60_000);
    // Inputs are reused from page to page: a radio renamed into another page's group must not lose or keep a tick.
    const shownAsKept = (el: LdnDecisionAid): string[] => {
      const answers = el.answers as Record<string, string | readonly string[] | undefined>;
      return [...root(el).querySelectorAll<HTMLInputElement>('form input[type="radio"], form input[type="checkbox"]')].flatMap((input) => {
        const answer = answers[input.name];
        const kept = typeof answer === 'string' ? answer === input.value : (answer ?? []).includes(input.value);
        return input.checked === kept ? [] : [`${stepOf(el)}: ${input.name}=${input.value} shows ${input.checked ? 'ticked' : 'blank'}`];
      });
    };
    for (const patient of ['codeine-syrup-tooth-out', 'every-safety-concern'] as const) {
      const el = await mountOnHostPage();
      await continueOn(el);
      const wrong: string[] = [];
      for (const step of QUESTION_STEPS) {
        await answerStep(el, clicksFor(step, EXAMPLE_PATIENTS[patient]()));
        if (step !== 'condition') {
          await browser('back', el);
          wrong.push(...shownAsKept(el));
          await browser('forward', el);
          wrong.push(...shownAsKept(el));
        }
        await continueOn(el);
      }
      expect(wrong, patient).to.deep.equal([]);
    }
  });

  it('moves focus to the heading of the page shown, and reports the step change', async () => {
    const el = await mountOnHostPage();
    await continueOn(el);
    await answerStep(el, EXAMPLE_CLICKS.condition);
    await continueOn(el);
    const steps: string[] = [];
    el.addEventListener('ldn-step-change', (event) => steps.push(event.detail.step));
    await browser('back', el);
    expect(steps).to.deep.equal(['condition']);
    expect(root(el).activeElement).to.equal(root(el).querySelector('[data-step-heading]'));
  });

  it('from the first page, Back leaves the widget as it left the page before', async () => {
    const el = await mountOnHostPage();
    const length = entriesAdded();
    await settle(el);
    expect(entriesAdded(), 'no entry for showing the first page').to.equal(length);
    await continueOn(el);
    await browser('back', el);
    expect(stepOf(el)).to.equal('intro');
    await browser('back', el);
    expect(hostState(), 'the entry before the widget was used').to.equal('previous page');
    expect(stepOf(el)).to.equal('intro');
  });

  it("keeps the Back link's page and the browser's apart: Back after the Back link returns to the page the patient was on", async () => {
    const el = await mountOnHostPage();
    await continueOn(el);
    await answerStep(el, EXAMPLE_CLICKS.condition);
    await continueOn(el);
    await back(el);
    expect(stepOf(el)).to.equal('condition');
    await browser('back', el);
    expect(stepOf(el)).to.equal('therapies');
  });

  it('keeps two widgets on one page apart: Back undoes the last page change, in the widget that made it', async () => {
    history.pushState({ host: 'this page' }, '');
    const host = await fixture<HTMLElement>(html`<div><ldn-decision-aid id="first"></ldn-decision-aid><ldn-decision-aid id="second"></ldn-decision-aid></div>`);
    const [a, b] = [...host.querySelectorAll<LdnDecisionAid>('ldn-decision-aid')] as [LdnDecisionAid, LdnDecisionAid];
    await settle(a);
    await settle(b);
    await continueOn(a);
    await continueOn(b);
    await answerStep(a, EXAMPLE_CLICKS.condition);
    await continueOn(a);
    expect([stepOf(a), stepOf(b)]).to.deep.equal(['therapies', 'condition']);
    await browser('back', a, b);
    expect([stepOf(a), stepOf(b)]).to.deep.equal(['condition', 'condition']);
    await browser('back', a, b);
    expect([stepOf(a), stepOf(b)]).to.deep.equal(['condition', 'intro']);
    await browser('back', a, b);
    expect([stepOf(a), stepOf(b)]).to.deep.equal(['intro', 'intro']);
    await browser('forward', a, b);
    await browser('forward', a, b);
    await browser('forward', a, b);
    expect([stepOf(a), stepOf(b)]).to.deep.equal(['therapies', 'condition']);
  });

  it("adds no entry for restored progress or the host's reset()", async () => {
    const key = `restored-${++count}`;
    sessionStorage.setItem(
      `ldn-decision-aid:progress:${key}`,
      writeSavedProgress({ step: 'symptoms', returnToReview: false, answers: EXAMPLE_PATIENTS['tramadol-sometimes']() }),
    );
    const length = entriesAdded();
    const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid save="session" storage-key=${key}></ldn-decision-aid>`);
    await settle(el);
    expect(stepOf(el)).to.equal('symptoms');
    el.reset();
    await settle(el);
    expect(stepOf(el)).to.equal('intro');
    expect(entriesAdded()).to.equal(length);
    sessionStorage.clear();
  });

  it('after "Start over", Back passes over the old pages and leaves the widget', async () => {
    history.pushState({ host: 'previous page' }, '');
    history.pushState({ host: 'this page' }, '');
    const key = `start-over-${++count}`;
    sessionStorage.setItem(
      `ldn-decision-aid:progress:${key}`,
      writeSavedProgress({ step: 'review', returnToReview: false, answers: EXAMPLE_PATIENTS['nothing-notable']() }),
    );
    const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid save="session" storage-key=${key}></ldn-decision-aid>`);
    await settle(el);
    await continueOn(el);
    expect(stepOf(el)).to.equal('guide');
    await clickAction(el, 'start-over');
    await clickAction(el, 'confirm-start-over');
    expect(stepOf(el)).to.equal('intro');
    history.back();
    await waitUntil(() => hostState() === 'previous page', 'Back went past the old pages', { timeout: 5000 });
    await settle(el);
    expect(stepOf(el)).to.equal('intro');
    sessionStorage.clear();
  });

  it('going forward past a page with a missing answer stops there, with its errors shown', async () => {
    const el = await mountOnHostPage();
    await continueOn(el);
    await answerStep(el, EXAMPLE_CLICKS.condition);
    await continueOn(el);
    await answerStep(el, EXAMPLE_CLICKS.therapies);
    await continueOn(el);
    await browser('back', el);
    expect(stepOf(el)).to.equal('therapies');
    // Another treatment ticked, its questions not answered: the page now has a gap.
    inputFor(el, 'therapies', 'compression').click();
    await settle(el);
    await browser('forward', el);
    expect(stepOf(el)).to.equal('therapies');
    expect(root(el).querySelector('.error-summary'), 'the error summary says what is missing').to.not.equal(null);
    expect(checked(el, 'therapies', 'compression'), 'nothing the patient did is lost').to.equal(true);
  });

  it('picks up where the entry says after a reload with saved progress, and Forward still works', async () => {
    const key = `reload-${++count}`;
    history.pushState({ host: 'this page' }, '');
    let el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid save="session" storage-key=${key}></ldn-decision-aid>`);
    await settle(el);
    await continueOn(el);
    await answerStep(el, EXAMPLE_CLICKS.condition);
    await continueOn(el);
    await browser('back', el);
    expect(stepOf(el)).to.equal('condition');
    // A reload: a new element, the same saved progress and the same history entry.
    el.remove();
    el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid save="session" storage-key=${key}></ldn-decision-aid>`);
    await settle(el);
    expect(stepOf(el)).to.equal('condition');
    await browser('forward', el);
    expect(stepOf(el)).to.equal('therapies');
    sessionStorage.clear();
  });

  it('with history="none", adds no entry and ignores Back and Forward', async () => {
    const el = await mountOnHostPage({ history: 'none' });
    const length = entriesAdded();
    await continueOn(el);
    await answerStep(el, EXAMPLE_CLICKS.condition);
    await continueOn(el);
    expect(entriesAdded()).to.equal(length);
    await browser('back', el);
    expect(stepOf(el)).to.equal('therapies');
    expect(hostState()).to.equal('previous page');
  });

  it('warns once about an unknown history value, and keeps the default', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => void warnings.push(message);
    try {
      const el = await mountOnHostPage({ history: 'off' });
      const length = entriesAdded();
      await continueOn(el);
      await continueOn(el);
      expect(entriesAdded()).to.equal(length + 1);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('history="off"'))).to.have.length(1);
  });
});
