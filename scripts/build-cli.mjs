// Bundles the TypeScript CLI into dist/cli.mjs and its batch worker into dist/batch-worker.mjs (run by `npm ci` through "prepare").
// Packages stay external: they are installed in node_modules.
import { build } from 'esbuild';

await build({
  // The CLI and its batch worker thread (tinypool loads dist/batch-worker.mjs).
  entryPoints: { cli: 'cli/index.ts', 'batch-worker': 'cli/batch-worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
