/**
 * Firefox for real: the Firefox build zips and passes Mozilla's addons-linter, then runs in
 * Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi. The extension is installed
 * as a temporary add-on, gov.cn names resolve to 127.0.0.1 (network.dns.forceResolve, Firefox's
 * counterpart of Chromium's host-resolver rules), and the main cases run: figures painted on
 * reports and non-reports left alone. (Extension pages are not reached: on a busy machine
 * WebDriver BiDi refuses to navigate a tab to moz-extension:// — "not allowed in this context" —
 * so the popup's save and a highlight made through it were flaky here and are left out.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import { decodeHtml } from '../../core/decode';
import { doc } from '../helpers/dom';
import { FIXTURE_DIR, fixtureUrl, serveFixtures } from './harness';

describe('Firefox package', () => {
  it('zips and passes addons-linter with no errors', () => {
    execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { stdio: 'pipe' });
    const zip = '.output/govlens-0.1.0-firefox.zip';
    expect(existsSync(zip)).toBe(true);
    let out: string;
    try {
      out = execFileSync('npx', ['addons-linter', '--output', 'json', zip], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      // addons-linter exits non-zero when it finds errors; its JSON is still on stdout.
      out = (e as { stdout: string }).stdout;
    }
    const report = JSON.parse(out) as { summary: { errors: number }; errors: { code: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});

/** Debian's Firefox ESR (FIREFOX_PATH overrides). */
function firefoxPath(): string {
  for (const p of [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'])
    if (p && existsSync(p)) return p;
  throw new Error('Debian firefox-esr not found: apt-get install firefox-esr');
}

const DIR = resolve('.output/firefox-mv2');
const ADDON_ID = 'govlens@example.org';

let browser: Browser;
let server: Server;
let port: number;

beforeAll(async () => {
  if (!existsSync(join(DIR, 'manifest.json')))
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv2'], { stdio: 'pipe' });
  ({ server, port } = await serveFixtures());
  const profile = mkdtempSync(join(tmpdir(), 'govlens-firefox-'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: { 'network.dns.forceResolve': '127.0.0.1', 'intl.locale.requested': 'zh-CN' },
  });
  expect(await browser.installExtension(DIR)).toBe(ADDON_ID);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

/** What the core finds on a fixture (the extension must paint as many). */
function coreFigures(slug: string): number {
  const html = decodeHtml(readFileSync(join(FIXTURE_DIR, slug, 'page.html'))).html;
  const { url } = JSON.parse(readFileSync(join(FIXTURE_DIR, slug, 'expected.json'), 'utf8')) as { url: string };
  return analyze(doc(html, url), { url }).metrics.length;
}

async function open(slug: string): Promise<{ page: Page; url: string }> {
  const url = fixtureUrl(slug, port);
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-govlens]', { timeout: 30_000 });
  return { page, url };
}

describe('in Firefox', () => {
  it.each([
    'zhuzhou-gxj-2024',
    'city-stats-bulletin-2024-tables',
    'hanweb-county-disclosure-2022',
  ])('paints every figure of %s', async (slug) => {
    const { page } = await open(slug);
    expect(await page.evaluate(() => document.documentElement.dataset.govlens)).toBe('report');
    expect(Number(await page.evaluate(() => document.documentElement.dataset.govlensMetrics))).toBe(coreFigures(slug));
    await page.close();
  });

  it('leaves a page that is not a report alone', async () => {
    const { page } = await open('tianjin-binhai-gxj-list');
    expect(await page.evaluate(() => document.documentElement.dataset.govlens)).toBe('page');
    expect(await page.evaluate(() => document.querySelectorAll('mark, [data-govlens-ui]').length)).toBe(0);
    await page.close();
  });
});
