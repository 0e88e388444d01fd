/**
 * Checks the built embed file: one self-contained module, within its size
 * budget, with no network calls and no code evaluation (strict CSP).
 * Run after `npm run build`; exits non-zero with a message on any breach.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { schemaValidator } from './fhir-plugin.mjs';

const BUDGET_GZIP_BYTES = 64 * 1024;
const dist = new URL('../../dist/', import.meta.url);
const problems = [];

// The module, plus the FHIR resources generated from the questionnaire model (data, never loaded by the module).
const EXPECTED = ['codesystem.json', 'ldn-decision-aid.js', 'questionnaire.json'];
const files = readdirSync(dist).sort();
if (files.join() !== EXPECTED.join()) problems.push(`dist/ should hold ${EXPECTED.join(', ')}; found: ${files.join(', ')}`);
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

const code = readFileSync(new URL('ldn-decision-aid.js', dist), 'utf8');
const gzip = gzipSync(code).length;
if (gzip > BUDGET_GZIP_BYTES) problems.push(`gzip size ${gzip} bytes is over the ${BUDGET_GZIP_BYTES} byte budget`);

const forbidden = {
  'a static or dynamic import (the file must be self-contained)': /\bimport\s*(?:\(|["'`{*])|\bimport\s+[\w$]+\s+from\s*["'`]/,
  'a network call (answers must stay in the browser)': /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/,
  'code evaluation (blocked by a strict Content-Security-Policy)': /\beval\s*\(|new Function\s*\(/,
  "Lit's development build": /lit\.dev\/msg\/dev-mode/,
};
for (const [what, pattern] of Object.entries(forbidden)) if (pattern.test(code)) problems.push(`the bundle contains ${what}`);

if (problems.length) {
  console.error(`Bundle check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `Bundle check passed: dist/ldn-decision-aid.js, ${code.length} bytes, ${gzip} bytes gzipped (budget ${BUDGET_GZIP_BYTES}); dist/questionnaire.json and dist/codesystem.json.`,
);
