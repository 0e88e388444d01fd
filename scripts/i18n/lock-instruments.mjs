/**
 * `npm run i18n:lock -- <locale>…`: records the current text of each locale's
 * validated-instrument items (the SURE test) in locales/instruments.json, with
 * its citation. Refuses, recording nothing, a changed text whose citation did
 * not change (locked.mjs). Run it once a new validated wording and its
 * citation are in the XLIFF file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { lock } from './locked.mjs';
import { LOCALES_DIR, readJson } from './localizer.mjs';
import { parseXliff, transUnits } from './xliff.mjs';

const locales = process.argv.slice(2);
if (!locales.length) throw new Error('Name the locales to lock: npm run i18n:lock -- fr');
const instruments = readJson('instruments.json');
for (const locale of locales) {
  const units = transUnits(parseXliff(readFileSync(`${LOCALES_DIR}${locale}.xlf`, 'utf8')));
  console.log(`${locale}: ${lock(units, locale, instruments)} locked items recorded`);
}
writeFileSync(`${LOCALES_DIR}instruments.json`, `${JSON.stringify(instruments, null, 2)}\n`);
