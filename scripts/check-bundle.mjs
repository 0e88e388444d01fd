/**
 * Checks the built files: the module and the chunks it loads on demand, each
 * within its size budget, importing nothing but each other (relative to their
 * own URL, so from the same origin and folder), with no network calls and no
 * code evaluation (strict CSP); that what loads before the first question
 * holds no guide text and fits its budget; the FHIR resources; and the
 * package's other files (package/check-files.mjs).
 * Run after `npm run build`; exits non-zero with a message on any breach.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { schemaValidator } from './test-runner/fhir-plugin.mjs';
import { PSEUDO_LOCALES } from './i18n/pseudo.mjs';
import { checkPackageFiles, PACKAGE_FILES } from './package/check-files.mjs';

const ENTRY = 'ldn-decision-aid.js';
/**
 * Every other file's name ends in a content hash (vite.config.ts): its logical name here is without it.
 * `ldn-decision-aid-core-BnMBkCqg.js` is `ldn-decision-aid-core.js`.
 */
const logical = (name) => (name === ENTRY ? name : name.replace(/^(.*)-[\w-]{8}\.js$/, '$1.js'));
const hashed = (name) => name !== logical(name);
/** Code the module shares with the guide's chunk; both import it statically, so it loads with the module. */
const CORE = 'ldn-decision-aid-core.js';
/** Every JavaScript file in dist/, with its gzip budget in bytes. A new chunk needs a budget here. */
const BUDGETS = {
  [ENTRY]: 40 * 1024,
  // 18 KB: the option word records it holds carry the QR code's compact words too (content/labels/), which the question pages share;
  // questionnaire 0.3.0 added the age group, two values and the "why we ask" hints (17 KB before).
  [CORE]: 18 * 1024,
  // The guide's wording, rules and views, fetched while the patient answers (src/components/chunks/guide-page.ts).
  // 21 KB: the clinical review's content (issue 22: the flags for opioid use disorder treatment, age and ivabradine, a question per
  // pregnancy state, the patient's most relevant points, the QR text's new lines) (20 KB before); 23 KB with the guide page's
  // "Save or print" disclosure and "Hide code" (22,400 B after both merges).
  'ldn-decision-aid-guide-page.js': 23 * 1024,
  // The QR encoder (lean-qr), loaded when a patient opens "Show a code for your clinician".
  'ldn-decision-aid-qr-encoder.js': 6 * 1024,
};
// One chunk per shipped locale (the target locales of lit-localize.json), loaded when a widget
// switches to it: 14 KB each (12 KB before questionnaire 0.3.0's new questions, 13 KB before the clinical review's content),
// but a pseudo-locale, which is 35% longer than the English by design, 16 KB.
for (const locale of JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8')).targetLocales) {
  BUDGETS[`ldn-decision-aid-${locale}.js`] = (locale in PSEUDO_LOCALES ? 16 : 14) * 1024;
}
/**
 * What a patient's browser loads before the first question: the module and the core it imports. 43 KB: the browser's
 * Back and Forward (components/controllers/step-history.ts) must work from the first page on, so they cannot wait for a chunk.
 */
const FIRST_STEP = [ENTRY, CORE];
// 46 KB: reading any value a host page sets and guarding saves a widget did not write (about 1.9 KB, issue 21),
// and the browser's Back and Forward (about 1.2 KB), on top of 42.1 KB.
const FIRST_STEP_BUDGET = 46 * 1024;
/** Guide text that must not load before the first question: a safety flag's heading and an option's benefits, by message id. */
const GUIDE_ONLY = ['flag.opioid-withdrawal.title', 'option.ldn.benefit'];
const FHIR_RESOURCES = ['codesystem.json', 'questionnaire.json'];

const dist = new URL('../dist/', import.meta.url);
const problems = [];

// The files a browser loads are the module and its chunks, named after it; the others are for npm (package/check-files.mjs).
const inBrowser = (name) => name === ENTRY || (name.startsWith('ldn-decision-aid-') && name.endsWith('.js'));
const expected = [...Object.keys(BUDGETS), ...FHIR_RESOURCES, ...Object.keys(PACKAGE_FILES)].sort();
const files = readdirSync(dist).sort();
const found = files.map((name) => (inBrowser(name) ? logical(name) : name)).sort();
if (found.join() !== expected.join()) problems.push(`dist/ should hold ${expected.join(', ')} (chunks with a content hash); found: ${files.join(', ')}`);
for (const name of files) if (inBrowser(name) && name !== ENTRY && !hashed(name)) problems.push(`${name} has no content hash in its name`);
const coreFile = files.find((name) => logical(name) === CORE) ?? CORE;
problems.push(...(await checkPackageFiles(dist)));

