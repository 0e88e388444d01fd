/**
 * The `locale` attribute, live switching and right to left, mostly with the
 * pseudo-locales (en-XA accented and longer, ar-XB right to left), whose text
 * shows at a glance which locale rendered it; the shipped translations are
 * swept screen by screen in i18n-shipped-locales.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { activateLocale, currentLocale } from '../src/i18n/localization.js';
import { choose, continueOn, headingOf, inputFor, root, settle, stepOf } from './support/harness.js';
import { localeShown } from './support/direction.js';

/** Letters the en-XA pseudo-locale uses and English does not. */
const PSEUDO_ACCENTS = /[\u0100-\u024f]/;
/** The right-to-left override each ar-XB word is wrapped in. */
const RLO = '\u202e';

const container = (el: LdnDecisionAid) => root(el).querySelector<HTMLElement>('.container')!;
const headingText = (el: LdnDecisionAid) => headingOf(el).textContent!.replace(/\s+/g, ' ').trim();

async function mount(locale?: string): Promise<LdnDecisionAid> {
  const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid locale=${locale ?? (undefined as unknown as string)}></ldn-decision-aid>`);
  await settle(el);
  return el;
}

/** Records console.warn calls while `body` runs. */
async function warningsDuring(body: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('<ldn-decision-aid locale>: choosing the locale', () => {
  afterEach(async () => {
    document.documentElement.removeAttribute('lang');
    delete (navigator as { languages?: unknown }).languages;
    await activateLocale('en');
  });

  it('shows English, lang="en" and dir="ltr" without a locale on an English browser', async () => {
    const el = await mount();
    expect(currentLocale()).to.equal('en');
    expect(container(el).lang).to.equal('en');
    expect(container(el).dir).to.equal('ltr');
    expect(headingText(el)).to.not.match(PSEUDO_ACCENTS);
  });

  it('renders the en-XA pseudo-locale from the attribute: accented, longer text, lang follows', async () => {
    const englishWidget = await mount();
    const english = headingText(englishWidget);
    // One widget at a time: two asking for different locales is the last test's subject.
    englishWidget.remove();
    const el = await mount('en-XA');
    await localeShown(el, 'en-XA');
    expect(headingText(el)).to.match(PSEUDO_ACCENTS);
    expect(headingText(el).length).to.be.greaterThan(english.length);
    expect(container(el).lang).to.equal('en-XA');
    expect(container(el).dir).to.equal('ltr');
    // The host page's own attributes are left alone.
    expect(el.hasAttribute('lang')).to.equal(false);
    expect(el.hasAttribute('dir')).to.equal(false);
  });

  it("takes the page's <html lang> without the attribute", async () => {
    document.documentElement.lang = 'en-XA';
    const el = await mount();
    await localeShown(el, 'en-XA');
    expect(headingText(el)).to.match(PSEUDO_ACCENTS);
  });

  it('follows the page when it changes <html lang> in place', async () => {
    document.documentElement.lang = 'en';
    const el = await mount();
    document.documentElement.lang = 'en-XA';
    await localeShown(el, 'en-XA');
    expect(headingText(el)).to.match(PSEUDO_ACCENTS);
  });

  it('shows a machine-drafted translation only when the locale attribute asks for it, and then says what it is', async () => {
    document.documentElement.lang = 'es';
    const el = await mount();
    await settle(el);
    expect(container(el).lang, 'the page language alone does not choose a draft').to.equal('en');
    expect(root(el).querySelector('[data-draft-notice]')).to.equal(null);
    el.locale = 'es';
    await localeShown(el, 'es');
    const notice = root(el).querySelector('[data-draft-notice]');
    expect(notice?.textContent).to.include('Esta traducción la hizo un programa informático.');
    await continueOn(el);
    expect(root(el).querySelector('[data-draft-notice]'), 'on the first page and the guide only').to.equal(null);
  });

  it('keeps its locale attribute when the page changes <html lang>', async () => {
    const el = await mount('de');
    await localeShown(el, 'de');
    document.documentElement.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve, 100));
    await settle(el);
    expect(currentLocale()).to.equal('de');
    expect(container(el).lang).to.equal('de');
  });

  it("then the browser's languages (navigator.languages stubbed)", async () => {
    // Japanese is not shipped, and German is a machine draft, which only the attribute can choose.
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['ja-JP', 'de-DE', 'ar-XB', 'en'] });
    const el = await mount();
    await localeShown(el, 'ar-XB');
    expect(container(el).dir).to.equal('rtl');
  });

  it('falls back from a region to its language, with no warning', async () => {
    const warnings = await warningsDuring(async () => {
      const el = await mount('en-GB');
      expect(container(el).lang).to.equal('en');
      el.locale = 'es-MX';
      await localeShown(el, 'es');
      expect(headingText(el)).to.equal('Hablar sobre la naltrexona en dosis baja (LDN) para el POTS');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('shows English for an unknown locale, with one console warning per element', async () => {
    let el!: LdnDecisionAid;
    const warnings = await warningsDuring(async () => {
      el = await mount('tlh');
      el.locale = 'xx-YY';
      await settle(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('"tlh"');
    expect(currentLocale()).to.equal('en');
    expect(container(el).lang).to.equal('en');
  });
});

describe('<ldn-decision-aid locale="ar-XB">: right to left inside the widget on a left-to-right page', () => {
  afterEach(() => activateLocale('en'));

  it('sets dir="rtl" on the container and mirrors the layout', async () => {
    expect(getComputedStyle(document.documentElement).direction).to.equal('ltr');
    const el = await mount('ar-XB');
    await localeShown(el, 'ar-XB');
    await continueOn(el);
    expect(stepOf(el)).to.equal('condition');
    expect(container(el).dir).to.equal('rtl');
    expect(getComputedStyle(container(el)).direction).to.equal('rtl');
    expect(headingText(el)).to.include(RLO);
    // Back and Continue start at the right edge in right-to-left, and Back's chevron points right, away from the text.
    const edge = container(el).getBoundingClientRect().right;
    for (const action of ['back', 'continue']) {
      const box = root(el).querySelector(`[data-action="${action}"]`)!.getBoundingClientRect();
      expect(edge - box.right, `${action} at the right`).to.be.below(40);
    }
    const backLink = root(el).querySelector('[data-action="back"]')!;
    // rotate(45deg), pointing right; left to right it is rotate(-45deg): matrix(0.707107, -0.707107, …).
    const [, sine] = getComputedStyle(backLink, '::before')
      .transform.match(/-?[\d.]+/g)!
      .map(Number);
    expect(sine, 'the chevron points right').to.be.greaterThan(0);
    // A radio stands to the right of its label's text.
    const radio = inputFor(el, 'diagnosis', 'diagnosed');
    const label = radio.closest('label') ?? root(el).querySelector(`label[for="${radio.id}"]`)!;
    const text = [...label.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) ?? label;
    const range = document.createRange();
    range.selectNodeContents(text);
    expect(radio.getBoundingClientRect().left).to.be.greaterThan(range.getBoundingClientRect().left);
  });
});

describe('<ldn-decision-aid>: switching locale live', () => {
  afterEach(() => activateLocale('en'));

  it('re-renders in the new locale and keeps the answers, the step and focus', async () => {
    const el = await mount();
    await continueOn(el);
    await choose(el, 'diagnosis', 'diagnosed');
    const english = headingText(el);
    const radio = inputFor(el, 'diagnosis', 'diagnosed');
    radio.focus();

    el.locale = 'en-XA';
    await localeShown(el, 'en-XA');
    expect(stepOf(el)).to.equal('condition');
    expect(headingText(el)).to.not.equal(english);
    expect(headingText(el)).to.match(PSEUDO_ACCENTS);
    expect(inputFor(el, 'diagnosis', 'diagnosed').checked).to.equal(true);
    expect(root(el).activeElement).to.equal(radio);
    expect(container(el).lang).to.equal('en-XA');

    el.locale = 'ar-XB';
    await localeShown(el, 'ar-XB');
    expect(container(el).dir).to.equal('rtl');
    expect(inputFor(el, 'diagnosis', 'diagnosed').checked).to.equal(true);
    expect(stepOf(el)).to.equal('condition');

    el.removeAttribute('locale');
    await localeShown(el, 'en');
    expect(headingText(el)).to.equal(english);
    expect(container(el).dir).to.equal('ltr');
  });

  it('keeps the placeholders of a pseudo-localized message (the progress caption)', async () => {
    const el = await mount('en-XA');
    await localeShown(el, 'en-XA');
    await continueOn(el);
    expect(headingText(el)).to.match(/1.*6|1.*7/);
  });
});

describe('two widgets with different locales on one page', () => {
  afterEach(() => activateLocale('en'));

  it('the widget that asks last sets the locale for both, with one console warning for the page', async () => {
    let first!: LdnDecisionAid;
    let second!: LdnDecisionAid;
    const warnings = await warningsDuring(async () => {
      first = await mount('en-XA');
      await localeShown(first, 'en-XA');
      second = await mount('ar-XB');
      await localeShown(second, 'ar-XB');
      await localeShown(first, 'ar-XB');
      first.locale = 'en';
      await localeShown(first, 'en');
      await localeShown(second, 'en');
    });
    expect(headingText(second)).to.not.match(PSEUDO_ACCENTS);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('different locales');
  });
});
