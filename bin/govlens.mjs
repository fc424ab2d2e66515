#!/usr/bin/env node
// Launcher: the CLI is bundled to dist/ by `npm ci` / `npm run build:cli`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('govlens: the CLI is not built yet; run `npm run build:cli` (npm ci does it for you)');
  process.exit(1);
}
// A batch reads thousands of pages; V8 grows its heap lazily up to its default limit (GBs) before
// collecting the closed jsdom windows, so batches run with a bounded heap: memory stays flat at a
// few hundred MB however many pages there are. Set GOVLENS_HEAP_MB to change the bound.
if (process.argv[2] === 'batch' && !process.env.GOVLENS_BOUNDED) {
  const { spawnSync } = await import('node:child_process');
  const heap = process.env.GOVLENS_HEAP_MB || '320';
  const r = spawnSync(
    process.execPath,
    [`--max-old-space-size=${heap}`, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, GOVLENS_BOUNDED: '1' },
    },
  );
  process.exit(r.status ?? 1);
}
await import(cli.href);
