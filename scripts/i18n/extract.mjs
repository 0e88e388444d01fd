/**
 * `npm run i18n:extract [-- <locale>…]`: updates every XLIFF file in locales/
 * (and starts one for each locale named) with the current English messages,
 * each with its `desc` as a note, then regenerates the pseudo-locales.
 *
 * lit-localize's own extract overwrites a unit's <source> with the new English
 * and keeps the old <target>, so a translation of text that has since changed
 * would pass as done. Before extracting, this remembers each translated unit's
 * <source>; where the English changed, the target gets the standard XLIFF state
 * `needs-review-translation` and a note with the English it was translated
 * from, which translators' tools show and `npm run i18n:check` counts as stale;
 * its language review and clinical sign-off (sign-off.mjs) are removed, since
 * they were of the old English.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { assertExtracted, LOCALES_DIR, localizer, shippedLocales, xliffLocales } from './localizer.mjs';
import { fillPseudoTargets, PSEUDO_LOCALES } from './pseudo.mjs';
import { voidSignOff } from './sign-off.mjs';
import { XLIFF_NS, innerXml, nodes, parseXliff, serializeXliff, transUnits } from './xliff.mjs';

export const PREVIOUS_SOURCE_NOTE = 'ldn-previous-source';
const fileOf = (locale) => `${LOCALES_DIR}${locale}.xlf`;

const added = process.argv.slice(2).map((tag) => {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    throw new Error(`"${tag}" is not a BCP 47 language tag (for example es, fr-CA or pt-BR)`);
  }
});
const locales = [...new Set([...shippedLocales(), ...xliffLocales(), ...added])].sort();

// The English each translated unit was translated from, before extraction overwrites it.
const translatedFrom = new Map();
for (const locale of locales) {
  if (!existsSync(fileOf(locale))) continue;
  const sources = new Map();
  for (const unit of transUnits(parseXliff(readFileSync(fileOf(locale), 'utf8')))) if (unit.target && unit.source) sources.set(unit.id, innerXml(unit.source));
  translatedFrom.set(locale, sources);
}

const l10n = localizer({ targetLocales: locales });
assertExtracted(l10n);
await l10n.writeInterchangeFiles();

const summary = [];
for (const locale of locales) {
  const doc = parseXliff(readFileSync(fileOf(locale), 'utf8'));
  const units = transUnits(doc);
  let marked = 0;
  if (PSEUDO_LOCALES[locale]) fillPseudoTargets(doc, units, PSEUDO_LOCALES[locale]);
  else {
    for (const unit of units) {
      const notes = nodes(unit.element.getElementsByTagName('note')).filter((note) => note.getAttribute('from') === PREVIOUS_SOURCE_NOTE);
      const before = translatedFrom.get(locale)?.get(unit.id);
      if (unit.target && before !== undefined && before !== innerXml(unit.source)) {
        unit.target.setAttribute('state', 'needs-review-translation');
        // A review of other English does not cover this one: the language and clinical reviews are due again.
        voidSignOff(unit);
        // Keep the first note: it holds the English the target was made from.
        if (!notes.length) {
          const note = doc.createElementNS(XLIFF_NS, 'note');
          note.setAttribute('from', PREVIOUS_SOURCE_NOTE);
          note.appendChild(doc.createTextNode(`Translated from this English, since changed: ${before}`));
          unit.element.insertBefore(doc.createTextNode('\n  '), unit.element.lastChild);
          unit.element.insertBefore(note, unit.element.lastChild);
        }
        marked++;
      } else if (notes.length && !/^needs-/.test(unit.target?.getAttribute('state') ?? '')) {
        // Reviewed since: the note has done its job.
        for (const note of notes) {
          if (note.previousSibling?.nodeType === 3) unit.element.removeChild(note.previousSibling);
          unit.element.removeChild(note);
        }
      }
    }
  }
  writeFileSync(fileOf(locale), serializeXliff(doc));
  summary.push(
    `  ${locale}: ${units.length} messages${PSEUDO_LOCALES[locale] ? ', pseudo-localized' : ''}${marked ? `, ${marked} marked needs-review-translation (English changed)` : ''}`,
  );
}
console.log(`Extracted the English messages into locales/:\n${summary.join('\n')}\nRun npm run i18n:check for what is left to translate.`);
