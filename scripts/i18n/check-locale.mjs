/**
 * The rules of `npm run i18n:check` for one locale's XLIFF file, apart from
 * reading files and running xmllint, so they can be tested on planted cases
 * (scripts/i18n/check-locale.test.mjs).
 */
import { isMachineDrafted, phaseProblems, unitReviews } from './sign-off.mjs';
import { isPhrase, textProblems, textWithTokens } from './text-rules.mjs';
import { innerXml, segments } from './xliff.mjs';

/** XLIFF 1.2's values of `state` (the strict schema allows these and `x-` names). */
const STATES = new Set([
  'final',
  'needs-adaptation',
  'needs-l10n',
  'needs-review-adaptation',
  'needs-review-l10n',
  'needs-review-translation',
  'needs-translation',
  'new',
  'signed-off',
  'translated',
]);
/** A target in one of these states is not translated yet. */
const UNTRANSLATED_STATES = new Set(['new', 'needs-translation']);
/** A target in one of these states waits for review, usually because its English changed (npm run i18n:extract sets needs-review-translation). */
const STALE_STATES = new Set(['needs-adaptation', 'needs-l10n', 'needs-review-adaptation', 'needs-review-l10n', 'needs-review-translation']);

const placeholderList = (element) =>
  segments(element)
    .filter((part) => typeof part !== 'string' && part.placeholder)
    .map((part) => part.placeholder)
    .sort();

/**
 * Checks one locale.
 * @param {object} input
 * @param {ReturnType<import('./xliff.mjs').transUnits>} input.units the file's units
 * @param {Map<string, Element>} input.english the current English <source> of every message, by id
 * @param {(unit) => string} [input.expectedTarget] for a generated locale: the target's inner XML it must have
 * @param {ReturnType<import('./sign-off.mjs').reviewPhases>} [input.phases] the review phases of the file's header
 * @param {string} [input.language] the locale's language subtag, for the rules on its words (none for a generated locale)
 * @param {ReturnType<import('./text-rules.mjs').glossaryFor>} [input.glossary] that language's glossary
 * @returns {{ translated: number, missing: string[], stale: string[], identical: string[], obsolete: string[], problems: string[], machineDrafted: number, languageReviewed: number, clinicallySignedOff: number }}
 */
export function checkLocale({ units, english, expectedTarget, phases = new Map(), language, glossary }) {
  const result = {
    translated: 0,
    missing: [],
    stale: [],
    identical: [],
    obsolete: [],
    problems: phaseProblems(phases),
    machineDrafted: 0,
    languageReviewed: 0,
    clinicallySignedOff: 0,
  };
  const byId = new Map();
  for (const unit of units) {
    if (byId.has(unit.id)) result.problems.push(`${unit.id}: more than one <trans-unit> with this id`);
    byId.set(unit.id, unit);
  }
  for (const [id, source] of english) {
    const unit = byId.get(id);
    if (!unit || !unit.target || UNTRANSLATED_STATES.has(unit.state)) {
      result.missing.push(id);
      continue;
    }
    const { target, state } = unit;
    if (unit.targetCount > 1) result.problems.push(`${id}: more than one <target>`);
    if (state && !STATES.has(state) && !state.startsWith('x-')) result.problems.push(`${id}: state="${state}" is not an XLIFF 1.2 state`);
    const stale = STALE_STATES.has(state) || !unit.source || innerXml(unit.source) !== innerXml(source);
    if (stale) result.stale.push(id);
    else result.translated++;
    // XLIFF 1.2's mark for a target that comes from machine translation: a person has not reviewed it yet.
    if (isMachineDrafted(target)) result.machineDrafted++;
    const reviews = unitReviews(unit, phases);
    result.problems.push(...reviews.problems.map((problem) => `${id}: ${problem}`));
    // A review of an English since changed no longer counts.
    if (reviews.language && !stale) result.languageReviewed++;
    if (reviews.clinical && !stale) result.clinicallySignedOff++;

    const parts = segments(target);
    for (const part of parts)
      if (typeof part !== 'string' && part.other) result.problems.push(`${id}: <${part.other}> in the target (only the source's placeholders may appear)`);
    const wanted = placeholderList(source);
    const got = placeholderList(target);
    if (wanted.join('\n') !== got.join('\n')) {
      result.problems.push(`${id}: placeholders differ from the English: expected ${wanted.join(' ') || 'none'}, found ${got.join(' ') || 'none'}`);
    }
    // Text that looks like markup or a template expression would show as such, or worse, be parsed.
    const text = parts.filter((part) => typeof part === 'string').join('');
    if (/<\/?[a-z][\w-]*[\s/>]|\$\{/i.test(text)) result.problems.push(`${id}: markup or \${…} typed as text in the target; use the source's <x> placeholders`);
    if (expectedTarget && innerXml(target) !== expectedTarget(unit))
      result.problems.push(`${id}: differs from what the generator makes (edited by hand?); run npm run i18n:extract`);
    if (expectedTarget || !language) continue;
    const [sourceText, targetText] = [textWithTokens(source), textWithTokens(target)];
    result.problems.push(...textProblems(sourceText, targetText, language, glossary).map((problem) => `${id}: ${problem}`));
    if (!stale && targetText === sourceText && isPhrase(sourceText) && !glossary?.sameAsEnglish.has(sourceText)) result.identical.push(id);
  }
  for (const unit of units) if (!english.has(unit.id)) result.obsolete.push(unit.id);
  return result;
}

/** Whether a shipped locale fails: anything missing, stale or broken. */
export const fails = (result) => result.missing.length > 0 || result.stale.length > 0 || result.problems.length > 0 || result.identical.length > 0;
