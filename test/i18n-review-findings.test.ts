/**
 * What an independent review of the translations found, kept fixed: the
 * notice of a translation not yet clinically signed off is as visible as a
 * safety flag and sends the patient to the clinic; the Arabic guide shows no
 * English outside elements marked as English, and its English citations keep
 * their punctuation in place; source ids never break after their comma; and
 * a language's own opioid names come from content data (S18), not from the
 * translation. The wording rules (glossary, numbers, punctuation) are held by
 * `npm run i18n:check` (scripts/i18n/text-rules.mjs).
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { activateLocale, sourceLocale } from '../src/i18n/localization.js';
import { machineTranslationNotice } from '../src/content/translation-notice.js';
import { LOCAL_OPIOIDS } from '../src/content/locale-data/opioids.js';
import { EXAMPLE_PATIENTS } from './fixtures/patients.js';
import { localeShown } from './support/direction.js';
import { answerOpenQuestions, continueOn, root, settle, stepOf } from './support/harness.js';
import { showGuideFor } from './support/screens.js';

async function mount(locale: string): Promise<LdnDecisionAid> {
  const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid locale=${locale}></ldn-decision-aid>`);
  await localeShown(el, locale);
  return el;
}

async function guideOf(locale: string, patient: keyof typeof EXAMPLE_PATIENTS): Promise<LdnDecisionAid> {
  const el = await mount(locale);
  await showGuideFor(el, EXAMPLE_PATIENTS[patient]());
  await waitUntil(() => root(el).querySelector('section[data-section]'), 'the guide is not shown');
  await settle(el);
  return el;
}

/** The look that makes a box a warning: its background and its inline-start border. */
const boxStyle = (element: Element) => {
  const style = getComputedStyle(element);
  return [style.backgroundColor, style.borderInlineStartWidth, style.borderInlineStartStyle, style.borderInlineStartColor];
};

describe('the notice of a translation not yet clinically signed off', () => {
  afterEach(() => fixtureCleanup());
  after(() => activateLocale(sourceLocale));

  it('is a warning box that looks like a safety flag, on the first page and above the guide', async () => {
    const el = await guideOf('es', 'tramadol-regularly');
    const notice = root(el).querySelector('[data-draft-notice]')!;
    const flag = root(el).querySelector('[part="safety-flag"]')!;
    expect(notice, 'above the guide').to.exist;
    expect(boxStyle(notice)).to.deep.equal(boxStyle(flag));
    expect(boxStyle(notice)[0], 'a background, not the page').to.not.equal(getComputedStyle(root(el).querySelector('.container')!).backgroundColor);
  });

  it('sends the patient to the clinic, never to an English version they may not read', async () => {
    await activateLocale(sourceLocale);
    expect(machineTranslationNotice()).to.match(/ask your clinic/);
    expect(machineTranslationNotice()).to.not.match(/English/);
    const words = { es: /ingl[eé]s/i, fr: /anglais/i, de: /englisch/i, ar: /الإنجليزي/ };
    for (const [locale, english] of Object.entries(words)) {
      const el = await mount(locale);
      expect(root(el).querySelector('[data-draft-notice]')?.textContent, locale).to.not.match(english);
      fixtureCleanup();
    }
  });
});

