/**
 * Content-script time in Debian's Chromium on the largest fixture, against Readability.parse
 * (with its clone) on the same page in the same run, and the built content script's size.
 * Goals: ≤ 0.5× Readability's time; bundle ≤ 30 kB minified. Printed, not asserted.
 */
import { statSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, serveFixtures } from '../test/e2e/harness';

const slug = process.argv[2] ?? 'tianjin-gxj-2020';
const bundle = await build({
  entryPoints: ['bench/content-entry.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  write: false,
  logLevel: 'warning',
});
const code = bundle.outputFiles[0].text;
const { server, port } = await serveFixtures();
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: false,
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/${slug}/page.html`);
  await page.addScriptTag({ content: code });
  const result = await page.evaluate(() => {
    const b = (
      globalThis as unknown as {
        govlensBench: { contentScriptPass(d: Document): number; readabilityPass(d: Document): number };
      }
    ).govlensBench;
    const time = (fn: () => number) => {
      for (let i = 0; i < 5; i++) fn();
      const runs: number[] = [];
      const until = performance.now() + 2000;
      while (performance.now() < until) {
        const t0 = performance.now();
        fn();
        runs.push(performance.now() - t0);
      }
      runs.sort((x, y) => x - y);
      return { median: runs[Math.floor(runs.length / 2)], runs: runs.length };
    };
    const figures = b.contentScriptPass(document);
    return {
      figures,
      ours: time(() => b.contentScriptPass(document)),
      theirs: time(() => b.readabilityPass(document)),
      bytes: document.documentElement.outerHTML.length,
    };
  });
  const ratio = result.ours.median / result.theirs.median;
  console.log(
    `content script in Chromium — ${slug} (${(result.bytes / 1024).toFixed(0)} kB of HTML, ${result.figures} figures)`,
  );
  console.log(
    `  GovLens analyse + anchor + paint  ${result.ours.median.toFixed(2)} ms (median of ${result.ours.runs})`,
  );
  console.log(
    `  Readability.parse (+clone)        ${result.theirs.median.toFixed(2)} ms (median of ${result.theirs.runs})`,
  );
  console.log(`  ratio = ${ratio.toFixed(2)}×   goal ≤ 0.50×  ${ratio <= 0.5 ? 'MET' : 'MISSED'}`);
  try {
    const size = statSync('.output/chrome-mv3/content-scripts/report.js').size;
    console.log(
      `content-script bundle ${(size / 1024).toFixed(1)} kB minified   goal ≤ 30 kB  ${size <= 30 * 1024 ? 'MET' : 'MISSED'}`,
    );
  } catch {
    console.log('content-script bundle: not built (run npx wxt build)');
  }
} finally {
  await browser.close();
  server.close();
}
