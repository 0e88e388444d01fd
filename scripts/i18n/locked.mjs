/**
 * Locked text: the items of a validated instrument (the SURE test, S13) are
 * not translated freely. In each locale they come from a published validated
 * version, cited in the unit's <note from="ldn-instrument">Validated: …</note>,
 * or say they are not (<note from="ldn-instrument">Not validated: …</note>).
 *
 * locales/instruments.json records, per locale and unit, the citation and a
 * fingerprint of the target as locked. `npm run i18n:check` fails when a
 * locked target differs from its record; `npm run i18n:lock -- xx` records the
 * current text, and refuses a changed text whose citation did not change: a
 * validated wording changes only together with the source it comes from.
 */
import { createHash } from 'node:crypto';
import { innerXml } from './xliff.mjs';

export const INSTRUMENT_NOTE = 'ldn-instrument';
const CITATION = /^(Validated|Not validated): \S/;

export const fingerprint = (target) => createHash('sha256').update(innerXml(target)).digest('hex').slice(0, 16);

/** The unit's citation note, trimmed, or ''. */
export const citationOf = (unit) => unit.notes.find((note) => note.from === INSTRUMENT_NOTE)?.text.trim() ?? '';

/** Every locked unit id, with its instrument's name. */
export const lockedUnits = (instruments) =>
  new Map(Object.entries(instruments.instruments).flatMap(([name, instrument]) => instrument.units.map((id) => [id, name])));

/**
 * What is wrong with a locale's locked units: no citation, no record, or a
 * target that differs from its record (said differently when its citation
 * changed too, since then recording it is all that is left to do).
 */
export function lockedProblems(units, locale, instruments) {
  const problems = [];
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  for (const [id, name] of lockedUnits(instruments)) {
    const unit = byId.get(id);
    if (!unit?.target) continue;
    const citation = citationOf(unit);
    if (!CITATION.test(citation))
      problems.push(`${id}: ${name} item without <note from="${INSTRUMENT_NOTE}">Validated: (source)</note> or "Not validated: (why)"`);
    const record = instruments.instruments[name].locked?.[locale]?.[id];
    if (!record) problems.push(`${id}: ${name} item not locked yet; run npm run i18n:lock -- ${locale}`);
    else if (record.fingerprint !== fingerprint(unit.target))
      problems.push(
        record.citation === citation
          ? `${id}: locked ${name} item changed without a new citation; a validated wording changes only with its source (put the locked text back, or cite the version it comes from)`
          : `${id}: locked ${name} item changed with a new citation; record it with npm run i18n:lock -- ${locale}`,
      );
  }
  return problems;
}

/**
 * Records a locale's locked units in `instruments` (changed in place). Throws,
 * recording nothing, when a recorded text changed but its citation did not.
 */
export function lock(units, locale, instruments) {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const refused = [];
  const records = [];
  for (const [id, name] of lockedUnits(instruments)) {
    const unit = byId.get(id);
    if (!unit?.target) continue;
    const record = { citation: citationOf(unit), fingerprint: fingerprint(unit.target) };
    if (!CITATION.test(record.citation)) refused.push(`${id}: no "Validated: …" or "Not validated: …" note`);
    const before = instruments.instruments[name].locked?.[locale]?.[id];
    if (before && before.fingerprint !== record.fingerprint && before.citation === record.citation)
      refused.push(`${id}: the text changed, its citation did not`);
    records.push([name, id, record]);
  }
  if (refused.length) throw new Error(`Not locked (${locale}):\n  ${refused.join('\n  ')}`);
  for (const [name, id, record] of records) {
    const instrument = instruments.instruments[name];
    instrument.locked ??= {};
    instrument.locked[locale] ??= {};
    instrument.locked[locale][id] = record;
  }
  return records.length;
}
