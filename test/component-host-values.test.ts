/**
 * What a host page sets is untrusted: React 19 sets properties, so any
 * JavaScript value can arrive in any property. Each is coerced where that is
 * meaningful (a Date for `reviewDate`, a number for a name) or ignored with one
 * console warning, and nothing ever throws: the flow still runs to the guide.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { activateLocale } from '../src/i18n/localization.js';
import { clickAction, completeWithMouse, root, settle, stepOf } from './support/harness.js';
import { copyAndDownload } from './support/host-page.js';
import { HOST_SETTINGS } from './support/host-settings.js';

const PROPERTIES = HOST_SETTINGS;

/** Values of every JavaScript type a host could hand over by mistake. */
const ODD_VALUES: [string, () => unknown][] = [
  ['a number', () => 42],
  ['NaN', () => NaN],
  ['a BigInt', () => 7n],
  ['true', () => true],
  ['false', () => false],
  ['null', () => null],
  ['an object', () => ({ name: 'Riverside' })],
  ['an object without a prototype', () => Object.create(null) as object],
  ['an array', () => ['Riverside']],
  ['a Date', () => new Date(2025, 0, 15)],
  ['an invalid Date', () => new Date('nope')],
  ['a Symbol', () => Symbol('clinic')],
  ['a function', () => () => 'Riverside'],
  [
    'an object whose toString throws',
    () => ({
      toString: () => {
        throw new Error('planted');
      },
    }),
  ],
];

interface Watch {
  warnings: string[];
  errors: string[];
  stop: () => void;
}