describe('the Arabic guide', function () {
  this.timeout(120_000);
  afterEach(() => fixtureCleanup());
  after(() => activateLocale(sourceLocale));

  /** Words in Latin letters that are not in an element marked as English (lang="en"). */
  async function latinOutsideEnglish(el: LdnDecisionAid): Promise<string[]> {
    const glossary = (await (await fetch('/locales/glossary.json')).json()) as { names: { list: string[] } };
    const names = new Set(glossary.names.list);
    const found: string[] = [];
    const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('style, [lang|="en"]')) continue;
      for (const [word] of node.textContent!.matchAll(/[A-Za-z][A-Za-z0-9/.-]*/g)) {
        // Abbreviations and codes in capitals (LDN, POTS, FDA, S13, NCT05363514) and brand names are not English text.
        if (/^[A-Z0-9/.-]+$/.test(word) || names.has(word.replace(/\.$/, ''))) continue;
        found.push(word);
      }
    }
    return found;
  }

  it('has no English outside elements marked as English, for any example patient', async () => {
    const problems: string[] = [];
    for (const patient of Object.keys(EXAMPLE_PATIENTS) as (keyof typeof EXAMPLE_PATIENTS)[]) {
      const el = await guideOf('ar', patient);
      const latin = await latinOutsideEnglish(el);
      if (latin.length) problems.push(`${patient}: ${latin.join(' ')}`);
      fixtureCleanup();
    }
    expect(problems).to.deep.equal([]);
  });

  it('the check itself: English typed into the Arabic is found', async () => {
    const el = await guideOf('ar', 'nothing-notable');
    root(el).querySelector('.sources li')!.append(document.createTextNode(' Source article for this guide.'));
    expect(await latinOutsideEnglish(el)).to.deep.equal(['Source', 'article', 'for', 'this', 'guide.']);
  });

  it('marks each citation as English, isolated left to right, with its final period inside', async () => {
    const el = await guideOf('ar', 'every-safety-concern');
    const items = [...root(el).querySelectorAll('.sources li')];
    expect(items.length).to.be.greaterThan(5);
    for (const item of items) {
      const citation = item.querySelector('[lang="en"]')!;
      expect(citation.getAttribute('dir'), item.id).to.equal('ltr');
      expect(getComputedStyle(citation).unicodeBidi, item.id).to.equal('isolate');
      expect(citation.textContent!.trim(), item.id).to.match(/[.\w)]$/);
    }
    const s0 = root(el).querySelector('#source-S0')!;
    expect(s0.querySelector('[lang="en"]')!.textContent).to.equal('Understanding the Off-Label Use of Low-Dose Naltrexone (LDN).');
    expect(s0.textContent, 'the note after it is translated').to.contain('المقال الذي يستند إليه هذا الدليل.');
  });
});

describe('source ids after a statement', () => {
  afterEach(() => fixtureCleanup());

  it('are joined by a comma and a no-break space, so "S3)" never starts a line alone', async () => {
    const el = await guideOf('en', 'every-safety-concern');
    const cites = [...root(el).querySelectorAll('.cite')].map((c) => c.textContent!);
    const several = cites.filter((c) => c.includes(','));
    expect(several.length).to.be.greaterThan(0);
    for (const cite of several) expect(cite, cite).to.match(/^\s*\(Sources: S\d+(,\u00a0S\d+)+\)$/);
  });
});

describe('opioid names of a language (content data, S18)', () => {
  afterEach(() => fixtureCleanup());
  after(() => activateLocale(sourceLocale));

  /** The text of "Which medicines are opioids?" on the opioid page, in a locale. */
  const namesShown = async (locale: string) => {
    const el = await mount(locale);
    await continueOn(el);
    for (let i = 0; i < 5 && stepOf(el) !== 'opioids'; i++) {
      await answerOpenQuestions(el);
      await continueOn(el);
    }
    return root(el).querySelector('details .details__text')!.textContent!.replace(/\s+/g, ' ');
  };

  it('adds tilidine and dihydrocodeine to the German list, each from the WHO ATC opioid group', async () => {
    expect(LOCAL_OPIOIDS.de!.map((o) => [o.name, o.atc, o.sources.join()])).to.deep.equal([
      ['Tilidin', 'N02AX01', 'S18'],
      ['Dihydrocodein', 'N02AA08', 'S18'],
    ]);
    expect(await namesShown('de')).to.contain('Ebenfalls Opioide: Tilidin und Dihydrocodein.');
  });

  it('keeps the English list as it is', async () => {
    const english = await namesShown('en');
    expect(english).to.not.contain('Tilidin');
    expect(english).to.not.match(/Also opioids/);
  });
});
