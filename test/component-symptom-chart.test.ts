/**
 * The symptom chart in the guide: a bar per rated symptom, the same values in
 * a table for screen readers, and a picture that follows the theme, prints,
 * survives forced colours, reflows at 320 px and grows from the inline start.
 */
import 'axe-core/axe.min.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import type * as Axe from 'axe-core';
import type { Answers } from '../src/questionnaire/answers.js';
import { STORAGE_KEY } from '../src/components/controllers/progress-store.js';
import { guideDocument } from '../src/content/guide/document.js';
import { guideToText } from '../src/export/text.js';
import { writeSavedProgress } from '../src/flow/saved-progress.js';
import { buildGuide } from '../src/guide/build-guide.js';
import { activateLocale } from '../src/i18n/localization.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { completeAnswers, symptoms } from './fixtures/patients.js';
import { root, settle, stepOf } from './support/harness.js';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

const RATED = completeAnswers({
  ...symptoms({ 'racing-heart': 'moderate', fatigue: 'severe', 'brain-fog': 'severe', pain: 'mild' }),
  'worst-symptom': ['fatigue'],
});
/** Most severe first; equal ratings keep the questionnaire's order. */
const ORDER = ['fatigue', 'brain-fog', 'racing-heart', 'pain'];
const WORDS = ['Severe', 'Severe', 'Moderate', 'Mild'];

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Opens the guide straight away, as a reload on the guide does with saving on. */
async function guideFor(a: Answers, dir?: 'rtl'): Promise<LdnDecisionAid> {
  localStorage.setItem(STORAGE_KEY, writeSavedProgress({ step: 'guide', returnToReview: false, answers: a }));
  // The widget's direction follows its locale: right to left is the ar-XB pseudo-locale.
  const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid save locale=${dir ? 'ar-XB' : 'en'}></ldn-decision-aid>`);
  await settle(el);
  if (dir) await waitUntil(() => root(el).querySelector('.container')?.getAttribute('dir') === dir, 'the ar-XB locale did not load', { timeout: 5000 });
  expect(stepOf(el)).to.equal('guide');
  return el;
}

const chartOf = (el: LdnDecisionAid) => root(el).querySelector<HTMLElement>('[data-section="situation"] .symptom-chart');
const rowsOf = (el: LdnDecisionAid) => [...chartOf(el)!.querySelectorAll<HTMLElement>('.symptom-chart__row[data-symptom]')];
const fillOf = (row: HTMLElement) => row.querySelector<SVGRectElement>('.symptom-chart__fill')!;
const text = (node: Element | null) => node?.textContent?.trim() ?? '';

describe('guide: the symptom chart', () => {
  afterEach(async () => {
    localStorage.removeItem(STORAGE_KEY);
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
    await activateLocale('en');
  });

  it('shows one bar per rated symptom in the situation section, most severe first, longer for worse symptoms', async () => {
    const el = await guideFor(RATED);
    const rows = rowsOf(el);
    expect(rows.map((r) => r.dataset.symptom)).to.deep.equal(ORDER);
    expect(rows.map((r) => text(r.querySelector('.symptom-chart__value')))).to.deep.equal(WORDS);
    expect(text(rows[0].querySelector('.symptom-chart__label'))).to.equal('Fatigue');
    const widths = rows.map((r) => fillOf(r).getBoundingClientRect().width);
    expect(widths[0]).to.be.closeTo(widths[1], 0.5);
    expect(widths[1]).to.be.greaterThan(widths[2]);
    expect(widths[2]).to.be.greaterThan(widths[3]);
    expect(widths[3]).to.be.greaterThan(0);
    // A severe bar fills the whole track: length is proportional to severity.
    const track = rows[0].querySelector('.symptom-chart__track')!.getBoundingClientRect().width;
    expect(widths[0]).to.be.closeTo(track, 0.5);
    expect(widths[2]).to.be.closeTo((track * 2) / 3, 0.5);
    // The scale names the severity steps in words.
    expect([...chartOf(el)!.querySelectorAll('.symptom-chart__scale-levels span')].map(text)).to.deep.equal(['Mild', 'Moderate', 'Severe']);
  });

  it('replaces the old text list: no symptom list repeats the chart on screen', async () => {
    const el = await guideFor(RATED);
    const situation = root(el).querySelector('[data-section="situation"]')!;
    expect(situation.querySelectorAll('.list').length, 'only the "tried" list (none here) may remain').to.equal(0);
    expect(situation.textContent).not.to.contain('Fatigue: Severe');
  });

  it('has a table with a caption, column headers and row headers, holding the same values as the chart', async () => {
    const el = await guideFor(RATED);
    const table = chartOf(el)!.querySelector('table')!;
    expect(table.closest('.visually-hidden'), 'hidden from sight, read by screen readers').to.exist;
    expect(text(table.querySelector('caption'))).to.equal('Your symptoms in the last two weeks');
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
    const bodyRows = [...table.querySelectorAll('tbody tr')];
    expect(bodyRows.map((tr) => tr.querySelector('th')?.getAttribute('scope'))).to.deep.equal(ORDER.map(() => 'row'));
    const tableValues = bodyRows.map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))]);
    const chartValues = rowsOf(el).map((r) => [text(r.querySelector('.symptom-chart__label')), text(r.querySelector('.symptom-chart__value'))]);
    expect(tableValues).to.deep.equal(chartValues);
  });

  // The Chrome launcher registers no a11y-snapshot command, so this checks the
  // markup that decides the tree, and lets axe-core judge the result.
  it('keeps the picture out of the accessibility tree; screen readers get the table instead', async () => {
    const el = await guideFor(RATED);
    const chart = chartOf(el)!;
    const svgs = [...chart.querySelectorAll('svg')];
    expect(svgs.length).to.equal(ORDER.length);
    for (const svg of svgs)
      expect(svg.closest('[aria-hidden="true"]'), 'every SVG is inside aria-hidden').to.equal(chart.querySelector('.symptom-chart__figure'));
    expect(
      chart.querySelectorAll('.symptom-chart__figure [tabindex], .symptom-chart__figure a, .symptom-chart__figure button').length,
      'nothing focusable hidden',
    ).to.equal(0);
    const table = chart.querySelector('table')!;
    expect(table.closest('[aria-hidden]'), 'the table is not hidden from screen readers').to.equal(null);
    expect(getComputedStyle(table).display).to.equal('table');
    expect(getComputedStyle(table).visibility).to.equal('visible');
    const results = await window.axe.run(
      { include: [{ fromShadowDom: ['ldn-decision-aid', '.symptom-chart'] }] },
      { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] },
    );
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).to.deep.equal([]);
    expect(results.passes.length + results.incomplete.length, 'axe looked at the chart').to.be.greaterThan(0);
  });

  it('leaves axe nothing to flag in the whole guide around it, left to right and right to left', async () => {
    for (const dir of [undefined, 'rtl'] as const) {
      const el = await guideFor(RATED, dir);
      const results = await window.axe.run(el, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
      expect(results.violations.map((v) => `${dir ?? 'ltr'} ${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).to.deep.equal([]);
      el.remove();
    }
  });

  it('shows no chart and no table when no symptom was rated above "none"', async () => {
    const el = await guideFor(completeAnswers());
    expect(root(el).querySelector('.symptom-chart')).to.equal(null);
    expect(root(el).querySelector('[data-section="situation"] table')).to.equal(null);
  });

  it('colours the bars from the theme: --ldn-color-accent on the host', async () => {
    const el = await guideFor(RATED);
    el.style.setProperty('--ldn-color-accent', 'rgb(122, 31, 61)');
    expect(getComputedStyle(fillOf(rowsOf(el)[0])).fill).to.equal('rgb(122, 31, 61)');
  });

  it('prints: visible, black bars on white, outlines drawn', async () => {
    const el = await guideFor(RATED);
    await emulateMedia({ media: 'print' });
    const figure = chartOf(el)!.querySelector('.symptom-chart__figure')!;
    expect(getComputedStyle(figure).display).to.equal('grid');
    const fill = fillOf(rowsOf(el)[0]);
    expect(fill.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(getComputedStyle(fill).fill).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(rowsOf(el)[0].querySelector('.symptom-chart__track')!).stroke).to.equal('rgb(0, 0, 0)');
  });

  it('draws its bars and tracks in system colours in forced-colours mode (emulated)', async () => {
    await executeServerCommand('emulate-media-features', { 'forced-colors': 'active' });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const el = await guideFor(RATED);
      const row = rowsOf(el)[0];
      const fill = getComputedStyle(row.querySelector('.symptom-chart__fill')!).fill;
      const track = getComputedStyle(row.querySelector('.symptom-chart__track')!).stroke;
      const canvas = getComputedStyle(el).backgroundColor;
      expect(fill, 'bar painted, not transparent').to.not.match(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
      expect(fill, 'bar differs from the background').to.not.equal(canvas);
      expect(track, 'track outlined').to.not.match(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
    } finally {
      await executeServerCommand('emulate-media-features', { 'forced-colors': '' });
    }
  });

  it('reflows at 320 CSS px: nothing sticks out sideways, names above their bars', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await guideFor(RATED);
    const chart = chartOf(el)!;
    const box = chart.getBoundingClientRect();
    expect(box.width).to.be.at.most(320);
    for (const part of chart.querySelectorAll('.symptom-chart__figure *')) {
      const r = part.getBoundingClientRect();
      expect(r.left, `${part.className} left`).to.be.at.least(box.left - 1);
      expect(r.right, `${part.className} right`).to.be.at.most(box.right + 1);
    }
    const row = rowsOf(el)[2];
    const label = row.querySelector('.symptom-chart__label')!.getBoundingClientRect();
    const bar = row.querySelector('svg')!.getBoundingClientRect();
    expect(label.bottom).to.be.at.most(bar.top + 1);
    expect(bar.width).to.be.greaterThan(150);
  });

  it('grows bars from the inline start: the left in left-to-right, the right in a right-to-left locale', async () => {
    for (const dir of [undefined, 'rtl'] as const) {
      const el = await guideFor(RATED, dir);
      const row = rowsOf(el)[3]; // mild: a third of the track
      const bar = row.querySelector('svg')!.getBoundingClientRect();
      const fill = fillOf(row).getBoundingClientRect();
      const label = row.querySelector('.symptom-chart__label')!.getBoundingClientRect();
      if (dir === 'rtl') {
        expect(fill.right, 'rtl: bar starts at the right').to.be.closeTo(bar.right, 1);
        expect(fill.left).to.be.greaterThan(bar.left + bar.width / 2);
        expect(label.left, 'rtl: name to the right of the bar').to.be.at.least(bar.right);
      } else {
        expect(fill.left, 'ltr: bar starts at the left').to.be.closeTo(bar.left, 1);
        expect(fill.right).to.be.lessThan(bar.left + bar.width / 2);
        expect(label.right, 'ltr: name to the left of the bar').to.be.at.most(bar.left);
      }
      el.remove();
    }
  });

  it('the text export lists every rating under the chart caption', () => {
    const textExport = guideToText(guideDocument(buildGuide(RATED), 'en'));
    expect(textExport).to.contain(
      'Your symptoms in the last two weeks\n- Fatigue: Severe\n- Brain fog: Severe\n- Racing heart on standing: Moderate\n- Pain: Mild\n',
    );
    expect(guideToText(guideDocument(buildGuide(completeAnswers()), 'en'))).not.to.contain('Your symptoms in the last two weeks');
  });
});
