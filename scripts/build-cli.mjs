// Bundles the TypeScript CLI into dist/cli.mjs (run by `npm ci` through "prepare").
// Packages stay external: they are installed in node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/index.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
