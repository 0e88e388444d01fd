/**
 * `npm run i18n:check`: for every locale in locales/ and every shipped locale
 * (the target locales of lit-localize.json), prints how many messages are
 * translated, missing and stale (the English changed since), and any problem:
 * XML that xmllint rejects against the XLIFF 1.2 strict schema, placeholders that differ from the English, markup
 * typed as text, a generated pseudo-locale edited by hand. Targets left in
 * English are listed as suspicious. Exits non-zero only when a shipped locale
 * has anything missing, stale or broken; the others are being translated.
 *
 * The English is extracted afresh from the source (as `lit-localize extract`
 * does, into a temporary folder), so a message changed without running
 * `npm run i18n:extract` counts as stale too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { checkLocale, fails } from './check-locale.mjs';
import { lockedProblems } from './locked.mjs';
import { currentEnglish, LOCALES_DIR, readJson, shippedLocales, xliffLocales } from './localizer.mjs';
import { fillPseudoTargets, PSEUDO_LOCALES } from './pseudo.mjs';
import { reviewPhases } from './sign-off.mjs';
import { glossaryFor } from './text-rules.mjs';
import { innerXml, parseXliff, transUnits } from './xliff.mjs';
import { xmllint } from './xmllint.mjs';

/** What the pseudo-locale generator makes for each unit of a file, by id. */
function generatedTargets(text, transform) {
  const doc = parseXliff(text);
  const units = transUnits(doc);
  fillPseudoTargets(doc, units, transform);
  return new Map(units.map((unit) => [unit.id, innerXml(unit.target)]));
}

/** `npm run i18n:check -- --all` lists every item, one a line, instead of the first twelve. */
const ALL = process.argv.includes('--all');
const shipped = shippedLocales();
const english = await currentEnglish();
const glossary = readJson('glossary.json');
const instruments = readJson('instruments.json');
const rows = [];
const details = [];
let failed = false;
for (const locale of [...new Set([...shipped, ...xliffLocales()])].sort()) {
  const file = `${LOCALES_DIR}${locale}.xlf`;
  const isShipped = shipped.includes(locale);
  let result;
  if (!existsSync(file))
    result = { translated: 0, missing: [...english.keys()], stale: [], identical: [], obsolete: [], problems: [`no file locales/${locale}.xlf`] };
  else {
    const text = readFileSync(file, 'utf8');
    try {
      const transform = PSEUDO_LOCALES[locale];
      const expected = transform && generatedTargets(text, transform);
      const doc = parseXliff(text);
      const units = transUnits(doc);
      // The rules on words are for real translations, not the generated pseudo-locales.
      const language = transform ? undefined : locale.split('-')[0].toLowerCase();
      result = checkLocale({
        units,
        english,
        expectedTarget: expected && ((unit) => expected.get(unit.id)),
        phases: reviewPhases(doc),
        language,
        glossary: language && glossaryFor(glossary, language),
      });
      if (language) result.problems.push(...lockedProblems(units, locale, instruments));
    } catch (error) {
      result = { translated: 0, missing: [...english.keys()], stale: [], identical: [], obsolete: [], problems: [error.message] };
    }
    result.problems.unshift(...xmllint(file).map((line) => `xmllint: ${line}`));
  }
  const bad = isShipped && fails(result);
  failed ||= bad;
  rows.push([
    locale,
    isShipped ? 'shipped' : 'in progress',
    result.translated,
    result.missing.length,
    result.stale.length,
    result.identical.length,
    result.problems.length,
    PSEUDO_LOCALES[locale] ? '-' : `${result.languageReviewed ?? 0}`,
    PSEUDO_LOCALES[locale] ? '-' : `${result.clinicallySignedOff ?? 0}`,
    bad ? 'FAILS' : 'ok',
  ]);
  const list = (label, ids) =>
    ids.length &&
    details.push(
      ALL
        ? `  ${locale} ${label} (${ids.length}):\n${ids.map((id) => `    ${id}`).join('\n')}`
        : `  ${locale} ${label} (${ids.length}): ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', … (npm run i18n:check -- --all lists all)' : ''}`,
    );
  list('problems', result.problems);
  if (isShipped) {
    list('missing', result.missing);
    list('stale', result.stale);
  }
  if (result.machineDrafted)
    details.push(
      `  ${locale}: ${result.machineDrafted} machine-drafted (state-qualifier="leveraged-mt"): review by a clinically qualified native speaker before clinical use`,
    );
  list('same as the English (if meant, add the text to sameAsEnglish in locales/glossary.json)', result.identical);
  list('no longer in the English (npm run i18n:extract drops them)', result.obsolete);
}

const header = ['locale', 'status', 'translated', 'missing', 'stale', 'same as English', 'problems', 'language-reviewed', 'clinically signed off', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
const line = (cells) => `  ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ')}`.trimEnd();
console.log(`Translations against the current English (${english.size} messages):`);
console.log([header, ...rows].map(line).join('\n'));
if (details.length) console.log(details.join('\n'));
console.log('  XLIFF schema: xmllint validated each file against the OASIS XLIFF 1.2 strict schema (locales/schema/).');
console.log(
  '  Reviews: a translation is a draft, and says so on screen, until every message is language-reviewed and clinically signed off (TRANSLATING.md, "Review and sign-off").',
);
if (failed) {
  console.error('i18n check failed: a shipped locale must be complete, current and valid (TRANSLATING.md).');
  process.exit(1);
}
