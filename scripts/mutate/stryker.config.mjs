/**
 * `npm run mutate`: StrykerJS mutation testing of the pure layers (the
 * questionnaire, the flow rules, the guide builder, the content that selects
 * and orders what the guide says, and the exports). StrykerJS has no runner for
 * web-test-runner, so the tests of those layers, which import only pure code,
 * chai and fast-check, run in Node with mocha: TypeScript through tsx, and the
 * two browser test packages swapped for Node stand-ins (register.mjs). A
 * script to run by hand, not in CI: run-areas.mjs runs it and prints the
 * score of each area (areas.mjs) and the total. LDN_MUTATE_AREA=guide,flow
 * mutates only those areas (a group name, such as questionnaire, stands for its
 * parts). Each selection keeps an incremental file in
 * reports/mutation/ (not in git), so a rerun tests only the mutants whose code
 * or covering tests changed. Do not switch
 * branches or rebase in the worktree while it runs: its test processes load
 * scripts/mutate/ from there (a run died when a rebase took them away).
 *
 * Left out, on purpose: static mutants (ignoreStatic: the model's data, made
 * once at load, would need a fresh process per mutant), the options of msg()
 * calls (msg-options-ignorer.mjs), the exhaustive B product of
 * guide-invariants (the completeness test checks every safety combination
 * already) and the two QR read-back tests, which draw pixels (a browser's ImageData).
 *
 * Sampled, so that no mutant waits a minute: the 12,800 safety combinations
 * of the exhaustive tests (guide-invariants A, guide-completeness, the compact
 * summary) are every 7th here (register.mjs sets the stride; see
 * test/support/answers.ts), over the same seeded backgrounds. The random
 * tests (fast-check, thousands of answer sets) still reach every answer.
 * CI and the browser run the products whole.
 *
 * Coverage is per test (mocha-runner records it in the dry run), so each
 * mutant runs only the tests that reach its code, and stops at the first
 * that fails. A hybrid mutant (its code also runs while the modules load)
 * restarts the test process each time: most of the questionnaire's are, which
 * makes that area slow (hours). A test that computes what it checks when its
 * file loads never sees a mutant there: build it inside the test or a beforeEach.
 */
import { AREAS, areasOf } from './areas.mjs';

const asked = process.env.LDN_MUTATE_AREA?.split(',') ?? [];
const areas = areasOf(asked);
const name = asked.length ? asked.join('+') : 'all';
const PURE_TESTS = [
  'test/questionnaire.test.ts',
  'test/answers-validation.test.ts',
  'test/saved-progress.test.ts',
  'test/machine.test.ts',
  'test/guide.test.ts',
  'test/ipdas.test.ts',
  'test/guide-length.test.ts',
  'test/compact-summary.test.ts',
  'test/fhir.test.ts',
  'test/guide-completeness.test.ts',
  'test/guide-invariants.test.ts',
  'test/guide-review-safety.test.ts',
  'test/guide-review-text.test.ts',
  'test/guide-reread-minors.test.ts',
  'test/guide-reread-2-minors.test.ts',
  'test/guide-reread-3-minors.test.ts',
  'test/guide-reread-3-more.test.ts',
  'test/machine-answers.test.ts',
  'test/answer-counts.test.ts',
  // Tests written from the mutants that survived (each asserts behaviour, and runs in the browser suite too).
  'test/mutation-gaps-*.test.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'mocha',
  testRunnerNodeArgs: ['--import', './scripts/mutate/register.mjs'],
  mochaOptions: {
    spec: PURE_TESTS,
    extension: ['ts'],
    // Mocha's timeout, for the long exhaustive tests.
    config: 'scripts/mutate/mocharc.json',
    // Every test but these (mocha matches the full title).
    grep: '^(?!.*(?:B: opioid use|reads back exactly \\(jsQR\\)|encodes 330 bytes of non-ASCII))',
  },
  mutate: areas.flatMap((area) => AREAS[area]),
  // Each selection has its own sandbox folder, so two selections can run at once; neither copies the other's.
  ignorePatterns: ['/.stryker-tmp', '/reports'],
  plugins: ['@stryker-mutator/mocha-runner', './scripts/mutate/msg-options-ignorer.mjs', './scripts/mutate/live-reporter.mjs'],
  ignorers: ['msg-options'],
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20_000,
  // The dry run records coverage per test, instrumented: minutes on a busy machine.
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json', 'live'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: `.stryker-tmp/${name}`,
  cleanTempDir: 'always',
};
