// Bundles bench/run.ts for Node (packages stay external).
import { build } from 'esbuild';

await build({
  entryPoints: [
    'bench/run.ts',
    'bench/chromium.ts',
    'bench/library.ts',
    'bench/batch.ts',
    'bench/readability-batch.ts',
    'bench/hostile.ts',
    'bench/library-long.ts',
  ],
  outdir: 'dist/bench',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
