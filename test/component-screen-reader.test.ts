/**
 * What a screen reader user relies on, checked in the rendered DOM: one polite
 * announcement per step change (and none while answering), hints and errors
 * tied to their questions, a guide structured by headings, tables with headers,
 * and a safety section marked important without interrupting. That every
 * question on every screen is a fieldset with a legend, described by its hint
 * and error, is checked by the screen sweeps (test/component-screens.test.ts).
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { checkboxGroup, radioGroup } from '../src/components/views/form-controls.js';
import { STORAGE_KEY } from '../src/components/controllers/progress-store.js';
import { SAVED_PROGRESS_VERSION } from '../src/flow/saved-progress.js';
import { STEP_ANNOUNCEMENT_DELAY_MS } from '../src/components/controllers/step-announcer.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { completeAnswers } from './fixtures/patients.js';
import { answerStep, back, choose, clickAction, continueOn, EXAMPLE_CLICKS, headingOf, mountAid, root, settle, stepOf } from './support/harness.js';
import { reachableScreens, showScreen } from './support/screens.js';
import { spoken } from './support/screen-reader.js';

const liveRegion = (el: LdnDecisionAid) => root(el).querySelector<HTMLElement>('[data-step-announcement]')!;

/**
 * Every text the live region is given, in order, as the screen reader would be
 * told; and what the region held each time focus moved to a heading, which
 * must be nothing: speech queued before a focus move is cut short.
 */
function recordAnnouncements(el: LdnDecisionAid): string[] & { regionOnHeadingFocus: string[] } {
  const said = Object.assign([] as string[], { regionOnHeadingFocus: [] as string[] });
  const region = liveRegion(el);
  new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text) said.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  root(el).addEventListener('focusin', (event) => {
    if ((event.target as Element).matches('[data-step-heading]')) said.regionOnHeadingFocus.push(liveRegion(el).textContent!.trim());
  });
  return said;
}

/** Waits for the delayed announcement, then checks everything said so far. */
async function expectSaid(said: string[], expected: string[]): Promise<void> {
  await waitUntil(() => said.length >= expected.length, `announcement ${expected.length}: "${expected.at(-1)}"`, { timeout: 2000 });
  expect(said).to.deep.equal(expected);
}

