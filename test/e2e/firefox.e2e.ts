/**
 * Firefox for real: the Firefox build zips and passes Mozilla's addons-linter, then runs in
 * Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi. The extension is installed
 * as a temporary add-on, gov.cn names resolve to 127.0.0.1 (network.dns.forceResolve, Firefox's
 * counterpart of Chromium's host-resolver rules), and the main cases run: figures painted on
 * reports, non-reports left alone, a reader highlight made with the selection buttons stored and
 * re-attached after a reload, and a selection saved as a clip into IndexedDB and opened in the
 * library from the notice. Everything is done as a reader does it, with the mouse on the page, and
 * the add-on opens its own pages: on a busy machine WebDriver BiDi refuses to navigate a tab to
 * moz-extension:// ("not allowed in this context"), and it reports no URL for such a tab.
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

/**
 * Select `phrase` as a drag would and release the mouse: GovLens's selection buttons appear over
 * it, in its closed shadow root, where the page sees only their host. Returns where the bar is:
 * its left end, its right end and the height of its middle.
 */
async function selectionButtons(page: Page, phrase: string): Promise<{ x: number; right: number; y: number }> {
  const at = await page.evaluate((p) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n.nodeValue ?? '').indexOf(p);
      if (i < 0) continue;
      (n.parentElement as Element).scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + p.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(r);
      document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      const box = r.getBoundingClientRect();
      // The bar stands 40 px above the selection, from its left edge.
      return { x: Math.max(8, box.left), y: Math.max(8, box.top - 40) + 12 };
    }
    throw new Error(`"${p}" is not on the page`);
  }, phrase);
  const row = await hostBox(page, { y: at.y, from: at.x + 4, step: 2 });
  return { x: at.x, right: row.end, y: at.y };
}

/**
 * Walk a line of points until GovLens's UI is under it and then past it: where its box starts and
 * ends along the line (x for a row, y for a column). Polls until the UI is there.
 */
async function hostBox(
  page: Page,
  line: { x?: number; y?: number; from: number; step: number },
): Promise<{ x: number; y: number; start: number; end: number }> {
  const end = Date.now() + 15_000;
  for (;;) {
    const found = await page.evaluate((l) => {
      const hit = (v: number) => {
        const e = l.x === undefined ? document.elementFromPoint(v, l.y ?? 0) : document.elementFromPoint(l.x, v);
        return !!e?.closest('[data-govlens-ui]');
      };
      let v = l.from;
      for (let k = 0; k < 400 && !hit(v); k++) v += l.step;
      if (!hit(v)) return null;
      const start = v;
      while (hit(v + l.step)) v += l.step;
      return { x: l.x ?? 0, y: l.y ?? 0, start: Math.min(start, v), end: Math.max(start, v) };
    }, line);
    if (found) return found;
    if (Date.now() > end) throw new Error('GovLens UI did not appear');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Poll `read` in an extension page until it gives a value: the page's CSP forbids the Function()
 * that puppeteer's waitForFunction evaluates with.
 */
async function until<T>(page: Page, read: () => T | null | Promise<T | null>, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = (await page.evaluate(read).catch(() => null)) as T | null;
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${read.toString()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
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

  it('stores a reader highlight made with the selection buttons and re-attaches it after a reload', async () => {
    const { page } = await open('zhuzhou-gxj-2024');
    await page.waitForSelector('html[data-govlens-highlights="0"]');
    const bar = await selectionButtons(page, '规范性文件有效期制度');
    await page.mouse.click(bar.x + 12, bar.y);
    await page.waitForSelector('html[data-govlens-highlights="1"]', { timeout: 15_000 });
    // Stored in the add-on's IndexedDB: a fresh load of the page finds it and attaches it again.
    await page.reload();
    await page.waitForSelector('html[data-govlens="report"]', { timeout: 30_000 });
    await page.waitForSelector('html[data-govlens-highlights="1"]', { timeout: 15_000 });
    expect(Number(await page.evaluate(() => document.documentElement.dataset.govlensMetrics))).toBe(
      coreFigures('zhuzhou-gxj-2024'),
    );
    await page.close();
  });

  it('saves a selection as a clip into IndexedDB, and the notice opens it in the library', async () => {
    const { page, url } = await open('zhuzhou-gxj-2024');
    const phrase = '规范性文件有效期制度';
    // The library opens in a new tab, by the add-on (no WebDriver navigation to moz-extension://,
    // and WebDriver BiDi reports no URL for it: the tab is asked where it is). On a busy machine
    // the notice may be gone before the click lands: then the selection is saved again (the
    // notice says it is unchanged, and links the same clip).
    let library: Page | undefined;
    for (let attempt = 0; attempt < 3 && !library; attempt++) {
      const bar = await selectionButtons(page, phrase);
      // Save selection is the last of the buttons: near the bar's right end.
      await page.mouse.click(bar.right - 14, bar.y);
      // The notice (bottom right) ends with its "open in library" button, centred in its height.
      // (The viewport without its scroll bar: the notice stands 16 px from its edge.)
      const [w, h] = await page.evaluate(() => [
        document.documentElement.clientWidth,
        document.documentElement.clientHeight,
      ]);
      const button = await hostBox(page, { x: w - 16 - 14 - 8, from: h - 17, step: -2 });
      const before = new Set(await browser.pages());
      // Pointing at the notice keeps it open.
      await page.mouse.move(button.x, (button.start + button.end) / 2);
      await page.mouse.click(button.x, (button.start + button.end) / 2);
      for (const end = Date.now() + 8_000; !library && Date.now() < end; ) {
        library = (await browser.pages()).find((p) => !before.has(p));
        if (!library) await new Promise((r) => setTimeout(r, 100));
      }
    }
    if (!library) throw new Error('the library did not open');
    expect(await until(library, () => (/\/library\.html\?clip=/.test(location.href) ? location.href : null))).toMatch(
      /^moz-extension:\/\//,
    );
    const clips = await until(
      library,
      () =>
        new Promise<{ url: string; selection?: string; metrics: unknown[] }[] | null>((res) => {
          const req = indexedDB.open('govlens');
          req.onerror = () => res(null);
          req.onsuccess = () => {
            const all = req.result.transaction('clips', 'readonly').objectStore('clips').getAll();
            all.onsuccess = () => res(all.result.length ? all.result : null);
            all.onerror = () => res(null);
          };
        }),
    );
    const clip = clips.find((c) => c.url.startsWith(`${url}#govlens-selection-`));
    expect(clip?.selection).toBe(phrase);
    // The library shows that clip.
    const shown = await until(library, () => document.querySelector('[data-testid="clipview"]')?.textContent ?? null);
    expect(shown).toContain(phrase);
    await library.close();
    await page.close();
  });

  it('leaves a page that is not a report alone', async () => {
    const { page } = await open('tianjin-binhai-gxj-list');
    expect(await page.evaluate(() => document.documentElement.dataset.govlens)).toBe('page');
    expect(await page.evaluate(() => document.querySelectorAll('mark, [data-govlens-ui]').length)).toBe(0);
    await page.close();
  });
});
