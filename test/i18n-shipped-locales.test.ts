/**
 * Every shipped translation is complete where a patient sees it: each screen
 * the flow model reaches (pages, follow-ups, errors, the check page and the
 * guide's variants) is rendered in English and then, live, in each shipped
 * locale and pseudo-locale, and no text the English showed may still be there
 * in English, and no placeholder may show raw. Right to left in Arabic, axe and reflow at
 * 320 px are held by the screen sweeps (test/component-screens.test.ts).
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { activateLocale, sourceLocale } from '../src/i18n/localization.js';
import { templates as spanish } from '../src/i18n/generated/locales/es.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { COMPACT_SUMMARY_MAX_BYTES, compactSummaryText } from '../src/content/compact-summary.js';
import { utf8Bytes } from '../src/content/fit-lines.js';
import { SAFETY_FLAG_TEXT } from '../src/content/safety.js';
import { buildGuide } from '../src/guide/build-guide.js';
import fc from 'fast-check';
import { EXAMPLE_PATIENTS } from './fixtures/patients.js';
import { anyOtherAnswers, SAFETY_COMBINATION_COUNT, safetyCombinations, withAnswers } from './support/answers.js';
import { localeShown } from './support/direction.js';
import { root, settle, stepOf } from './support/harness.js';
import { reachableScreens, showScreen } from './support/screens.js';
import { isPhrase, keptAsEnglish, loadSameAsEnglish, PSEUDO_LOCALES, RAW_PLACEHOLDER, TRANSLATIONS } from './support/translations.js';

/** Every text node and accessible-name attribute the widget renders, whitespace collapsed. */
function shownText(el: LdnDecisionAid): string[] {
  const texts: string[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child instanceof Element) {
        if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(child.tagName) || child.matches('[lang|="en"]:not(.container)')) continue;
        for (const name of ['aria-label', 'title', 'alt', 'data-label']) {
          const value = child.getAttribute(name);
          if (value) texts.push(value);
        }
        visit(child);
      } else if (child.nodeType === Node.TEXT_NODE) texts.push(child.textContent ?? '');
    }
  };
  visit(root(el));
  return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

async function inLocale(el: LdnDecisionAid, locale: string): Promise<void> {
  el.locale = locale;
  await localeShown(el, locale);
}

describe('shipped translations', function () {
  this.timeout(240_000);
  before(loadSameAsEnglish);
  after(() => activateLocale(sourceLocale));

  it('include Spanish, French, German and Arabic', () => {
    expect(TRANSLATIONS).to.include.members(['ar', 'de', 'es', 'fr']);
  });

  it('leave no English text and no raw placeholder on any screen, the guide included', async () => {
    const screens = reachableScreens();
    const failures: string[] = [];
    for (const screen of screens) {
      const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid locale="en"></ldn-decision-aid>`);
      await inLocale(el, 'en');
      await showScreen(el, screen);
      expect(stepOf(el), screen.name).to.equal(screen.step);
      const english = new Set(shownText(el).filter(isPhrase));
      // The pseudo-locales too: English that does not go through msg() stays English in en-XA.
      for (const locale of [...TRANSLATIONS, ...PSEUDO_LOCALES]) {
        await inLocale(el, locale);
        const texts = shownText(el);
        const left = texts.filter((text) => english.has(text) && !keptAsEnglish(locale, text));
        const raw = texts.filter((text) => RAW_PLACEHOLDER.test(text));
        if (left.length) failures.push(`${locale} ${screen.name}: still English: ${left.map((t) => `"${t}"`).join(', ')}`);
        if (raw.length) failures.push(`${locale} ${screen.name}: raw placeholder: ${raw.map((t) => `"${t}"`).join(', ')}`);
      }
      fixtureCleanup();
    }
    expect(screens.some((s) => s.step === 'guide')).to.equal(true);
    expect(failures, `${failures.length} problems:\n${failures.join('\n')}`).to.deep.equal([]);
  });

  it('the check itself: a message left in English, or a dropped placeholder, is caught', async () => {
    const original = { ...spanish };
    const planted = spanish as Record<string, unknown>;
    planted['intro.time'] = 'It takes about 10 minutes to answer and about 10 minutes to read your guide.';
    planted['progress'] = 'Parte ${number} de ${total}';
    try {
      const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid locale="en"></ldn-decision-aid>`);
      await inLocale(el, 'en');
      const english = new Set(shownText(el).filter(isPhrase));
      await inLocale(el, 'es');
      expect(shownText(el).filter((text) => english.has(text))).to.deep.equal(['It takes about 10 minutes to answer and about 10 minutes to read your guide.']);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="continue"]')!.click();
      await settle(el);
      expect(shownText(el).filter((text) => RAW_PLACEHOLDER.test(text))).to.deep.equal(['Parte ${number} de ${total}']);
    } finally {
      Object.assign(planted, original);
      fixtureCleanup();
    }
  });

  it('fit the QR summary in 330 bytes, with every safety flag on its safety line, for each example patient and every combination of the safety answers', async function () {
    // 12,800 combinations and the example patients in each translation: about 20 s on a busy 2-core machine.
    this.timeout(240_000);
    const backgrounds = fc.sample(anyOtherAnswers, { seed: 330, numRuns: SAFETY_COMBINATION_COUNT });
    const answerSets = [
      ...Object.entries(EXAMPLE_PATIENTS).map(([name, answers]) => [name, answers()] as const),
      ...[...safetyCombinations()].map((safety, i) => [`safety combination ${i}`, withAnswers(backgrounds[i]!, safety)] as const),
    ];
    const problems: string[] = [];
    for (const locale of TRANSLATIONS) {
      await activateLocale(locale);
      for (const [name, answers] of answerSets) {
        const guide = buildGuide(answers);
        const text = compactSummaryText(guide.clinicianSummary, locale, '2026-12-07');
        const bytes = utf8Bytes(text);
        if (bytes > COMPACT_SUMMARY_MAX_BYTES) problems.push(`${locale} ${name}: ${bytes} bytes`);
        const safetyLine = text.split('\n')[1]!;
        const missing = guide.safety
          .map((flag) => SAFETY_FLAG_TEXT[flag].compact(guide.clinicianSummary.answers))
          .filter((label) => !safetyLine.includes(label));
        if (missing.length) problems.push(`${locale} ${name}: safety line lacks ${missing.join(', ')}`);
        if (problems.length > 20) break;
      }
    }
    await activateLocale(sourceLocale);
    expect(problems).to.deep.equal([]);
  });

  it('render markup typed into a translation as text, never as HTML', async () => {
    const id = 'intro.time';
    const original = spanish[id];
    // As if a translator had typed markup into the Spanish (i18n:check rejects it; this is the second line of defence).
    (spanish as Record<string, unknown>)[id] = '<b>negrita</b> <img src="x" alt="planted">';
    try {
      const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid locale="es"></ldn-decision-aid>`);
      await inLocale(el, 'es');
      expect(shownText(el)).to.include('<b>negrita</b> <img src="x" alt="planted">');
      expect(root(el).querySelector('b, img'), 'no element made from the translation').to.equal(null);
    } finally {
      (spanish as Record<string, unknown>)[id] = original;
      fixtureCleanup();
    }
  });
});
