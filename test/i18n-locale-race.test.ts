/**
 * Locale loads that overlap or fail: the locale shown is the last one asked
 * for once the loads have settled, and asking again for a locale whose load
 * failed tries again. The loaders are swapped for ones the test holds or fails
 * (the generated `loaders` object is read at each load).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LocaleModule } from '@lit/localize';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { activateLocale, currentLocale } from '../src/i18n/localization.js';
import { loaders } from '../src/i18n/generated/locale-loaders.js';
import { localeShown } from './support/direction.js';
import { settle } from './support/harness.js';

type Loader = () => Promise<LocaleModule>;
const original = { ...loaders };

/** The Spanish loader, held until `release()` (or failed by `fail()`). */
function holdSpanish(): { release: () => void; fail: () => void } {
  let release!: () => void;
  let fail!: () => void;
  const gate = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = () => reject(new Error('planted: the Spanish file did not load'));
  });
  gate.catch(() => undefined);
  (loaders as Record<string, Loader>).es = () => gate.then(original.es);
  return { release, fail };
}

const langShown = (el: LdnDecisionAid) => el.shadowRoot!.querySelector('.container')!.getAttribute('lang');
/** Lets every pending load (and its re-render) finish. */
const loadsSettle = async (el: LdnDecisionAid) => {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settle(el);
  }
};

async function quietly<T>(body: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return { result: await body(), warnings };
  } finally {
    console.warn = warn;
  }
}

describe('<ldn-decision-aid locale>: loads that overlap or fail', () => {
  afterEach(async () => {
    Object.assign(loaders, original);
    await activateLocale('en');
  });

  it('"es" then "en" while Spanish is still loading ends in English, as the attribute says', async () => {
    const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid></ldn-decision-aid>`);
    const spanish = holdSpanish();
    el.locale = 'es';
    await settle(el);
    el.locale = 'en';
    await settle(el);
    spanish.release();
    await loadsSettle(el);
    expect(currentLocale()).to.equal('en');
    expect(langShown(el)).to.equal('en');
    expect(el.getAttribute('locale')).to.equal('en');
  });

  it('"es", "fr", "es" in quick succession ends in Spanish', async () => {
    const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid></ldn-decision-aid>`);
    const spanish = holdSpanish();
    for (const locale of ['es', 'fr', 'es']) {
      el.locale = locale;
      await settle(el);
    }
    spanish.release();
    await localeShown(el, 'es');
    await loadsSettle(el);
    expect(langShown(el)).to.equal('es');
  });

  it('a failed load keeps the text as it was, with a warning; asking for that locale again tries again', async () => {
    const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid></ldn-decision-aid>`);
    const spanish = holdSpanish();
    const { warnings } = await quietly(async () => {
      el.locale = 'es';
      await settle(el);
      spanish.fail();
      await loadsSettle(el);
    });
    expect(langShown(el)).to.equal('en');
    expect(warnings.filter((w) => w.includes('could not load locale "es"'))).to.have.length(1);
    // The file is back (a network blip): English, then Spanish again, loads it.
    Object.assign(loaders, original);
    el.removeAttribute('locale');
    await loadsSettle(el);
    el.locale = 'es';
    await waitUntil(() => langShown(el) === 'es', 'Spanish was asked for again but never loaded', { timeout: 5000 });
    expect(currentLocale()).to.equal('es');
  });

  it('a failed load while another widget asks for English leaves both in English', async () => {
    const [a, b] = await Promise.all([
      fixture<LdnDecisionAid>(html`<ldn-decision-aid></ldn-decision-aid>`),
      fixture<LdnDecisionAid>(html`<ldn-decision-aid></ldn-decision-aid>`),
    ]);
    const spanish = holdSpanish();
    await quietly(async () => {
      a.locale = 'es';
      await settle(a);
      b.locale = 'en';
      await settle(b);
      spanish.fail();
      await loadsSettle(a);
    });
    expect([currentLocale(), langShown(a), langShown(b)]).to.deep.equal(['en', 'en', 'en']);
  });
});
