/**
 * `npm run mutate`: StrykerJS mutation testing of the pure layers (the
 * questionnaire, the flow rules, the guide builder, the content that selects
 * and orders what the guide says, and the exports). StrykerJS has no runner for
 * web-test-runner, so the tests of those layers, which import only pure code,
 * chai and fast-check, run in Node with mocha: TypeScript through tsx, and the
 * two browser test packages swapped for Node stand-ins (register.mjs). A
 * script to run by hand, not in CI: it takes hours on two cores. Do not switch
 * branches or rebase in the worktree while it runs: its test processes load
 * scripts/mutate/ from there (a run died when a rebase took them away).
 *
 * Left out, on purpose: static mutants (ignoreStatic: the model's data, made
 * once at load, would need a fresh process per mutant), the options of msg()
 * calls (msg-options-ignorer.mjs), the exhaustive B product of
 * guide-invariants (the completeness test checks every safety combination
 * already) and the two QR read-back tests, which draw pixels (a browser's ImageData).
 */
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
  mutate: [
    'src/questionnaire/**/*.ts',
    'src/flow/machine.ts',
    'src/flow/steps.ts',
    'src/flow/saved-progress.ts',
    'src/guide/**/*.ts',
    'src/content/guide/*.ts',
    'src/content/clinician-summary.ts',
    'src/content/compact-summary.ts',
    'src/content/compact-lines.ts',
    'src/content/fit-lines.ts',
    'src/content/answer-text.ts',
    'src/export/**/*.ts',
  ],
  plugins: ['@stryker-mutator/mocha-runner', './scripts/mutate/msg-options-ignorer.mjs'],
  ignorers: ['msg-options'],
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
