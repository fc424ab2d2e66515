// `npm run check`: types, lint + format, unit tests, and (when present) browser end-to-end tests.
// Ends with a plain "N passed, N failed" line computed from Vitest's JSON reports, and exits
// non-zero when any step fails. CI (.ci/run) runs exactly this.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = 'test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const steps = [
  ['types', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/unit.json`]],
];
if (existsSync('vitest.e2e.config.ts') && process.env.GOVLENS_SKIP_E2E !== '1') {
  steps.push([
    'e2e',
    'npx',
    [
      'vitest',
      'run',
      '-c',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}/e2e.json`,
    ],
  ]);
}

let passed = 0;
let failed = 0;
const failedSteps = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n── ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
  const report = `${out}/${name}.json`;
  if (existsSync(report)) {
    const j = JSON.parse(readFileSync(report, 'utf8'));
    passed += j.numPassedTests;
    failed += j.numFailedTests;
    // A suite that failed to load has no failed tests but is a failure all the same.
    if (j.numFailedTestSuites > 0 && j.numFailedTests === 0) failed += j.numFailedTestSuites;
  } else if (r.status !== 0) {
    // A non-test step (types, lint) that fails counts as one failure.
    failed += 1;
  }
  if (r.status !== 0) failedSteps.push(name);
}
if (failedSteps.length) console.log(`\nfailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length || failed ? 1 : 0);
