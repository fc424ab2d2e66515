import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in Debian's Chromium (playwright-core), fixture pages served
// from 127.0.0.1 and reached as *.gov.cn through --host-resolver-rules. One file at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    testTimeout: 90_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
