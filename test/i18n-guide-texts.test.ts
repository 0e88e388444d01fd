/**
 * Every guide text in every shipped locale, not only those the screen sweep's
 * example screens reach (a Spanish safety message left in English once hid in
 * the liver flag, which no example shows):
 *
 * - the catalogue: each message the widget has, in what a locale ships (its
 *   generated templates), must be there and must not be the English again;
 * - the guide itself: the document for many answer sets that together show
 *   every flag, fact, evidence point, question, value conflict, symptom
 *   pattern and readiness status, in each locale, text by text against the
 *   English; and its QR text and text export state no dose.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { LocaleModule } from '@lit/localize';
import { activateLocale, sourceLocale } from '../src/i18n/localization.js';
import { loaders } from '../src/i18n/generated/locale-loaders.js';
import { compactSummaryText } from '../src/content/compact-summary.js';
import { guideDocument } from '../src/content/guide/document.js';
import type { PublisherInfo } from '../src/content/publisher.js';
import { guideToText } from '../src/export/text.js';
import { buildGuide } from '../src/guide/build-guide.js';
import { EVIDENCE_POINTS } from '../src/guide/rules/evidence.js';
import { QUESTIONS_TO_ASK } from '../src/guide/rules/questions-to-ask.js';
import { SAFETY_FLAGS } from '../src/guide/rules/safety-flags.js';
import { VALUE_CONFLICTS } from '../src/guide/rules/value-conflicts.js';
import type { Guide } from '../src/guide/types.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { EXAMPLE_PATIENTS, valuesALot } from './fixtures/patients.js';
import { VALUES } from '../src/questionnaire/options.js';
import { anyAnswers } from './support/answers.js';
import { DOSE_PATTERNS } from './support/clinical-patterns.js';
import { documentTexts } from './support/guide-text.js';
import { isPhrase, keptAsEnglish, loadSameAsEnglish, PSEUDO_LOCALES, TRANSLATIONS } from './support/translations.js';

const LOCALES = [...TRANSLATIONS, ...PSEUDO_LOCALES];
type Template = string | { strings: readonly string[] };

/** The English of every message, from the XLIFF sources: placeholders as {}. */
async function englishCatalogue(): Promise<Map<string, string>> {
  const xml = new DOMParser().parseFromString(await (await fetch(new URL('../locales/es.xlf', import.meta.url))).text(), 'application/xml');
  return new Map(
    [...xml.querySelectorAll('trans-unit')].map((unit) => {
      const source = unit.querySelector('source')!.cloneNode(true) as Element;
      for (const x of source.querySelectorAll('x')) x.replaceWith('{}');
      return [unit.id, source.textContent!];
    }),
  );
}

const templateText = (t: Template) => (typeof t === 'string' ? t : t.strings.join('{}'));

/** Messages a locale's shipped templates lack, or give in English. */
function catalogueProblems(locale: string, english: Map<string, string>, templates: Record<string, Template>): string[] {
  return [...english].flatMap(([id, source]) => {
    const t = templates[id];
    if (t === undefined) return [`${locale} ${id}: missing, so it shows in English`];
    const text = templateText(t);
    return text === source && isPhrase(source.replace(/\{\}/g, '')) && !keptAsEnglish(locale, text) ? [`${locale} ${id}: left in English: "${text}"`] : [];
  });
}

const PUBLISHER: PublisherInfo = {
  publisher: 'Riverside',
  funding: 'Paid by the clinic.',
  conflicts: 'None.',
  reviewer: 'Dr A. Rivera',
  reviewDate: '2025-01-15',
};

/** Answer sets that together show every text the guide can show (checked by `coverage`). */
function coveringAnswers(): Answers[] {
  const examples = Object.values(EXAMPLE_PATIENTS).map((patient) => patient());
  // Every value ticked, and none.
  const ratings = [valuesALot(...VALUES), valuesALot()].map((values) => ({ ...EXAMPLE_PATIENTS['nothing-notable'](), ...values }));
  return [
    ...examples,
    ...ratings,
    { ...EXAMPLE_PATIENTS['every-safety-concern'](), pregnancy: ['planning-pregnancy'] },
    ...fc.sample(anyAnswers, { seed: 2026, numRuns: 400 }),
  ];
}

/** What the covering answers do not reach: each list must be empty, or the sweep misses text. */
function coverage(guides: Guide[]): Record<string, string[]> {
  const seen = <T extends string>(all: readonly T[], pick: (g: Guide) => readonly (T | undefined)[]) =>
    all.filter((id) => !guides.some((g) => pick(g).includes(id)));
  return {
    flags: seen(SAFETY_FLAGS, (g) => g.safety),
    evidence: seen(EVIDENCE_POINTS, (g) => g.evidence),
    questions: seen(QUESTIONS_TO_ASK, (g) => g.questions),
    conflicts: seen(VALUE_CONFLICTS, (g) => g.conflicts.map((c) => c.id)),
    patterns: seen(['ldn-targets', 'conventional-targets', 'both', 'none'], (g) => [g.situation.pattern]),
    readiness: seen(['ready', 'needs-support', 'unanswered'], (g) => [g.sure.status]),
    withheld: seen(['withheld', 'answered'], (g) => [g.safetyWithheld ? 'withheld' : 'answered']),
  };
}

describe('every guide text in every shipped locale', function () {
  this.timeout(120_000);
  before(loadSameAsEnglish);
  after(() => activateLocale(sourceLocale));

  it('the catalogue: every message is in each locale’s shipped templates, and none is the English again', async () => {
    const english = await englishCatalogue();
    expect(english.size).to.be.above(400);
    const problems: string[] = [];
    for (const locale of LOCALES) {
      const { templates } = (await loaders[locale as keyof typeof loaders]()) as LocaleModule & { templates: Record<string, Template> };
      problems.push(...catalogueProblems(locale, english, templates));
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('the guide: for answers that show every flag, fact, evidence point, question, conflict, pattern and status, no text is left in English, and no export states a dose', async () => {
    const guides = coveringAnswers().map(buildGuide);
    expect(coverage(guides)).to.deep.equal({ flags: [], evidence: [], questions: [], conflicts: [], patterns: [], readiness: [], withheld: [] });
    await activateLocale(sourceLocale);
    // Reference titles stay in their original language; a draft's About section has one more line (it says it is a draft).
    const phrases = (texts: ReturnType<typeof documentTexts>) => texts.filter(({ where, text }) => !where.includes('(sources)') && isPhrase(text));
    const english = guides.map((g) => new Set(phrases(documentTexts(guideDocument(g, sourceLocale, PUBLISHER))).map(({ text }) => text)));
    const problems = new Set<string>();
    for (const locale of LOCALES) {
      await activateLocale(locale);
      guides.forEach((g, i) => {
        const doc = guideDocument(g, locale, PUBLISHER);
        for (const { where, text } of phrases(documentTexts(doc)))
          if (english[i]!.has(text) && !keptAsEnglish(locale, text)) problems.add(`${locale} ${where}: left in English: "${text.slice(0, 80)}"`);
        for (const exported of [guideToText(doc), compactSummaryText(g.clinicianSummary, locale, '2026-12-07')]) {
          const dose = DOSE_PATTERNS.find((re) => re.test(exported));
          if (dose) problems.add(`${locale}: an export matches the dose pattern ${dose}`);
        }
      });
    }
    expect([...problems], [...problems].join('\n')).to.deep.equal([]);
  });
});
