/**
 * `npm run i18n:review -- <locale> [--out folder] [--limit n] [--xliff file]`:
 * writes the review sheet of a locale in locales/, shipped or not, to
 * review/<locale>/ (git-ignored): index.html, printable, with every message,
 * and the screens' pictures beside it in screens/, rendered in headless
 * Chromium in that locale and its direction. `--limit n` renders only the
 * first n screens (for a quick look, and the tool's own test); `--xliff` reads
 * the translation from another file than locales/<locale>.xlf (a translator's
 * copy).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkLocale } from './check-locale.mjs';
import { currentEnglish, LOCALES_DIR, readJson, ROOT } from './localizer.mjs';
import { buildReviewLocales } from './review-build.mjs';
import { renderViews } from './review-render.mjs';
import { coverage, safetyFailure } from './review-coverage.mjs';
import { reviewSheet } from './review-sheet.mjs';
import { isMachineDrafted, reviewPhases, unitReviews } from './sign-off.mjs';
import { glossaryFor } from './text-rules.mjs';
import { parseXliff, transUnits } from './xliff.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, limit: { type: 'string' }, xliff: { type: 'string' } },
});
const [locale] = positionals;
if (!locale) throw new Error('Name the locale: npm run i18n:review -- fr');
const xliffFile = values.xliff ?? `${LOCALES_DIR}${locale}.xlf`;
if (!existsSync(xliffFile)) throw new Error(`No ${xliffFile} (npm run i18n:extract -- ${locale} starts one in locales/)`);
const outDir = values.out ?? join(ROOT, 'review', locale);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, 'screens'), { recursive: true });

const english = await currentEnglish();
const buildDir = join(ROOT, 'review', `.build-${locale}`);
const page = await buildReviewLocales({ locale, xliffFile, english, dir: buildDir });
let rendered;
try {
  rendered = await renderViews({ locale, english, dir: buildDir, page, outDir, limit: values.limit ? Number(values.limit) : Infinity });
} finally {
  rmSync(buildDir, { recursive: true, force: true });
}

const text = readFileSync(xliffFile, 'utf8');
const doc = parseXliff(text);
const units = new Map(transUnits(doc).map((unit) => [unit.id, unit]));
const phases = reviewPhases(doc);
const language = locale.split('-')[0].toLowerCase();
const glossary = glossaryFor(readJson('glossary.json'), language);
const check = checkLocale({ units: [...units.values()], english, phases, language, glossary });
const problemsOf = (id) => check.problems.filter((p) => p.startsWith(`${id}: `)).map((p) => p.slice(id.length + 2));
const screensOf = new Map([...english.keys()].map((id) => [id, []]));
rendered.views.forEach((view, i) => view.ids.forEach((id) => screensOf.get(id)?.push(i)));

const rows = [...english].map(([id, source]) => {
  const unit = units.get(id);
  return {
    id,
    source,
    target: unit?.target ?? null,
    state: unit?.state ?? '',
    machineDrafted: isMachineDrafted(unit?.target),
    stale: check.stale.includes(id),
    reviews: unit ? unitReviews(unit, phases) : { language: null, clinical: null },
    notes: unit?.notes ?? [],
    problems: problemsOf(id),
    screens: screensOf.get(id),
  };
});
// Screen by screen, as a reviewer walks through them; messages on no screen last.
const first = (r) => (r.screens.length ? r.screens[0] : Infinity);
rows.sort((a, b) => first(a) - first(b) || a.id.localeCompare(b.id));
const groups = coverage(rows);

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const inProject = !relative(ROOT, xliffFile).startsWith('..');
const changed = !inProject || git('status', '--porcelain', '--', relative(ROOT, xliffFile)) ? ' (the file is not as committed)' : '';
const facts = {
  'Translation file': `${inProject ? relative(ROOT, xliffFile) : xliffFile}, SHA-256 ${createHash('sha256').update(text).digest('hex').slice(0, 16)}`,
  Version: `commit ${git('rev-parse', '--short', 'HEAD')}${changed}`,
  Generated: new Date().toISOString().slice(0, 10),
  Messages: `${english.size}: ${check.translated} translated, ${check.missing.length} missing, ${check.stale.length} whose English changed`,
  'Machine drafts': check.machineDrafted,
  'Language-reviewed': `${check.languageReviewed} of ${english.size}`,
  'Clinically signed off': `${check.clinicallySignedOff} of ${english.size}`,
  Screens: `${rendered.views.length} (${rendered.views.filter((v) => v.files.length).length} pictured); ${groups.pictured.length} messages appear on them, ${groups.offScreen.length} are never drawn on a screen, ${groups.notPictured.length} are not pictured`,
};
const html = reviewSheet({ locale, dir: rendered.direction, views: rendered.views, groups, facts, glossary });
writeFileSync(join(outDir, 'index.html'), html);
const pictured = rendered.views.filter((v) => v.files.length).length;
console.log(
  `Review sheet for ${locale}: ${relative(ROOT, join(outDir, 'index.html'))}, ${rows.length} messages, ${rendered.views.length} screens (${pictured} pictured, ${rendered.direction}); ${groups.pictured.length} messages pictured, ${groups.offScreen.length} never drawn on a screen (listed apart, with where they are used), ${groups.notPictured.length} not pictured${groups.notPictured.length ? `: ${groups.notPictured.map((r) => r.id).join(', ')}` : ''}.`,
);
const complete = rendered.views.length === rendered.total;
const failure = safetyFailure(groups, complete);
if (failure) {
  console.error(`\n${failure}`);
  process.exitCode = 1;
} else if (!complete && groups.safetyNotPictured.length) {
  console.log(`(--limit: ${groups.safetyNotPictured.length} safety messages are not on the screens rendered; the full sheet must picture them all.)`);
}
