import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit and fixture tests run in Node; browser end-to-end tests live in test/e2e and run with
// their own config (vitest.e2e.config.ts) because they need the built extension and Chromium.
export default defineConfig({
  // The same alias as the extension build (wxt.config.ts).
  resolve: { alias: { 'webextension-polyfill': resolve('messaging/runtime.ts') } },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['test/**/*.spec.ts', 'test/**/*.spec.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    // Bundled by Vite (not loaded by Node) so that the polyfill alias above applies to it too.
    server: { deps: { inline: ['@webext-core/messaging'] } },
  },
});