describe('<ldn-decision-aid> for screen reader users', function () {
  this.timeout(60_000);

  describe('step changes are announced once through a polite live region', () => {
    it('the live region is there, polite and empty from the first render, so the first change is heard', async () => {
      const el = await mountAid();
      const region = liveRegion(el);
      expect(region.getAttribute('role')).to.equal('status');
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(region.getAttribute('aria-atomic')).to.equal('true');
      expect(region.textContent!.trim()).to.equal('');
      expect(region.getBoundingClientRect().width, 'visually hidden').to.be.at.most(1);
    });

    it('a whole journey says one thing per step change, after focus reaches the heading, and nothing while answering or on errors', async () => {
      const el = await mountAid();
      const said = recordAnnouncements(el);
      const expected: string[] = [];

      await continueOn(el);
      expected.push('Part 1 of 6.');
      await expectSaid(said, expected);
      await continueOn(el); // nothing answered: the error summary takes focus, no announcement
      expect(root(el).querySelector('.error-summary')).to.exist;
      const parts = Object.keys(EXAMPLE_CLICKS) as (keyof typeof EXAMPLE_CLICKS)[];
      for (const [i, step] of parts.entries()) {
        expect(stepOf(el)).to.equal(step);
        await answerStep(el, EXAMPLE_CLICKS[step]);
        await aTimeout(STEP_ANNOUNCEMENT_DELAY_MS + 50);
        expect(said, `no announcement while answering "${step}"`).to.deep.equal(expected);
        await continueOn(el);
        expected.push(i + 1 < parts.length ? `Part ${i + 2} of 6.` : 'All parts are answered.');
        await expectSaid(said, expected);
      }
      await continueOn(el);
      expected.push('Your guide is ready.');
      await expectSaid(said, expected);
      await choose(el, 'sure-sure', 'yes');
      await clickAction(el, 'change-answers');
      expected.push('All parts are answered.');
      await expectSaid(said, expected);
      await clickAction(el, 'continue');
      expected.push('Your guide is ready.');
      await expectSaid(said, expected);
      await clickAction(el, 'start-over');
      await clickAction(el, 'confirm-start-over');
      expected.push('Your answers were cleared.');
      await expectSaid(said, expected);
      await aTimeout(STEP_ANNOUNCEMENT_DELAY_MS + 50);
      expect(said, 'nothing more').to.have.length(expected.length);
      expect(said.regionOnHeadingFocus, 'the live region was empty each time focus reached a heading').to.deep.equal(expected.map(() => ''));
    });

    it('a quick second step change cancels the first announcement, so only where the patient is now is said', async () => {
      const el = await mountAid();
      const said = recordAnnouncements(el);
      await continueOn(el);
      await back(el);
      await expectSaid(said, ['Back at the start.']);
      await aTimeout(STEP_ANNOUNCEMENT_DELAY_MS + 50);
      expect(said).to.deep.equal(['Back at the start.']);
    });

    it('going back to the start says the answers are kept', async () => {
      const el = await mountAid();
      const said = recordAnnouncements(el);
      await continueOn(el);
      await expectSaid(said, ['Part 1 of 6.']);
      await choose(el, 'diagnosis', 'diagnosed');
      await back(el);
      await expectSaid(said, ['Part 1 of 6.', 'Back at the start. Your answers are kept.']);
    });

    it('"Check your answers" with a gap says so', async () => {
      // The path to a review page listing errors, without its last "Show my guide": the page with gaps, before errors.
      const screen = reachableScreens().find((s) => s.step === 'review' && s.name.includes('errors'))!;
      expect(screen.events.at(-1)?.type).to.equal('review.confirm');
      const el = await mountAid();
      const said = recordAnnouncements(el);
      await showScreen(el, { ...screen, events: screen.events.slice(0, -1) });
      expect(stepOf(el)).to.equal('review');
      await waitUntil(() => said.includes('Some questions still need an answer.'), 'announced', { timeout: 2000 });
    });

    it('restored progress is shown quietly: the region already holds where the patient is, and nothing is announced', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: SAVED_PROGRESS_VERSION, step: 'health', returnToReview: false, answers: completeAnswers() }));
      try {
        const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid save></ldn-decision-aid>`);
        expect(stepOf(el)).to.equal('health');
        expect(liveRegion(el).textContent!.trim(), 'present from the first render, so it is read in place, not announced').to.equal('Part 4 of 6.');
        const said = recordAnnouncements(el);
        await aTimeout(STEP_ANNOUNCEMENT_DELAY_MS + 50);
        expect(said, 'no change after loading').to.deep.equal([]);
      } finally {
        localStorage.removeItem(STORAGE_KEY);
      }
    });

    it('an error link on "Check your answers" focuses the question, so the announcement names the page', async () => {
      const screen = reachableScreens().find((s) => s.step === 'review' && s.name.includes('errors: opioid-kinds'))!;
      const el = await mountAid();
      await showScreen(el, screen);
      const said = recordAnnouncements(el);
      root(el).querySelector<HTMLAnchorElement>('.error-summary a[href="#opioid-kinds"]')!.click();
      await settle(el);
      expect(stepOf(el)).to.equal('opioids');
      expect(root(el).activeElement?.getAttribute('name'), 'focus on the question').to.equal('opioid-kinds');
      await expectSaid(said, ['Part 3 of 6: Opioid medicines.']);
    });

    it('errors straight after a step change cancel its pending announcement', async () => {
      const el = await mountAid();
      const said = recordAnnouncements(el);
      await continueOn(el);
      await continueOn(el); // at once, nothing answered
      expect(root(el).activeElement?.classList.contains('error-summary'), 'focus on the error summary').to.equal(true);
      await aTimeout(STEP_ANNOUNCEMENT_DELAY_MS + 50);
      expect(said).to.deep.equal([]);
    });

    it('moving the element in the page while an announcement waits still makes it', async () => {
      const el = await mountAid();
      const said = recordAnnouncements(el);
      await continueOn(el);
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      try {
        elsewhere.append(el);
        await expectSaid(said, ['Part 1 of 6.']);
      } finally {
        elsewhere.remove();
      }
    });

    it('the focused heading names the page without repeating the announced part number', async () => {
      const el = await mountAid();
      await continueOn(el);
      await choose(el, 'diagnosis', 'diagnosed');
      await choose(el, 'age-group', '18-or-over');
      await continueOn(el);
      const heading = headingOf(el);
      expect(root(el).activeElement).to.equal(heading);
      expect(heading.textContent, 'the part number is still shown').to.include('Part 2 of 6');
      expect(spoken(heading)).to.equal('Treatments you have tried');
      // Not in the same moment as the focus move, which screen readers would cut short.
      expect(liveRegion(el).textContent!.trim(), 'nothing yet while focus moves').to.equal('');
      await waitUntil(() => liveRegion(el).textContent!.trim() === 'Part 2 of 6.', 'part number announced', { timeout: 2000 });
    });
  });

  describe('questions, hints and errors', () => {
    it('an answer option with its own hint is described by it, for radios and checkboxes alike', async () => {
      const choices = [
        { value: 'a', label: 'First' },
        { value: 'b', label: 'Second', hint: 'A hint for the second option.' },
      ];
      const host = await fixture<HTMLElement>(html`<form>
        ${radioGroup({ id: 'planted-radio', legend: 'Pick one', choices, value: undefined, onChange: () => {} })}
        ${checkboxGroup({ id: 'planted-check', legend: 'Pick any', choices, selected: [], onChange: () => {} })}
      </form>`);
      for (const group of ['planted-radio', 'planted-check']) {
        const input = host.querySelector<HTMLInputElement>(`input[name="${group}"][value="b"]`)!;
        const hint = host.querySelector(`#${input.getAttribute('aria-describedby')}`);
        expect(hint?.textContent?.trim(), group).to.equal('A hint for the second option.');
        expect(host.querySelector<HTMLInputElement>(`input[name="${group}"][value="a"]`)!.hasAttribute('aria-describedby')).to.equal(false);
      }
    });
  });

  describe('the guide', () => {
    async function openGuide(answers = completeAnswers({ 'opioid-use': 'yes', 'opioid-kinds': ['tramadol'], 'opioid-pattern': 'regular' })) {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: SAVED_PROGRESS_VERSION, step: 'guide', returnToReview: false, answers }));
      try {
        const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid save></ldn-decision-aid>`);
        await settle(el);
        expect(stepOf(el)).to.equal('guide');
        return el;
      } finally {
        localStorage.removeItem(STORAGE_KEY);
      }
    }

    it('is structured by headings: the page heading, one per section, one per item, never skipping a level', async () => {
      const el = await openGuide();
      const headings = [...root(el).querySelectorAll<HTMLElement>('h2, h3, h4')].filter((h) => h.offsetParent !== null);
      const levels = headings.map((h) => Number(h.tagName[1]));
      expect(levels[0]).to.equal(2);
      levels.forEach((level, i) => {
        if (i > 0) expect(level - levels[i - 1], `after "${headings[i - 1].textContent!.trim()}"`).to.be.at.most(1);
      });
      for (const section of root(el).querySelectorAll<HTMLElement>('section[data-section]')) {
        const label = root(el).getElementById(section.getAttribute('aria-labelledby')!);
        expect(label?.tagName, `section ${section.dataset.section} is named by its h3`).to.equal('H3');
      }
    });

    it('every table has a caption, column headers and row headers', async () => {
      const el = await openGuide();
      const tables = [...root(el).querySelectorAll('table')];
      expect(tables.length, 'the options table, and the symptom table when symptoms are rated').to.be.at.least(1);
      for (const table of tables) {
        expect(table.querySelector('caption')?.textContent?.trim(), 'caption').to.not.equal('');
        const columns = table.querySelectorAll('thead th[scope="col"]');
        expect(columns.length, 'column headers').to.be.at.least(2);
        for (const row of table.querySelectorAll('tbody tr')) {
          expect(row.querySelector('th[scope="row"]'), 'row header').to.exist;
          expect(row.children.length).to.equal(columns.length);
        }
      }
    });

    it('the safety section comes first and is read as important, without an alert that interrupts', async () => {
      const el = await openGuide();
      const first = root(el).querySelector<HTMLElement>('section[data-section]')!;
      expect(first.dataset.section).to.equal('safety');
      const heading = root(el).getElementById(first.getAttribute('aria-labelledby')!)!;
      expect(spoken(heading)).to.equal('Important: Safety first');
      expect(first.querySelector('[data-flag="opioid-withdrawal"]'), 'the withdrawal warning is in it').to.exist;
      expect(root(el).querySelectorAll('[role="alert"], [aria-live="assertive"]').length, 'nothing assertive').to.equal(0);
    });
  });
});
