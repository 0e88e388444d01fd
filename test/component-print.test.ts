/**
 * The guide on paper: each example patient's guide, printed to PDF on A4 by
 * Chromium from a host page (tested with the host page's own header and
 * footer, as Ctrl+P prints it, and with the Print button, which prints the
 * guide alone), read back page by page with pdftotext. At most four pages;
 * the clinician's summary starts a page of its own; no heading or caption is
 * left at the foot of a page; table rows are never split and a table's header
 * repeats; and the questions answered on the guide print as answers.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { writeSavedProgress } from '../src/flow/saved-progress.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { EXAMPLE_PATIENTS, type ExamplePatient } from './fixtures/patients.js';
import { openSaveOrPrint, root, settle } from './support/harness.js';

const MAX_PAGES = 4;
const KEY = 'print-test';

/** The patient's guide on a clinic's page, as restored progress: quicker than clicking through, and the same guide. */
async function hostPageWithGuide(answers: Answers): Promise<{ host: HTMLElement; el: LdnDecisionAid }> {
  sessionStorage.setItem(`ldn-decision-aid:progress:${KEY}`, writeSavedProgress({ step: 'guide', returnToReview: false, answers }));
  const host = await fixture<HTMLElement>(html`<div>
    <header><h1>Riverside POTS Clinic</h1></header>
    <p>Answer a few questions about your POTS and get a guide to bring to your visit.</p>
    <ldn-decision-aid save="session" storage-key=${KEY} clinic-name="Riverside POTS Clinic"></ldn-decision-aid>
    <footer>Riverside POTS Clinic, 1 High Street</footer>
  </div>`);
  sessionStorage.clear();
  const el = host.querySelector<LdnDecisionAid>('ldn-decision-aid')!;
  await settle(el);
  if (!root(el).querySelector('[data-section="clinician-summary"]')) throw new Error('the guide is not shown');
  return { host, el };
}

const printPages = async (name?: string) => (await executeServerCommand<{ pages: string[] }, { name?: string }>('print-pdf', { name })).pages;

const linesOf = (page: string) =>
  page
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Headings, captions and chart titles: none may be the last line of a page, cut off from what it introduces. */
function introducers(el: LdnDecisionAid): string[] {
  const shown = root(el).querySelectorAll('.guide .h-section, .guide .h-item, .guide caption, .guide .symptom-chart__title, .guide .printed-answer strong');
  return [...shown].map((node) => node.textContent!.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function expectWellBroken(pages: string[], el: LdnDecisionAid, label: string) {
  expect(pages.length, `${label}: pages`).to.be.at.most(MAX_PAGES);
  const summaryHeading = root(el).querySelector('#guide-clinician-summary')!.textContent!.trim();
  const summaryPage = pages.findIndex((page) => linesOf(page).includes(summaryHeading));
  expect(summaryPage, `${label}: "${summaryHeading}" is printed`).to.be.greaterThan(0);
  expect(linesOf(pages[summaryPage]!)[0], `${label}: the clinician's summary starts page ${summaryPage + 1}`).to.equal(summaryHeading);
  const heads = introducers(el);
  pages.slice(0, -1).forEach((page, i) => {
    const last = linesOf(page).at(-1) ?? '';
    const cut = heads.find((head) => head === last || head.endsWith(` ${last}`));
    expect(cut, `${label}: "${cut}" is left at the foot of page ${i + 1}`).to.equal(undefined);
  });
}

describe('The guide on paper (A4)', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  for (const name of Object.keys(EXAMPLE_PATIENTS) as ExamplePatient[]) {
    it(`${name}: at most ${MAX_PAGES} pages from the host page, the clinician's summary on a page of its own`, async () => {
      const { el } = await hostPageWithGuide(EXAMPLE_PATIENTS[name]());
      const pages = await printPages(name);
      expect(pages[0], 'the host page is printed too').to.include('Riverside POTS Clinic');
      expectWellBroken(pages, el, name);
      console.log(`${name}: ${pages.length} A4 pages`);
    });
  }

  it('with the Print button: the guide alone, within the same pages', async () => {
    const { el } = await hostPageWithGuide(EXAMPLE_PATIENTS['every-safety-concern']());
    const originalPrint = window.print;
    window.print = () => {};
    try {
      await openSaveOrPrint(el);
      root(el).querySelector<HTMLButtonElement>('[data-action="print"]')!.click();
      const pages = await printPages();
      expect(pages.join('\n'), 'the host page is left off').to.not.include('1 High Street');
      expectWellBroken(pages, el, 'Print button');
    } finally {
      window.print = originalPrint;
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('prints the leaning and the SURE answers as words, not as empty radio buttons', async () => {
    const { el } = await hostPageWithGuide({
      ...EXAMPLE_PATIENTS['nothing-notable'](),
      leaning: 'keep-current-plan',
      'sure-understand': 'yes',
      'sure-encouragement': 'no',
    });
    const text = (await printPages()).join('\n').replace(/\s+/g, ' ');
    expect(text).to.include('Which option are you leaning toward? Keeping my current plan for now');
    expect(text).to.include('Do you know the benefits and risks of each option? Yes');
    expect(text).to.include('Do you have enough support and advice to make a choice? No');
    expect(text).to.include('Do you feel sure about the best choice for you? Not answered yet');
    await emulateMedia({ media: 'print' });
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.length, 'the guide asks on screen').to.be.greaterThan(0);
    expect(
      radios.filter((radio) => radio.getClientRects().length > 0),
      'radio buttons on paper',
    ).to.deep.equal([]);
  });

  it('keeps each table row and figure whole, and repeats a table header on the next page', async () => {
    const { el } = await hostPageWithGuide(EXAMPLE_PATIENTS['tramadol-sometimes']());
    await emulateMedia({ media: 'print' });
    const style = (selector: string) => getComputedStyle(root(el).querySelector(selector)!);
    expect(style('[data-options] thead').display).to.equal('table-header-group');
    expect(style('[data-options] tbody tr').breakInside).to.equal('avoid');
    expect(style('[data-chart="symptoms"]').breakInside).to.equal('avoid');
    expect(style('.guide .h-section').breakAfter).to.equal('avoid');
  });
});
