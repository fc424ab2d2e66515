import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

// GovLens extension build. The content script runs on gov.cn by default; other sites only when
// the user asks (activeTab + scripting from the popup).
export default defineConfig({
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    host_permissions: ['*://*.gov.cn/*'],
    commands: {
      'save-clip': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
    action: { default_title: 'GovLens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'govlens@example.org',
              strict_min_version: '115.0',
              // GovLens keeps everything on the user's machine: it collects no data.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    // @webext-core/messaging imports webextension-polyfill for promise-returning onMessage
    // listeners; messaging/runtime.ts gives it that on the browser's own APIs (10 kB less in
    // every page GovLens runs on). Everything else uses WXT's native `browser`.
    resolve: { alias: { 'webextension-polyfill': resolve('messaging/runtime.ts') } },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { minify: true },
  }),
});
