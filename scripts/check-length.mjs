/**
 * Prints how many words a patient reads in the guide for each example patient
 * and each of the third clinical re-read's realistic patients
 * (test/support/guide-length.ts says what counts), and fails when any is over
 * the limit. Run by CI (`npm run check:length`); the test suite checks the same
 * limit in test/guide-length.test.ts. Then prints, for the same patients, the
 * required answers and taps it takes to reach the guide, against questionnaire
 * 0.2.0 (test/support/answer-counts.ts; test/answer-counts.test.ts holds the target).
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const { module } = await runnerImport(fileURLToPath(new URL('../test/support/guide-length.ts', import.meta.url)), { configFile: false, logLevel: 'silent' });
const rows = module.exampleLengths();
const limit = module.PATIENT_READ_WORD_LIMIT;
const width = Math.max(...rows.map((r) => r.patient.length));
console.log(`Words a patient reads in the guide (limit ${limit}; the clinician summary and the reference list are not counted):`);
for (const { patient, words } of rows) console.log(`  ${patient.padEnd(width)}  ${String(words).padStart(5)}${words > limit ? '  OVER THE LIMIT' : ''}`);
const realistic = module.realisticLengths();
console.log(`\nThe third clinical re-read's realistic patients (several flags and values at once; limit ${limit}):`);
for (const { patient, words } of realistic)
  console.log(`  ${patient.padEnd(width + 10)}  ${String(words).padStart(5)}${words > limit ? '  OVER THE LIMIT' : ''}`);
const load = async (path) => (await runnerImport(fileURLToPath(new URL(path, import.meta.url)), { configFile: false, logLevel: 'silent' })).module;
const counts = await load('../test/support/answer-counts.ts');
const { EXAMPLE_PATIENTS } = await load('../test/fixtures/patients.ts');
console.log('\nRequired answers and taps to reach the guide:');
for (const line of counts.countsTable(counts.exampleCounts(EXAMPLE_PATIENTS))) console.log(`  ${line}`);
const over = [...rows, ...realistic].filter((r) => r.words > limit);
if (over.length) {
  console.error(`Guide length check failed: ${over.map((r) => `${r.patient} (${r.words})`).join(', ')} over ${limit} words.`);
  process.exit(1);
}
