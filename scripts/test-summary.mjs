// Prints vitest's JSON report (written in CI, see vitest.config.mts) as one plain line:
// "<label>: N passed, N failed" (", N skipped" when some were skipped).
import { readFileSync } from 'node:fs';

const [label, file = 'tmp/vitest-report.json'] = process.argv.slice(2);
try {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(
    `${label}: ${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
} catch (error) {
  console.log(`${label}: no test report (${error.message})`);
}
