/**
 * Firefox for real: the Firefox build zips and passes Mozilla's addons-linter, then runs in
 * Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi. The extension is installed
 * as a temporary add-on, gov.cn names resolve to 127.0.0.1 (network.dns.forceResolve, Firefox's
 * counterpart of Chromium's host-resolver rules), and the main cases run: figures painted on
 * reports, non-reports left alone, a clip saved from the popup into IndexedDB, and a reader
 * highlight stored and re-attached after a reload.
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
/** The add-on's moz-extension:// origin (its internal UUID differs per profile). */
let EXT = '';

/** The add-on's internal UUID, read from the profile's prefs.js, where Firefox records it on install. */
async function addonUuid(profile: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const prefs = existsSync(join(profile, 'prefs.js')) ? readFileSync(join(profile, 'prefs.js'), 'utf8') : '';
    const m = /"extensions\.webextensions\.uuids", "(.*?)"\);/.exec(prefs);
    const uuid = m ? (JSON.parse(JSON.parse(`"${m[1]}"`)) as Record<string, string>)[ADDON_ID] : undefined;
    if (uuid) return uuid;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the add-on has no UUID in prefs.js');
}
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
  EXT = `moz-extension://${await addonUuid(profile)}`;
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

/** An extension page, to reach the add-on's APIs (tabs, storage) as the popup does. */
async function extensionPage(path = '/library.html'): Promise<Page> {
  const page = await browser.newPage();
  // The page loads, but WebDriver BiDi reports no navigation event for moz-extension:// pages.
  await page.goto(`${EXT}${path}`, { timeout: 3000 }).catch(() => undefined);
  await until(page, () => location.protocol === 'moz-extension:' && document.readyState === 'complete');
  return page;
}

/**
 * Poll `test` in the page until it holds: an extension page's CSP forbids the Function() that
 * puppeteer's waitForFunction and waitForSelector evaluate with.
 */
async function until(page: Page, test: () => boolean, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(test).catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${test.toString()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A message to the page's content script, in @webext-core/messaging's format, from an extension page. */
async function toTab(ext: Page, url: string, type: string, data?: unknown): Promise<unknown> {
  return ext.evaluate(
    async (u, t, d) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const tab = (await api.tabs.query({})).find((x) => x.url === u);
      if (tab?.id === undefined) throw new Error(`no tab at ${u}`);
      const reply = (await api.tabs.sendMessage(tab.id, { id: 1, type: t, data: d, timestamp: Date.now() })) as {
        res?: unknown;
        err?: unknown;
      };
      return reply?.res;
    },
    url,
    type,
    data ?? null,
  );
}

interface Status {
  isReport: boolean;
  metricCount: number;
  highlighted: number;
  userHighlights: number;
  orphaned: number;
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

  it('saves a clip from the popup into IndexedDB', async () => {
    const { page, url } = await open('zhuzhou-gxj-2024');
    const ext = await extensionPage();
    const tabId = await ext.evaluate(async (u) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? -1;
    }, url);
    const popup = await extensionPage(`/popup.html?tab=${tabId}`);
    await until(popup, () => !!document.querySelector('[data-testid=save]:not([disabled])'));
    await popup.evaluate(() => (document.querySelector('[data-testid=save]') as HTMLButtonElement).click());
    await until(popup, () => /已保存|Saved/.test(document.querySelector('[data-testid=message]')?.textContent ?? ''));
    const clips = await ext.evaluate(
      () =>
        new Promise<{ url: string; title: string; metrics: unknown[] }[]>((res, rej) => {
          const req = indexedDB.open('govlens');
          req.onerror = () => rej(req.error);
          req.onsuccess = () => {
            const all = req.result.transaction('clips', 'readonly').objectStore('clips').getAll();
            all.onsuccess = () => res(all.result);
          };
        }),
    );
    const clip = clips.find((c) => c.url === url);
    expect(clip?.title).toContain('法治政府建设');
    expect(clip?.metrics).toHaveLength(coreFigures('zhuzhou-gxj-2024'));
    for (const p of [popup, ext, page]) await p.close();
  });

  it('stores a reader highlight and re-attaches it after a reload', async () => {
    const { page, url } = await open('zhuzhou-gxj-2024');
    const phrase = '规范性文件有效期制度';
    await page.evaluate((p) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.nodeValue ?? '').indexOf(p);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + p.length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(r);
        return;
      }
      throw new Error('phrase not found');
    }, phrase);
    const ext = await extensionPage();
    const h = (await toTab(ext, url, 'highlightSelection', { note: '核对' })) as { selectors: { exact?: string }[] };
    expect(h.selectors[0].exact).toBe(phrase);
    await page.reload();
    await page.waitForSelector('html[data-govlens="report"]');
    await expect
      .poll(async () => ((await toTab(ext, url, 'getStatus')) as Status).userHighlights, { timeout: 10_000 })
      .toBe(1);
    const s = (await toTab(ext, url, 'getStatus')) as Status;
    expect(s.orphaned).toBe(0);
    expect(s.highlighted).toBe(s.metricCount);
    await ext.close();
    await page.close();
  });
});
