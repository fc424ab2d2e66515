import { defineConfig } from 'vitest/config';

// Unit and fixture tests run in Node; browser end-to-end tests live in test/e2e and run with
// their own config (vitest.e2e.config.ts) because they need the built extension and Chromium.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['test/**/*.spec.ts', 'test/**/*.spec.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
  },
});