const validate = schemaValidator();
for (const [name, type] of [
  ['questionnaire.json', 'Questionnaire'],
  ['codesystem.json', 'CodeSystem'],
]) {
  try {
    const resource = JSON.parse(readFileSync(new URL(name, dist), 'utf8'));
    if (resource.resourceType !== type) problems.push(`${name} is not a FHIR ${type}`);
    const { valid, errors } = validate(resource);
    if (!valid) problems.push(`${name} does not validate against the FHIR R4 JSON schema:\n  ${errors.join('\n  ')}`);
  } catch (e) {
    problems.push(`${name} is missing or not JSON: ${e.message}`);
  }
}

const STATIC_IMPORT = /\bimport\s*["'`{*]|\bimport\s+[\w$]+\s+from\s*["'`]|\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'`]/;
// The one static import allowed, in the module and the guide's chunk only: the core, beside them, by its plain name.
const CORE_IMPORT = new RegExp(`\\bimport\\s*\\{[^}]*\\}\\s*from\\s*"\\./${coreFile.replace(/[.-]/g, '\\$&')}";?`, 'g');
const IMPORTS_CORE = [ENTRY, 'ldn-decision-aid-guide-page.js'];
const forbidden = {
  'a static import (only the module and the guide chunk may import the core, nothing else)': STATIC_IMPORT,
  'a network call (answers must stay in the browser)': /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/,
  'code evaluation (blocked by a strict Content-Security-Policy)': /\beval\s*\(|new Function\s*\(/,
  "Lit's development build": /lit\.dev\/msg\/dev-mode/,
  // Translator notes are for `lit-localize extract`; the build strips them (vite.config.ts).
  'translator notes (a msg() `desc`)': /\bdesc\s*:\s*["'`]/,
  // Lit templates are minified: no line break followed by indentation before a tag.
  'unminified template indentation': /\n {2,}<[a-z]/,
  // Lit styles are minified: no comments left in them.
  'a CSS comment': /\/\*(?!\s*[#@]__PURE__\s*\*\/|!)[^*]*\*\//,
};
// The only import allowed: a dynamic import of a file beside this one, named as a plain string.
// The browser resolves it against the importing module's own URL, so the chunk
// loads from wherever the clinic hosts the module, from the same origin.
const DYNAMIC_IMPORT = /\bimport\s*\(/g;
const RELATIVE_CHUNK = /^import\s*\(\s*(["'`])\.\/([\w.-]+\.js)\1\s*\)/;

const jsFiles = files.filter(inBrowser);
const imported = new Set();
const rows = [];
for (const name of jsFiles) {
  const code = readFileSync(new URL(name, dist), 'utf8');
  const gzip = gzipSync(code).length;
  const budget = BUDGETS[logical(name)];
  rows.push({ name, bytes: code.length, gzip, budget });
  if (budget === undefined) problems.push(`${name} has no size budget in check-bundle.mjs`);
  else if (gzip > budget) problems.push(`${name}: gzip size ${gzip} bytes is over its ${budget} byte budget`);
  const importsCore = IMPORTS_CORE.includes(logical(name));
  const ownCode = importsCore ? code.replace(CORE_IMPORT, '') : code;
  if (importsCore && ownCode === code) problems.push(`${name} does not import ./${coreFile}`);
  for (const [what, pattern] of Object.entries(forbidden)) if (pattern.test(ownCode)) problems.push(`${name} contains ${what}`);
  if (FIRST_STEP.includes(logical(name)))
    for (const id of GUIDE_ONLY) if (code.includes(id)) problems.push(`${name} holds guide text (${id}), which belongs in the guide's chunk`);
  for (const match of code.matchAll(DYNAMIC_IMPORT)) {
    const call = RELATIVE_CHUNK.exec(code.slice(match.index));
    if (!call) problems.push(`${name} has a dynamic import that is not a plain relative file name: ${code.slice(match.index, match.index + 60)}…`);
    else if (!jsFiles.includes(call[2])) problems.push(`${name} imports ./${call[2]}, which is not in dist/`);
    else imported.add(call[2]);
  }
}
for (const name of jsFiles) if (name !== ENTRY && name !== coreFile && !imported.has(name)) problems.push(`${name} is not imported by any file: a stray chunk`);
const firstStep = rows.filter((row) => FIRST_STEP.includes(logical(row.name))).reduce((sum, row) => sum + row.gzip, 0);
if (firstStep > FIRST_STEP_BUDGET)
  problems.push(`${FIRST_STEP.join(' + ')}: ${firstStep} bytes gzipped before the first question, over the ${FIRST_STEP_BUDGET} byte budget`);

if (problems.length) {
  console.error(`Bundle check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
const table = rows.map(
  ({ name, bytes, gzip, budget }) => `  ${name.padEnd(44)} ${String(bytes).padStart(7)} bytes minified, ${String(gzip).padStart(6)} gzipped (budget ${budget})`,
);
console.log(`Bundle check passed:\n${table.join('\n')}
  before the first question (${FIRST_STEP.join(' + ')}): ${firstStep} gzipped (budget ${FIRST_STEP_BUDGET})\n  and ${FHIR_RESOURCES.map((f) => `dist/${f}`).join(', ')} (valid FHIR R4), ${Object.keys(PACKAGE_FILES).join(', ')}.`);
