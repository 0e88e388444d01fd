/**
 * Prints `tests: N passed, N failed` alone on the last line, because CI reads
 * that line and Web Test Runner's own totals live inside its progress bar.
 * A test file that fails to load counts as one failure so it cannot hide.
 */
function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function countReporter() {
  let totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, totals);
        const loadFailed = !session.passed && (session.errors?.length ?? 0) > 0;
        if (loadFailed) totals.failed += 1;
      }
    },
    stop() {
      // Other reporters flush during stop(); writing at exit keeps this line last.
      process.once('exit', () => {
        if (totals.skipped) process.stdout.write(`\nskipped tests: ${totals.skipped}`);
        process.stdout.write(`\ntests: ${totals.passed} passed, ${totals.failed} failed\n`);
      });
    },
  };
}