/** Collects console warnings and uncaught errors (Lit reports a failed update as an unhandled rejection). */
function watch(): Watch {
  const warnings: string[] = [];
  const errors: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map((a) => (typeof a === 'string' ? a : Object.prototype.toString.call(a))).join(' '));
  const onError = (e: ErrorEvent) => {
    errors.push(String(e.message));
    e.preventDefault();
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    errors.push(String((e.reason as Error)?.message ?? e.reason));
    e.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    warnings,
    errors,
    stop: () => {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('<ldn-decision-aid> properties set to any value', function () {
  this.timeout(120_000);
  afterEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    await activateLocale('en');
  });

  for (const property of PROPERTIES) {
    it(`${property}: every kind of value, set before and after the element is on the page, never throws; the flow reaches the guide, with at most one warning`, async () => {
      const problems: string[] = [];
      for (const [name, make] of ODD_VALUES) {
        const w = watch();
        try {
          const el = document.createElement('ldn-decision-aid') as LdnDecisionAid;
          // Its own key (made from the id): test files in other tabs save under the default key in the same storage.
          el.id = `host-values-${property}`;
          (el as unknown as Record<string, unknown>)[property] = make();
          const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
          wrapper.append(el);
          await settle(el);
          await tick();
          (el as unknown as Record<string, unknown>)[property] = make();
          await settle(el);
          await completeWithMouse(el);
          await tick();
          if (stepOf(el) !== 'guide') problems.push(`${name}: stopped on ${stepOf(el)}`);
          const [response, questionnaire] = await Promise.all([el.toQuestionnaireResponse(), el.questionnaire()]);
          if (response.questionnaire !== `${questionnaire.url}|${questionnaire.version}` || !URL.canParse(questionnaire.url!))
            problems.push(`${name}: the FHIR resources name ${String(response.questionnaire)}`);
          if (!root(el).querySelector('[data-flag="opioid-withdrawal"]')) problems.push(`${name}: no guide shown`);
          el.remove();
        } catch (error) {
          problems.push(`${name}: threw ${(error as Error).message}`);
        } finally {
          w.stop();
        }
        if (w.errors.length) problems.push(`${name}: uncaught ${w.errors.join('; ')}`);
        const about = w.warnings.filter((x) => x.includes('ldn-decision-aid'));
        if (about.length > 1) problems.push(`${name}: ${about.length} warnings: ${about.join(' | ')}`);
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('step, answers and guide are read-only: setting them (as React does with any prop) changes nothing, with one warning each, and never throws', async () => {
    const w = watch();
    try {
      const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid></ldn-decision-aid>`);
      for (let i = 0; i < 2; i++) Object.assign(el, { step: 'guide', answers: { 'opioid-use': 'no' }, guide: {} });
      await settle(el);
      expect(el.step).to.equal('intro');
      expect(el.answers).to.deep.equal({});
      expect(el.guide).to.equal(undefined);
    } finally {
      w.stop();
    }
    expect(w.warnings.filter((x) => x.includes('read-only'))).to.have.length(3);
  });

  it('a 100,000-character clinic-name with no space shows its first 200 characters, with one warning, and never widens the widget', async () => {
    const w = watch();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"></div>`);
      const el = document.createElement('ldn-decision-aid') as LdnDecisionAid;
      el.setAttribute('clinic-name', 'R'.repeat(100_000));
      wrapper.append(el);
      await settle(el);
      const line = root(el).querySelector('.intro__clinic')!;
      expect(line.textContent!.match(/R+/)![0]).to.have.length(200);
      await completeWithMouse(el);
      const about = root(el).querySelector('section[data-section="about"]')!;
      expect(about.textContent!.match(/R+…/)![0]).to.have.length(201);
      const container = root(el).querySelector('.container')!;
      expect(container.scrollWidth).to.be.at.most(container.clientWidth);
    } finally {
      w.stop();
    }
    expect(w.warnings.filter((x) => x.includes('clinic-name'))).to.deep.equal([
      '<ldn-decision-aid>: clinic-name is 100000 characters long, more than 200, so only the first 200 characters are shown.',
    ]);
  });

  it('host text carries no bidi control into the copied or downloaded guide, where it could reorder the lines after it', async () => {
    const el = document.createElement('ldn-decision-aid') as LdnDecisionAid;
    const evil = 'Riverside \u202eknil\u202c \u2067POTS\u2069 Clinic\u200f';
    Object.assign(el, { clinicName: evil, funding: evil, conflicts: evil, reviewer: evil, reviewDate: '2025-01-15' });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await settle(el);
    await completeWithMouse(el);
    const { copied, downloaded } = await copyAndDownload(el);
    for (const text of [copied, downloaded]) {
      expect(text).to.include('Offered to you by Riverside knil POTS Clinic.');
      expect(text.match(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g)).to.equal(null);
    }
  });

  it('a Date for reviewDate is the calendar date it holds; a number for clinicName is its digits', async () => {
    const el = document.createElement('ldn-decision-aid') as LdnDecisionAid;
    Object.assign(el, { reviewer: 'Dr A. Example', reviewDate: new Date(2025, 0, 15), clinicName: 42 });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await settle(el);
    expect(root(el).textContent).to.include('Offered to you by 42.');
    await completeWithMouse(el);
    const about = root(el).querySelector('section[data-section="about"]')!.textContent!.replace(/\s+/g, ' ');
    expect(about).to.include('Dr A. Example');
    expect(about).to.include('January 15, 2025');
    expect(about).to.include('Offered to you by 42.');
  });

  it('reads the host’s settings once, and again only after the host changes one: not for each part of each update', async () => {
    let reads = 0;
    // A Date is read through getTime(): each read of the settings reads it once.
    class CountedDate extends Date {
      override getTime(): number {
        reads += 1;
        return super.getTime();
      }
    }
    const el = document.createElement('ldn-decision-aid') as LdnDecisionAid;
    Object.assign(el, { reviewer: 'Dr A. Example', reviewDate: new CountedDate(2025, 0, 15) });
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await settle(el);
    expect(reads, 'read for the first page').to.be.at.least(1);
    reads = 0;
    await completeWithMouse(el);
    await clickAction(el, 'back');
    expect(reads, 'the whole walk to the guide and back, with no setting changed').to.equal(0);
    el.reviewDate = new CountedDate(2024, 5, 1);
    await clickAction(el, 'continue');
    expect(reads, 'read again once it changed').to.equal(1);
    expect(root(el).querySelector('section[data-section="about"]')!.textContent!.replace(/\s+/g, ' ')).to.include('June 1, 2024');
  });
});
