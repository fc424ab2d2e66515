// `npm run score`: the shared scorer (../shared/eval/score.mjs) over test/fixtures through the CLI.
// The scorer lives beside this repository, not in it; without it, say what is needed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const scorer = '../shared/eval/score.mjs';
if (!existsSync(scorer)) {
  console.error(
    'npm run score needs the shared scorer at ../shared/eval/score.mjs (the shared folder beside this\n' +
      'repository, with spec/ and fixtures/). Without it, the same checks run as tests: npm test\n' +
      '(test/core/fixtures.spec.ts judges every fixture the way the scorer does).',
  );
  process.exit(2);
}
const args = process.argv.slice(2);
const r = spawnSync(
  process.execPath,
  [scorer, '--fixtures', 'test/fixtures', '--cmd', 'node bin/govlens.mjs extract {file} --url {url} --json', ...args],
  { stdio: 'inherit' },
);
process.exit(r.status ?? 1);
