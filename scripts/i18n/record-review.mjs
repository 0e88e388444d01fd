/**
 * `npm run i18n:sign-off -- <locale> --review language|clinical --name "…"
 * --role "…" [--date 2027-01-31] (--all | --ids id1,id2)`: records a review
 * that a person has done and signed for (on the review sheet,
 * `npm run i18n:review`), in the locale's XLIFF file: one <phase> in the
 * header saying who, in what role and when, and each message reviewed marked
 * as sign-off.mjs describes. A clinical sign-off is refused for a message
 * without its language review, and any review for a message not translated or
 * waiting for review (its English changed).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LOCALES_DIR } from './localizer.mjs';
import { addPhase, REVIEWS, reviewPhases, signOff, unitReviews } from './sign-off.mjs';
import { parseXliff, serializeXliff, transUnits } from './xliff.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    review: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    ids: { type: 'string' },
    all: { type: 'boolean', default: false },
  },
});
const [locale] = positionals;
const usage = 'npm run i18n:sign-off -- fr --review language|clinical --name "…" --role "…" [--date 2027-01-31] (--all | --ids a,b)';
if (!locale || !(values.review in REVIEWS) || !values.name?.trim() || !values.role?.trim() || values.all === Boolean(values.ids))
  throw new Error(`Usage: ${usage}`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || Number.isNaN(Date.parse(values.date))) throw new Error(`--date ${values.date}: use YYYY-MM-DD`);

const file = `${LOCALES_DIR}${locale}.xlf`;
const doc = parseXliff(readFileSync(file, 'utf8'));
const units = transUnits(doc);
const byId = new Map(units.map((unit) => [unit.id, unit]));
const wanted = values.all ? units.map((unit) => unit.id) : values.ids.split(',').map((id) => id.trim());
const phases = reviewPhases(doc);
const refused = [];
for (const id of wanted) {
  const unit = byId.get(id);
  const state = unit?.target?.getAttribute('state') ?? '';
  if (!unit?.target || /^(new|needs-)/.test(state)) refused.push(`${id}: not translated, or waiting for review (state="${state}")`);
  else if (values.review === 'clinical' && !unitReviews(unit, phases).language) refused.push(`${id}: no language review recorded yet`);
}
if (refused.length) throw new Error(`Nothing recorded; refused:\n  ${refused.join('\n  ')}`);

const phase = addPhase(doc, { review: values.review, name: values.name.trim(), role: values.role.trim(), date: `${values.date}T00:00:00Z` });
for (const id of wanted) signOff(byId.get(id), values.review, phase);
writeFileSync(file, serializeXliff(doc));
console.log(
  `${locale}: ${REVIEWS[values.review]} by ${values.name.trim()} (${values.role.trim()}, ${values.date}) recorded for ${wanted.length} messages as phase "${phase}".`,
);
