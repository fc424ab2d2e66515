import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';

/** pdf.js's worker, character maps and standard fonts, copied into the extension for the file reader. */
function pdfjsAssets(): { absoluteSrc: string; relativeDest: string }[] {
  const dir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const files = [{ absoluteSrc: join(dir, 'build/pdf.worker.min.mjs'), relativeDest: 'pdfjs/pdf.worker.min.mjs' }];
  for (const sub of ['cmaps', 'standard_fonts'])
    for (const name of readdirSync(join(dir, sub)))
      files.push({ absoluteSrc: join(dir, sub, name), relativeDest: `pdfjs/${sub}/${name}` });
  return files;
}

// GovLens extension build. The content script runs on gov.cn by default; other sites only when
// the user asks (activeTab + scripting from the popup).
export default defineConfig({
  outDir: '.output',
  // `browser` everywhere (background, popup, side panel, library, content scripts) is Mozilla's
  // webextension-polyfill, the way WXT documents it: promise-returning APIs and listeners that may
  // return a promise, on Chrome as on Firefox.
  modules: ['@wxt-dev/webextension-polyfill'],
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
    // A report file on another host is fetched only once the reader grants that host, when asked.
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    commands: {
      'save-clip': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
      // Figures are painted, not focusable elements: these keys walk them, each with its card.
      'next-figure': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_commandNextFigure__',
      },
      'previous-figure': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commandPrevFigure__',
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
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsAssets());
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { minify: !process.env.GOVLENS_NOMINIFY },
  }),
});
