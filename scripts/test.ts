// `npm test`: runs the lint (`npm run lint`), builds the extension for Chrome and for Firefox, runs
// every test (unit, browser tests in Chromium and in Firefox) in one vitest run, and ends with one
// line `N passed, N failed` that counts them all, a failed lint as one failure. A skipped or empty run fails:
// a run that executed nothing must not pass for a green one.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const REPORT = 'out/test-report.json';
const run = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: 'inherit', shell: false }).status ?? 1;

// The house rules first: a lint failure is reported, counted, and the tests still run.
const lintFailed = run('npm', ['run', 'lint']) === 0 ? 0 : 1;

for (const build of [['build'], ['build', '-b', 'firefox', '--mv3']]) {
  if (run('node_modules/.bin/wxt', build) !== 0) {
    console.log(`0 passed, ${1 + lintFailed} failed`);
    process.exit(1);
  }
}

rmSync(REPORT, { force: true });
const vitestStatus = run('node_modules/.bin/vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORT}`,
  ...process.argv.slice(2),
]);

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
let report: Report;
try {
  report = JSON.parse(readFileSync(REPORT, 'utf8'));
} catch {
  console.log(`0 passed, ${1 + lintFailed} failed (vitest wrote no report, exit code ${vitestStatus})`);
  process.exit(1);
}

const passed = report.numPassedTests;
const skipped = report.numPendingTests + report.numTodoTests;
// A file that fails outside any test (an import, a hook) fails no test but fails the run.
const outsideTests = vitestStatus !== 0 && report.numFailedTests === 0 ? 1 : 0;
const failed = report.numFailedTests + skipped + outsideTests + lintFailed;
if (skipped > 0) console.log(`${skipped} skipped or todo test(s) count as failed.`);
if (outsideTests) console.log(`vitest failed outside any test (exit code ${vitestStatus}).`);
if (lintFailed) console.log('`npm run lint` failed: it counts as one failed test.');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
