#!/usr/bin/env node
// Launcher: the CLI is bundled to dist/ by `npm ci` / `npm run build:cli`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('govlens: the CLI is not built yet; run `npm run build:cli` (npm ci does it for you)');
  process.exit(1);
}
await import(cli.href);
