/**
 * Saves the widget did not write are not its own: another widget on the page
 * with the same key, another tab, a save from before saving was turned on.
 * It never deletes or overwrites them, warns about a shared key, and tells the
 * patient when another tab saved different answers. Storage that cannot give
 * back what is saved is no saving at all. Restored answers are pruned.
 */
import { expect, html } from '@open-wc/testing';
import { STORAGE_KEY } from '../src/components/controllers/progress-store.js';
import { writeSavedProgress } from '../src/flow/saved-progress.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { completeAnswers } from './fixtures/patients.js';
import { choose, clickAction, focusedIn, root, settle, stepOf } from './support/harness.js';
import { answerTwoPages, captureWarnings, mount } from './support/host-page.js';

/** What another tab does: writes the storage, and this tab's window hears a storage event. */
function anotherTabSaves(key: string, text: string | null): void {
  const oldValue = localStorage.getItem(key);
  if (text === null) localStorage.removeItem(key);
  else localStorage.setItem(key, text);
  window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue: text, storageArea: localStorage, url: location.href }));
}

const notice = (el: LdnDecisionAid) => root(el).querySelector('[data-changed-elsewhere]');
const saved = (key = STORAGE_KEY) => localStorage.getItem(key);
const otherTabProgress = () => writeSavedProgress({ step: 'symptoms', returnToReview: false, answers: completeAnswers({ 'opioid-use': 'not-sure' }) });

describe('<ldn-decision-aid save>: saves it did not write', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('two widgets on one key: a blank one that re-renders leaves the other’s progress alone, and the page gets one warning', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const a = await mount(html`<ldn-decision-aid save></ldn-decision-aid>`);
      const b = await mount(html`<ldn-decision-aid save></ldn-decision-aid>`);
      await answerTwoPages(a);
      const progress = saved();
      expect(progress).to.contain('"step":"opioids"');
      b.setAttribute('clinic-name', 'Riverside');
      await settle(b);
      expect(saved(), 'the blank widget removed the other’s save').to.equal(progress);
      // Its patient's answers are not saved over the other's either.
      await clickAction(b, 'continue');
      await choose(b, 'diagnosis', 'suspected');
      expect(saved()).to.equal(progress);
      expect(notice(b), 'a shared key is the page’s matter, not the patient’s').to.equal(null);
    } finally {
      restore();
    }
    expect(warnings.filter((w) => w.includes('same key'))).to.have.length(1);
  });

  it('a save that was there before saving was turned on is not overwritten', async () => {
    localStorage.setItem(STORAGE_KEY, otherTabProgress());
    const el = await mount(html`<ldn-decision-aid></ldn-decision-aid>`);
    el.setAttribute('save', 'local');
    await answerTwoPages(el);
    expect(saved()).to.equal(otherTabProgress());
    expect(notice(el)).not.to.equal(null);
  });

  it('another tab saves different answers: a notice says so, this tab saves nothing over them, and the patient can load them', async () => {
    const el = await mount(html`<ldn-decision-aid save></ldn-decision-aid>`);
    await answerTwoPages(el);
    expect(notice(el)).to.equal(null);
    const events: string[] = [];
    for (const type of ['ldn-change', 'ldn-step-change']) el.addEventListener(type, () => events.push(type));
    anotherTabSaves(STORAGE_KEY, otherTabProgress());
    await settle(el);
    expect(notice(el)?.querySelector('[role="alert"]')?.textContent).to.contain('saved in another tab');
    expect(events, 'no event: the patient has not acted').to.deep.equal([]);
    await choose(el, 'opioid-use', 'no');
    expect(saved()).to.equal(otherTabProgress());
    await clickAction(el, 'load-newer');
    expect(stepOf(el)).to.equal('symptoms');
    expect(el.answers['opioid-use']).to.equal('not-sure');
    expect(notice(el)).to.equal(null);
    expect(focusedIn(el)?.hasAttribute('data-step-heading')).to.equal(true);
    // Saving goes on from the loaded answers.
    await clickAction(el, 'back');
    expect(saved()).to.contain('"step":"health"');
  });

  it('"Keep these answers" saves them over the other tab’s', async () => {
    const el = await mount(html`<ldn-decision-aid save></ldn-decision-aid>`);
    await answerTwoPages(el);
    anotherTabSaves(STORAGE_KEY, otherTabProgress());
    await settle(el);
    await clickAction(el, 'keep-these');
    expect(saved()).to.contain('"step":"opioids"');
    expect(stepOf(el)).to.equal('opioids');
    expect(notice(el)).to.equal(null);
  });

  it('another tab writing the same answers, or another key, is no news', async () => {
    const el = await mount(html`<ldn-decision-aid save></ldn-decision-aid>`);
    await answerTwoPages(el);
    anotherTabSaves(STORAGE_KEY, saved());
    anotherTabSaves(`${STORAGE_KEY}:other`, otherTabProgress());
    await settle(el);
    expect(notice(el)).to.equal(null);
  });
});

describe('<ldn-decision-aid save>: storage that takes writes but gives nothing back', () => {
  const getItem = Storage.prototype.getItem;
  beforeEach(() => {
    localStorage.clear();
    Storage.prototype.getItem = () => null;
  });
  afterEach(() => {
    Storage.prototype.getItem = getItem;
    localStorage.clear();
  });

  it('the first page does not promise saving, one warning is logged, and no answer is left in storage', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const el = await mount(html`<ldn-decision-aid save></ldn-decision-aid>`);
      expect(root(el).textContent).not.to.contain('saved in this browser on this device');
      expect(root(el).textContent).to.contain('if you close this page, your answers are lost');
      await answerTwoPages(el);
    } finally {
      restore();
    }
    expect(warnings.filter((w) => w.includes('does not keep answers'))).to.have.length(1);
    expect(Object.keys(localStorage)).to.deep.equal([]);
  });
});

describe('<ldn-decision-aid save>: restored answers', () => {
  afterEach(() => localStorage.clear());

  it('are pruned to what the questions allow before anything reads them, the answers property included', async () => {
    const contradictory = completeAnswers({
      'opioid-use': 'no',
      'opioid-kinds': ['tramadol'],
      'opioid-pattern': 'regular',
      'naltrexone-before': 'no',
      'naltrexone-helps': 'a-lot',
    });
    localStorage.setItem(STORAGE_KEY, writeSavedProgress({ step: 'review', returnToReview: false, answers: contradictory }));
    const el = await mount(html`<ldn-decision-aid save></ldn-decision-aid>`);
    expect(stepOf(el)).to.equal('review');
    for (const id of ['opioid-kinds', 'opioid-pattern', 'naltrexone-helps']) expect(el.answers, id).not.to.have.property(id);
    expect(el.answers['opioid-use']).to.equal('no');
  });
});
