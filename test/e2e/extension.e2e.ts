/**
 * The built extension in Chromium on the fixture pages: highlights match the core's figures on
 * every report, other pages are left alone, no console errors, Save from popup.html?tab=<id>
 * lands in IndexedDB govlens/clips, and a reader highlight re-attaches after a reload.
 * Screenshots of the highlighted page, the reader view and the popup go to test-results/.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load';
import { analyze } from '../../core/analyze';
import { decodeHtml } from '../../core/decode';
import { mayBeReport } from '../../core/gate';
import {
  EXTENSION_DIR,
  FIXTURE_DIR,
  fixtureUrl,
  inExtensionWorld,
  launch,
  PageUi,
  readStore,
  serve,
  serveFixtures,
  TICKING_REPORT,
} from './harness';

const SHOTS = 'test-results/screenshots';
const slugs = readdirSync(FIXTURE_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

let server: Server;
let port: number;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ server, port } = await serveFixtures());
  ({ context, worker, extensionId } = await launch('zh-CN'));
});

afterAll(async () => {
  await context?.close();
  await new Promise((r) => server?.close(r));
});

/** What the core says about a fixture page served at `url` (Node, jsdom). */
function coreFor(slug: string, url: string) {
  const html = decodeHtml(readFileSync(join(FIXTURE_DIR, slug, 'page.html'))).html;
  const doc = parseHtml(html, url);
  return { ...analyze(doc, { url }), mayBeReport: mayBeReport(doc) };
}

/** Whether the background injected the analyser into the page's frame. */
async function analyserLoaded(page: Page): Promise<boolean> {
  return (await inExtensionWorld(page, 'typeof window.__govlensAnalyser')) === 'object';
}

async function open(slug: string, at?: string): Promise<{ page: Page; errors: string[]; url: string }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const url = at ?? fixtureUrl(slug, port);
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, url };
}

/**
 * The console errors a fixture page makes on its own, without GovLens: the same bytes served from
 * 127.0.0.1, where the content script does not run. Portal templates call scripts they do not ship
 * (GetHits, today) and absolute asset URLs that nothing answers; those are the page's, not ours.
 */
async function ownErrors(slug: string): Promise<string[]> {
  const { page, errors } = await open(slug, `http://127.0.0.1:${port}/${slug}/page.html`);
  await page.waitForTimeout(300);
  expect(await page.getAttribute('html', 'data-govlens')).toBeNull();
  await page.close();
  return errors;
}

async function tabIdOf(url: string): Promise<number> {
  return worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
}

/** Select `phrase` in the page as a reader would (the selection, then the mouseup). */
async function select(page: Page, phrase: string): Promise<void> {
  await page.evaluate((p) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n.nodeValue ?? '').indexOf(p);
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + p.length);
        const sel = getSelection();
        sel?.removeAllRanges();
        sel?.addRange(r);
        document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: 100, clientY: 100 }));
        return;
      }
    }
    throw new Error('phrase not found');
  }, phrase);
}

/** The text of each of the reader's own highlights painted on the page. */
function userHighlights(page: Page, color?: string): Promise<string[]> {
  return page.evaluate(
    (only) =>
      ['pink', 'yellow', 'green', 'blue', 'purple']
        .filter((c) => !only || c === only)
        .flatMap((c) => [...((CSS.highlights.get(`govlens-user-${c}`) as unknown as Set<Range> | undefined) ?? [])])
        .map((r) => r.toString()),
    color ?? null,
  );
}

/** Number of ranges in GovLens's figure highlights (CSS Custom Highlight API). */
function paintedFigures(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const k of ['count', 'money', 'percent', 'duration', 'other']) {
      n += (CSS.highlights.get(`govlens-${k}`) as unknown as Set<Range> | undefined)?.size ?? 0;
    }
    return n;
  });
}

/** The scripts an extension page loads (its entry and the chunks it preloads), joined. */
function pageScripts(html: string): string {
  const page = readFileSync(join(EXTENSION_DIR, html), 'utf8');
  const srcs = [...page.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
  return srcs.map((s) => readFileSync(join(EXTENSION_DIR, s), 'utf8')).join('\n');
}

describe('the built extension uses webextension-polyfill for real', () => {
  // A string of Mozilla's polyfill source (its wrapper of callback-style listeners).
  const POLYFILL = 'The message port closed before a response was received';
  it('in the background, popup, side panel, library and content script', () => {
    expect(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8')).toContain(POLYFILL);
    for (const page of ['popup.html', 'sidepanel.html', 'library.html'])
      expect(pageScripts(page), page).toContain(POLYFILL);
    expect(readFileSync(join(EXTENSION_DIR, 'content-scripts/report.js'), 'utf8')).toContain(POLYFILL);
  });
});

describe('the built content script', () => {
  it('stays within 30 kB, with the core and the page UI left to the analyser', () => {
    const scout = readFileSync(join(EXTENSION_DIR, 'content-scripts/report.js'), 'utf8');
    expect(statSync(join(EXTENSION_DIR, 'content-scripts/report.js')).size).toBeLessThanOrEqual(30 * 1024);
    // Rule tables and UI that belong to the analyser only (the boilerplate rules, the figure
    // scanner's units, the stylesheet of the card and reader).
    const analyser = readFileSync(join(EXTENSION_DIR, 'analyser.js'), 'utf8');
    for (const marker of ['bdsharebuttonbox', '个工作日', ':host{all:initial}']) {
      expect(scout).not.toContain(marker);
      expect(analyser).toContain(marker);
    }
  });
});

describe('content script on fixture pages', () => {
  it.each(slugs)('%s', async (slug) => {
    const baseline = await ownErrors(slug);
    const { page, errors, url } = await open(slug);
    const core = coreFor(slug, url);
    const onGov = new URL(url).hostname.endsWith('.gov.cn');
    if (!onGov) {
      // Not a government site: the content script is not injected at all.
      await page.waitForTimeout(800);
      expect(await page.getAttribute('html', 'data-govlens')).toBeNull();
    } else {
      await page.waitForSelector('html[data-govlens]', { timeout: 15_000 });
      const marker = await page.getAttribute('html', 'data-govlens');
      const count = Number(await page.getAttribute('html', 'data-govlens-metrics'));
      // The analyser comes only to pages whose title can make them a report (core/gate.ts).
      expect(await analyserLoaded(page)).toBe(core.mayBeReport);
      if (core.isReport) {
        expect(core.mayBeReport).toBe(true);
        expect(marker).toBe('report');
        expect(count).toBe(core.metrics.length);
        expect(await paintedFigures(page)).toBe(core.metrics.length);
      } else {
        expect(marker).toBe('page');
        expect(count).toBe(0);
        expect(await paintedFigures(page)).toBe(0);
      }
    }
    // Nothing GovLens adds: every error on the page is one the page makes without the extension.
    await page.waitForTimeout(300);
    expect(errors.filter((e) => !baseline.includes(e))).toEqual([]);
    await page.close();
  });
});

describe('what each figure says, on the page', () => {
  it('the card and the reader show the label and the change with its base', async () => {
    const slug = 'province-stats-bulletin-republished';
    const { page, url } = await open(slug);
    await page.waitForSelector('html[data-govlens="report"]');
    const core = coreFor(slug, url);
    const i = core.metrics.findIndex((m) => m.measure === 'change' && m.base === '上年');
    expect(core.metrics[i]).toMatchObject({ label: '地区生产总值增速', direction: 'up' });
    // Where the figure is drawn: the rectangle of its text on the live page.
    const at = await page.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const k = n.textContent?.indexOf(text) ?? -1;
        if (k < 0) continue;
        const r = document.createRange();
        r.setStart(n, k + text.length - 4);
        r.setEnd(n, k + text.length);
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    }, '比上年增长4.8%');
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await new PageUi(page).waitFor('.card:not([hidden])');
    const card = await new PageUi(page).text('.card');
    expect(card).toContain('地区生产总值增速');
    expect(card).toMatch(/▲ .*比上年|▲ .*vs 上年/);
    await page.screenshot({ path: `${SHOTS}/card-change-zh.png` });

    const tabId = await tabIdOf(url);
    await worker.evaluate(async (id) => {
      await chrome.tabs.sendMessage(id, { id: 1, type: 'setReader', data: true, timestamp: Date.now() });
    }, tabId);
    await new PageUi(page).waitFor('.reader');
    const says = await new PageUi(page).texts('.fig .says');
    expect(says.filter((t) => t.includes('▼')).length).toBe(core.metrics.filter((m) => m.direction === 'down').length);
    expect(says.some((t) => /占比|share/.test(t))).toBe(true);
    await page.screenshot({ path: `${SHOTS}/reader-figures-zh.png` });
    await page.close();
  });
});

/** Rows of an IndexedDB store of the extension's database, read in an extension page. */
const storeRows = <T>(store: 'clips' | 'highlights') => readStore<T>(context, extensionId, store);

describe('a report of thousands of figures', () => {
  it('registers only the figures near the viewport, follows the scroll, and still counts them all', async () => {
    const para = (i: number) =>
      `<p>${i}. 全年办理案件<span>${(i % 90) + 10}件</span>，同比增长${(i % 9) + 1}.${i % 10}%，出具法律意见书${i % 300}份，办结率达99.${i % 100}%，涉及资金${(i % 50) + 1}.${i % 10}亿元。</p>`;
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>2024年国民经济和社会发展统计公报_某市统计局</title><meta name="SiteIDCode" content="4302000099"></head><body><div class="article"><h1>2024年国民经济和社会发展统计公报</h1>${Array.from({ length: 1200 }, (_, i) => para(i)).join('')}<p id="last">全年末位指标共计7777项。</p></div></body></html>`;
    const { server: big, port: bigPort } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    const url = `http://tjj.thousands.gov.cn:${bigPort}/2024.html`;
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-govlens="report"]', { timeout: 60_000 });
    const total = Number(await page.getAttribute('html', 'data-govlens-metrics'));
    expect(total).toBeGreaterThan(5000);
    await expect.poll(() => paintedFigures(page)).toBeGreaterThan(0);
    const near = await paintedFigures(page);
    expect(near).toBeLessThan(total / 4);
    const lastPainted = () =>
      page.evaluate(() =>
        ['count', 'money', 'percent', 'duration', 'other'].some((k) =>
          [...((CSS.highlights.get(`govlens-${k}`) as unknown as Set<AbstractRange> | undefined) ?? [])].some((r) => {
            // Figures are painted as StaticRanges: their text is read through a Range.
            const x = document.createRange();
            x.setStart(r.startContainer, r.startOffset);
            x.setEnd(r.endContainer, r.endOffset);
            return x.toString() === '7777项';
          }),
        ),
      );
    expect(await lastPainted()).toBe(false);
    await page.evaluate(() => document.getElementById('last')?.scrollIntoView());
    await expect.poll(lastPainted).toBe(true);
    // The popup counts every figure as painted while our highlights are registered.
    const status = await worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { id: 3, type: 'getStatus', timestamp: Date.now() }),
      await tabIdOf(url),
    );
    expect((status as { res: { highlighted: number } }).res.highlighted).toBe(total);
    await page.close();
    big.close();
  });

  it('draws the figures of a page that keeps changing itself as boxes on their text, which follow the page', async () => {
    // 10,000 figures, and a clock that rewrites a line every 50 ms (boxes after four seconds of it).
    const html = TICKING_REPORT;
    const { server: ticking, port: tickPort } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    const url = `http://tjj.ticking.gov.cn:${tickPort}/2024.html`;
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-govlens="report"]', { timeout: 60_000 });
    expect(Number(await page.getAttribute('html', 'data-govlens-metrics'))).toBe(10_000);
    const boxes = new PageUi(page, 'boxes');
    await boxes.waitFor('div div', 15_000);
    // No figure highlight is registered: the browser would re-validate each on every tick.
    expect(
      await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => !k.startsWith('govlens-user')).length),
    ).toBe(0);
    /** Whether a box covers the text of the `n`th <span> figure (15件 …), within a pixel. */
    const covered = async (n: number) => {
      const text = await page.evaluate((k) => {
        const e = document.querySelectorAll('.article p span')[k];
        const range = document.createRange();
        range.selectNodeContents(e);
        const r = range.getClientRects()[0];
        return { left: r.left, top: r.top, width: r.width };
      }, n);
      return boxes.call<boolean>(
        `function (r) { return [...this.querySelectorAll('div div')].some((b) => { const x = b.getBoundingClientRect(); return Math.abs(x.left - r.left) < 1 && Math.abs(x.top - r.top) < 1 && Math.abs(x.width - r.width) < 1; }); }`,
        text,
      );
    };
    await expect.poll(() => covered(3), { timeout: 15_000 }).toBe(true);
    // The page moves its text down (an element of its own above it): the boxes follow.
    await page.evaluate(() => {
      const banner = document.createElement('div');
      banner.style.height = '137px';
      document.querySelector('.article')?.prepend(banner);
    });
    await expect.poll(() => covered(3), { timeout: 15_000 }).toBe(true);
    // Far down the page, boxes are drawn when it is reached.
    expect(await covered(1500)).toBe(false);
    await page.evaluate(() => document.querySelectorAll('.article p span')[1500].scrollIntoView({ block: 'center' }));
    await expect.poll(() => covered(1500), { timeout: 15_000 }).toBe(true);
    await page.screenshot({ path: `${SHOTS}/boxes-ticker.png` });
    // GovLens's own UI (card, notice, reader view) stands above the boxes.
    await select(page, '全年共办理行政复议案件');
    await new PageUi(page).waitFor('.sel button');
    expect(
      await page.evaluate(() => {
        const z = (sel: string) => Number(getComputedStyle(document.querySelector(sel) as Element).zIndex);
        return z('[data-govlens-ui="host"]') > z('[data-govlens-ui="boxes"]');
      }),
    ).toBe(true);
    // The popup counts every figure as painted.
    const status = await worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { id: 4, type: 'getStatus', timestamp: Date.now() }),
      await tabIdOf(url),
    );
    expect((status as { res: { highlighted: number } }).res.highlighted).toBe(10_000);
    // Switched off and on again, as the popup does: the boxes go and come back.
    await worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { id: 5, type: 'setHighlights', data: false, timestamp: Date.now() }),
      await tabIdOf(url),
    );
    expect(await page.evaluate(() => document.querySelectorAll('[data-govlens-ui="boxes"]').length)).toBe(0);
    await worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { id: 6, type: 'setHighlights', data: true, timestamp: Date.now() }),
      await tabIdOf(url),
    );
    await expect.poll(() => covered(1500), { timeout: 15_000 }).toBe(true);
    await page.close();
    ticking.close();
  });

  it('reads a page of 25,000 elements in the offscreen document, paints it all, and the card says what a figure measures', async () => {
    const para = (i: number) =>
      `<p><span>${i}.</span> 全年共办理行政复议案件<span>${(i % 90) + 10}件</span>，同比增长<b>${(i % 9) + 1}.${i % 10}%</b>，出具法律意见书<em>${i % 300}份</em>，涉及资金<i>${(i % 50) + 1}.${i % 10}亿元</i>。</p>`;
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>2024年度法治政府建设工作情况报告_某市司法局</title><meta name="SiteIDCode" content="4302000099"></head><body><div class="article"><h1>2024年度法治政府建设工作情况报告</h1>${Array.from({ length: 4000 }, (_, i) => para(i)).join('')}</div></body></html>`;
    const { server: big, port: bigPort } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    // No offscreen document before (a save earlier in this run may have made one).
    await worker.evaluate(async () => {
      if (await chrome.offscreen.hasDocument()) await chrome.offscreen.closeDocument();
    });
    const url = `http://sfj.elsewhere.gov.cn:${bigPort}/2024.html`;
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-govlens="report"]', { timeout: 60_000 });
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(20_000);
    expect(Number(await page.getAttribute('html', 'data-govlens-metrics'))).toBe(16_000);
    // The page was read where it does not hold the page's main thread.
    expect(await worker.evaluate(() => chrome.offscreen.hasDocument())).toBe(true);
    const at = await page.evaluate(() => {
      const b = document.querySelectorAll('b')[1200];
      b.scrollIntoView({ block: 'center' });
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, text: b.textContent };
    });
    expect(at.text).toBe('4.0%');
    await page.mouse.move(at.x, at.y);
    await new PageUi(page).waitFor('.card:not([hidden])');
    const card = await new PageUi(page).text('.card');
    // The size as printed (4.0%, not 4).
    expect(card).toMatch(/^4\.0\s*%/);
    expect(card).toContain('行政复议案件增速');
    expect(card).toMatch(/▲ 比上年同期/);
    await page.close();
    big.close();
  });
});

describe('annotations on the page', () => {
  it('Alt+Shift+. and Alt+Shift+, walk the figures by keyboard, each scrolled to with its card; Escape puts the card away', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.commands['next-figure'].suggested_key.default).toBe('Alt+Shift+Period');
    expect(manifest.commands['previous-figure'].suggested_key.default).toBe('Alt+Shift+Comma');
    const slug = 'zhuzhou-gxj-2024';
    const { page, url } = await open(slug, `${fixtureUrl(slug, port)}?keyboard`);
    await page.waitForSelector('html[data-govlens="report"]');
    await page.bringToFront();
    const core = coreFor(slug, url);
    const command = (c: string) =>
      worker.evaluate(
        (name) => (chrome.commands.onCommand as unknown as { dispatch(c: string): void }).dispatch(name),
        c,
      );
    const ui = new PageUi(page);
    await command('next-figure');
    await ui.waitFor('.card:not([hidden]) .pos');
    expect(await ui.text('.card .pos')).toBe(`第 1 / ${core.metrics.length} 个数据`);
    expect(await ui.text('.card')).toContain(core.metrics[0].label);
    await command('next-figure');
    await expect.poll(() => ui.text('.card .pos')).toBe(`第 2 / ${core.metrics.length} 个数据`);
    const y2 = await page.evaluate(() => scrollY);
    await command('previous-figure');
    await command('previous-figure');
    // Before the first comes the last.
    await expect.poll(() => ui.text('.card .pos')).toBe(`第 ${core.metrics.length} / ${core.metrics.length} 个数据`);
    expect(await ui.text('.card')).toContain(core.metrics[core.metrics.length - 1].label);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(y2);
    expect(await ui.call<string>(`function () { return this.querySelector('.card').getAttribute('role'); }`)).toBe(
      'status',
    );
    await page.keyboard.press('Escape');
    await ui.waitFor('.card[hidden]');
    await page.close();
  });

  it('in the reader: a highlight with a note made on its text shows there and on the page; its note is edited and it is deleted there', async () => {
    const slug = 'zhuzhou-gxj-2024';
    const { page, url } = await open(slug, `${fixtureUrl(slug, port)}?reader-highlight`);
    await page.waitForSelector('html[data-govlens="report"]');
    await worker.evaluate(
      async (id) => {
        await chrome.tabs.sendMessage(id, { id: 1, type: 'setReader', data: true, timestamp: Date.now() });
      },
      await tabIdOf(url),
    );
    const ui = new PageUi(page);
    await ui.waitFor('.reader');
    const phrase = '规范性文件有效期制度';
    // Select the phrase in the reader's text (inside GovLens's closed shadow root) and let go.
    const selected = await ui.call<string>(
      `function (p) {
        const walker = document.createTreeWalker(this.querySelector('.reader .doc'), NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.data.indexOf(p);
          if (i < 0) continue;
          n.parentElement.scrollIntoView({ block: 'center' });
          document.getSelection().setBaseAndExtent(n, i, n, i + p.length);
          this.querySelector('.reader .doc').dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
          return document.getSelection().getComposedRanges({ shadowRoots: [this] })[0].toString?.() ?? 'ok';
        }
        return null;
      }`,
      phrase,
    );
    expect(selected).not.toBeNull();
    await ui.waitFor('.sel button', 15_000, 2);
    await ui.dispatch('.sel button', 'mousedown', 1);
    await ui.call(
      `function () {
        const input = this.querySelector('.sel input');
        input.value = '核对有效期';
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      }`,
    );
    await ui.waitFor('.reader .doc .uh');
    expect(await ui.text('.reader .doc .uh')).toBe(phrase);
    expect(await userHighlights(page)).toEqual([phrase]);
    expect(await ui.call<string>(`function () { return this.querySelector('.reader .uh-item textarea').value; }`)).toBe(
      '核对有效期',
    );
    await page.screenshot({ path: `${SHOTS}/reader-highlight-zh.png` });
    await ui.call(
      `function () {
        const t = this.querySelector('.reader .uh-item textarea');
        t.value = '有效期五年';
        t.dispatchEvent(new Event('change'));
      }`,
    );
    const stored = async () =>
      (await readStore<{ url: string; note: string }>(context, extensionId, 'highlights')).filter((h) => h.url === url);
    await expect.poll(async () => (await stored()).map((h) => h.note)).toEqual(['有效期五年']);
    await ui.dispatch('.reader .uh-item .del', 'click');
    await expect.poll(async () => (await stored()).length).toBe(0);
    expect(await ui.count('.reader .doc .uh')).toBe(0);
    expect(await userHighlights(page)).toEqual([]);
    await page.close();
  });

  it('Alt+Shift+H highlights the selection: the command is bound, and its handler stores and paints the highlight', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.commands['highlight-selection'].suggested_key.default).toBe('Alt+Shift+H');
    const slug = 'zhuzhou-gxj-2024';
    // An address of its own: the highlight it stores is not another test's.
    const { page } = await open(slug, `${fixtureUrl(slug, port)}?alt-shift-h`);
    await page.waitForSelector('html[data-govlens="report"]');
    await page.bringToFront();
    const phrase = '惠企政策口袋书';
    await select(page, phrase);
    // Headless Chromium does not deliver extension shortcuts from the keyboard: the browser's
    // command event is dispatched to the background's listener instead, as pressing the keys does.
    await worker.evaluate(() =>
      (chrome.commands.onCommand as unknown as { dispatch(c: string): void }).dispatch('highlight-selection'),
    );
    await expect.poll(async () => (await userHighlights(page)).includes(phrase), { timeout: 10_000 }).toBe(true);
    // Nothing selected: the page says so.
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await worker.evaluate(() =>
      (chrome.commands.onCommand as unknown as { dispatch(c: string): void }).dispatch('highlight-selection'),
    );
    await new PageUi(page).waitFor('.notice:not([hidden])');
    expect(await new PageUi(page).text('.notice')).toBe('没能记下这段高亮：所选文字不在报告正文里，批注没有保存。');
    await page.close();
  });

  it('lists the page’s highlights in reading order; a note edited, a colour chosen and a delete are stored and come back', async () => {
    const slug = 'zhuzhou-gxj-2024';
    const { page, url } = await open(slug);
    await page.waitForSelector('html[data-govlens="report"]');
    const ui = new PageUi(page);
    for (const phrase of ['编印惠企政策口袋书', '规范性文件有效期制度', '法律顾问团队']) {
      await select(page, phrase);
      await ui.waitFor('.sel button');
      await ui.dispatch('.sel button', 'mousedown');
      await expect.poll(async () => (await userHighlights(page)).includes(phrase), { timeout: 10_000 }).toBe(true);
    }
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(url)}`);
    await popup.click('[data-testid=annotations]');
    await ui.waitFor('.annots');
    expect(await ui.texts('.annots li .quote')).toEqual([
      '“规范性文件有效期制度”',
      '“法律顾问团队”',
      '“编印惠企政策口袋书”',
    ]);
    // A note typed in the panel (the closed root has the focus, the keys are real), then Tab.
    await ui.call('function () { this.querySelectorAll(".annots .note-edit")[0].focus(); }');
    await page.keyboard.type('对照2023年');
    await page.keyboard.press('Tab');
    await ui.dispatch('.annots li .colors .c', 'click', 5 + 2);
    await ui.dispatch('.annots li .del', 'click', 2);
    await expect
      .poll(async () =>
        (await storeRows<{ url: string; note: string; color?: string; selectors: { exact: string }[] }>('highlights'))
          .filter((h) => h.url === url)
          .map((h) => [h.selectors[0].exact, h.note, h.color ?? 'pink'])
          .sort(),
      )
      .toEqual([
        ['法律顾问团队', '', 'green'],
        ['规范性文件有效期制度', '对照2023年', 'pink'],
      ]);
    expect(await userHighlights(page, 'green')).toEqual(['法律顾问团队']);
    await page.screenshot({ path: `${SHOTS}/annotations-panel.png` });
    await page.reload();
    await page.waitForSelector('html[data-govlens="report"]');
    await ui.waitFor('.annots-pill');
    expect(await ui.text('.annots-pill')).toBe('批注（2）');
    await ui.dispatch('.annots-pill', 'click');
    await ui.waitFor('.annots');
    expect(await ui.call('function () { return this.querySelector(".annots .note-edit").value; }')).toBe('对照2023年');
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('the four flows on the page', () => {
  const slug = 'tianjin-gxj-2020';

  it('批注: a note typed after clicking the Note button is stored with its highlight and shown after a reload', async () => {
    const { page, url } = await open(slug);
    await page.waitForSelector('html[data-govlens="report"]');
    const phrase = '权责清单动态管理办法';
    await select(page, phrase);
    await new PageUi(page).dispatch('.sel button', 'mousedown', 1);
    await new PageUi(page).waitFor('.sel input');
    // The box has the focus (the page's selection is gone by now): type and press Enter.
    await page.keyboard.type('核对条款数');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await userHighlights(page)).length, { timeout: 30_000 }).toBe(1);
    await expect
      .poll(
        async () =>
          (await storeRows<{ url: string; note: string }>('highlights'))
            .filter((h) => h.url === url)
            .map((h) => h.note),
        {
          timeout: 10_000,
        },
      )
      .toEqual(['核对条款数']);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-govlens="report"]');
    await expect.poll(async () => (await userHighlights(page)).length, { timeout: 30_000 }).toBe(1);
    const at = await page.evaluate(() => {
      const r = [...((CSS.highlights.get('govlens-user-pink') as unknown as Set<Range>) ?? [])][0];
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const b = r.getClientRects()[0];
      return { x: b.left + Math.min(8, b.width / 2), y: b.top + b.height / 2 };
    });
    await page.mouse.move(at.x, at.y);
    await new PageUi(page).waitFor('.card:not([hidden]) .note');
    expect(await new PageUi(page).text('.card .note')).toBe('核对条款数');
    await page.screenshot({ path: `${SHOTS}/note-card-zh.png` });
    await page.close();
  });

  it('保存选中内容 on the selection buttons: the passage is a clip, and the notice opens it in the library', async () => {
    const { page, url } = await open(slug);
    await page.waitForSelector('html[data-govlens="report"]');
    const phrase = '持续推动各项工作任务制度化';
    await select(page, phrase);
    const ui = new PageUi(page);
    await ui.waitFor('.sel button', 15_000, 3);
    expect(await ui.texts('.sel button')).toEqual(['高亮', '批注', '保存选中内容']);
    await ui.dispatch('.sel button', 'mousedown', 2);
    await ui.waitFor('.notice:not([hidden]) button.notice-action');
    expect(await ui.text('.notice')).toMatch(/^已保存/);
    // The selection is done with: the buttons do not come back over it.
    expect(await page.evaluate(() => getSelection()?.isCollapsed)).toBe(true);
    expect(await ui.count('.sel')).toBe(0);
    const clip = (await storeRows<{ id: string; url: string; selection?: string }>('clips')).find(
      (c) => c.url.startsWith(`${url}#govlens-selection-`) && c.selection === phrase,
    );
    expect(clip).toBeTruthy();
    await page.screenshot({ path: `${SHOTS}/save-selection-notice.png` });
    const opened = context.waitForEvent('page');
    await ui.dispatch('.notice button.notice-action', 'click');
    const library = await opened;
    await library.waitForSelector('[data-testid="clipview"]');
    expect(library.url()).toBe(
      `chrome-extension://${extensionId}/library.html?clip=${encodeURIComponent(clip?.id ?? '')}`,
    );
    expect(await library.textContent('[data-testid="clipview"]')).toContain(phrase);
    await library.close();
    await page.close();
  });

  it('保存选中内容: nothing selected says so; a selection is its own clip and the page clip keeps its text', async () => {
    const { page, url } = await open(slug);
    await page.waitForSelector('html[data-govlens="report"]');
    const tabId = await tabIdOf(url);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="verdict"]');
    await popup.click('[data-testid="save-selection"]');
    await popup.waitForSelector('[data-testid="message"]');
    expect(await popup.textContent('[data-testid="message"]')).toContain('先在页面上选中');
    await popup.click('[data-testid="save"]');
    await popup.waitForFunction(() =>
      /已保存|无变化/.test(document.querySelector('[data-testid="message"]')?.textContent ?? ''),
    );
    await select(page, '全面落实市委、市人民政府');
    await popup.click('[data-testid="save-selection"]');
    await popup.waitForFunction(() =>
      /已保存/.test(document.querySelector('[data-testid="message"]')?.textContent ?? ''),
    );
    const clips = (await storeRows<{ url: string; text: string; version: number; selection?: string }>('clips')).filter(
      (c) => c.url.startsWith(url),
    );
    const core = coreFor(slug, url);
    const pageClip = clips.find((c) => c.url === url);
    // (Other tests of this page save selections of their own.)
    const selClip = clips.find((c) => c.url.includes('#govlens-selection-') && c.text === '全面落实市委、市人民政府');
    expect(pageClip?.text).toBe(core.text);
    expect(pageClip?.selection).toBeUndefined();
    expect(selClip?.selection).toBe('全面落实市委、市人民政府');
    // The popup does not think the page changed.
    await popup.reload();
    await popup.waitForSelector('[data-testid="clipped"]');
    expect(await popup.textContent('[data-testid="clipped"]')).not.toMatch(/已变化|changed/);
    await popup.close();
    await page.close();
  });

  it('the side panel follows the active tab, and Save saves the page it shows', async () => {
    const first = fixtureUrl('tianjin-binhai-gxj-2025', port);
    const second = fixtureUrl('zhuzhou-gxj-2024', port);
    const windowId = await worker.evaluate(
      async (u) => ((await chrome.windows.create({ url: u })) as chrome.windows.Window).id as number,
      first,
    );
    // The panel is drawn in a tab of another window (a real side panel is no tab at all).
    await worker.evaluate(
      async ({ w, u }) => {
        const other = (await chrome.windows.getAll()).find((x) => x.id !== w);
        await chrome.tabs.create({ windowId: other?.id, url: u });
      },
      { w: windowId, u: `chrome-extension://${extensionId}/sidepanel.html?window=${windowId}` },
    );
    await expect
      .poll(() => context.pages().some((p) => p.url().includes('sidepanel.html')), { timeout: 10_000 })
      .toBe(true);
    const panel = context.pages().find((p) => p.url().includes('sidepanel.html')) as Page;
    await panel.waitForFunction(
      () => document.querySelector('[data-testid="title"]')?.textContent?.includes('2025'),
      null,
      {
        timeout: 30_000,
      },
    );
    await worker.evaluate(async ({ w, u }) => chrome.tabs.create({ windowId: w, url: u, active: true }), {
      w: windowId,
      u: second,
    });
    await panel.waitForFunction(
      () => document.querySelector('[data-testid="title"]')?.textContent?.includes('2024年度'),
      null,
      {
        timeout: 30_000,
      },
    );
    await panel.click('[data-testid="save"]');
    await panel.waitForFunction(() =>
      /已保存|无变化/.test(document.querySelector('[data-testid="message"]')?.textContent ?? ''),
    );
    const clips = await storeRows<{ url: string }>('clips');
    expect(clips.some((c) => c.url === second)).toBe(true);
    expect(clips.some((c) => c.url === first)).toBe(false);
    await panel.close();
    await worker.evaluate(async (w) => chrome.windows.remove(w), windowId);
  });
});

describe('highlights that outlive an edit', () => {
  const slug = 'jiangmen-gxj-2024';
  const phrase = '并对2份已出台政策措施';

  it('re-attaches an edited sentence (a revised figure) and orphans a deleted one', async () => {
    const { page, url } = await open(slug);
    await page.waitForSelector('html[data-govlens="report"]');
    // A fresh highlight on this page (earlier tests may have left others on it).
    const before = (await userHighlights(page)).length;
    await select(page, phrase);
    await new PageUi(page).dispatch('.sel button', 'mousedown');
    await expect.poll(async () => (await userHighlights(page)).length, { timeout: 30_000 }).toBe(before + 1);
    const original = decodeHtml(readFileSync(join(FIXTURE_DIR, slug, 'page.html'))).html;
    expect(original).toContain(phrase);
    // The portal revises the figure: the same page now says 3份.
    await page.route(url, (route) =>
      route.fulfill({
        body: original.replace(phrase, '并对3份已出台政策措施'),
        contentType: 'text/html; charset=utf-8',
      }),
    );
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-govlens="report"]');
    await expect
      .poll(async () => (await userHighlights(page)).map((t) => t.replace(/\s+/g, '')), { timeout: 30_000 })
      .toContain('并对3份已出台政策措施');
    // The sentence is deleted: the highlight has nothing to attach to.
    await page.unroute(url);
    await page.route(url, (route) =>
      route.fulfill({
        body: original.replace(/[^。>]*并对2份已出台政策措施[^。<]*。?/, ''),
        contentType: 'text/html; charset=utf-8',
      }),
    );
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-govlens="report"]');
    await page.waitForTimeout(1500);
    expect((await userHighlights(page)).map((t) => t.replace(/\s+/g, ''))).not.toContain('并对3份已出台政策措施');
    expect((await userHighlights(page)).map((t) => t.replace(/\s+/g, ''))).not.toContain(phrase);
    await page.close();
  });
});

describe('tables on the page', () => {
  it('paints every cell figure in its own cell; the card and the reader say row · column', async () => {
    const slug = 'district-disclosure-2024-trs';
    const { page, url } = await open(slug);
    await page.waitForSelector('html[data-govlens="report"]');
    const core = coreFor(slug, url);
    const cells = core.metrics.filter((m) => m.table);
    expect(cells.length).toBe(200);
    // Every painted figure inside a table is a cell figure, and sits in a cell whose own text is the number.
    const inCells = await page.evaluate(() => {
      const out: { text: string; cell: string; row: string }[] = [];
      for (const k of ['count', 'money', 'percent', 'duration', 'other'])
        for (const r of (CSS.highlights.get(`govlens-${k}`) as unknown as Set<AbstractRange> | undefined) ?? []) {
          const td = (r.startContainer.parentElement as HTMLElement | null)?.closest('td');
          // Figures are painted as StaticRanges: their text is read through a Range.
          const x = document.createRange();
          x.setStart(r.startContainer, r.startOffset);
          x.setEnd(r.endContainer, r.endOffset);
          if (td)
            out.push({
              text: x.toString(),
              cell: td.textContent?.trim() ?? '',
              row: td.parentElement?.firstElementChild?.textContent?.trim() ?? '',
            });
        }
      return out;
    });
    expect(inCells.length).toBe(cells.length);
    expect(inCells.filter((c) => c.text !== c.cell)).toEqual([]);
    expect(inCells.some((c) => c.text === '1873' && c.row === '行政许可')).toBe(true);
    const at = await page.evaluate(() => {
      const td = [...document.querySelectorAll('td')].find((x) => x.textContent?.trim() === '1873');
      td?.scrollIntoView({ block: 'center' });
      const b = td?.getBoundingClientRect();
      return b ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null;
    });
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await new PageUi(page).waitFor('.card:not([hidden])');
    expect(await new PageUi(page).text('.card')).toContain('行政许可·本年处理决定数量');
    await page.screenshot({ path: `${SHOTS}/table-card-zh.png` });
    const tabId = await tabIdOf(url);
    await worker.evaluate(async (id) => {
      await chrome.tabs.sendMessage(id, { id: 1, type: 'setReader', data: true, timestamp: Date.now() });
    }, tabId);
    await new PageUi(page).waitFor('.reader');
    expect(await new PageUi(page).count('.reader table')).toBe(3);
    expect(await new PageUi(page).count('.reader td mark')).toBe(cells.length);
    expect(await new PageUi(page).count('.reader td[colspan="7"]')).toBe(1);
    await page.screenshot({ path: `${SHOTS}/reader-table-zh.png` });
    await page.close();
  });
});

describe('a hostile page', () => {
  it('cannot squat our element, undo our styles, or save our UI from a contenteditable body', async () => {
    const slug = 'tianjin-binhai-2024';
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      // A page that takes our element's name first, with a constructor that throws.
      customElements.define(
        'govlens-ui',
        class extends HTMLElement {
          constructor() {
            super();
            throw new Error('squatted');
          }
        },
      );
      document.addEventListener('DOMContentLoaded', () => {
        const s = document.createElement('style');
        s.textContent = '* { all: unset !important }';
        document.head.append(s);
        document.body.contentEditable = 'true';
      });
    });
    const url = fixtureUrl(slug, port);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('html[data-govlens="report"]');
    const top = await page.evaluate(() => document.body.getBoundingClientRect().top);
    const tabId = await tabIdOf(url);
    await worker.evaluate(async (id) => {
      await chrome.tabs.sendMessage(id, { id: 1, type: 'setReader', data: true, timestamp: Date.now() });
    }, tabId);
    await new PageUi(page).waitFor('.reader');
    expect(await new PageUi(page).count('.fig')).toBe(coreFor(slug, url).metrics.length);
    const seen = await page.evaluate(() => ({
      inBody: document.body.innerHTML.includes('data-govlens-ui'),
      styleShown: [...document.querySelectorAll('style[data-govlens-ui]')].some(
        (el) => getComputedStyle(el).display !== 'none',
      ),
      hostHeight: document.querySelector('[data-govlens-ui=host]')?.getBoundingClientRect().height,
      top: document.body.getBoundingClientRect().top,
      // The page cannot reach into our UI (the reader's text, a note being typed): a closed root.
      reachable: document.querySelector('[data-govlens-ui=host]')?.shadowRoot !== null,
    }));
    expect(seen).toEqual({ inBody: false, styleShown: false, hostHeight: 0, top, reachable: false });
    expect(errors.filter((e) => /squatted/.test(e))).toEqual([]);
    await page.close();
  });

  it('clears our highlights, and the status says so (read back from the page, not remembered)', async () => {
    const slug = 'zhuzhou-gxj-2024';
    const { page, url } = await open(slug);
    await page.waitForSelector('html[data-govlens="report"]');
    const tabId = await tabIdOf(url);
    const status = () =>
      worker.evaluate(
        (id) => chrome.tabs.sendMessage(id, { id: 2, type: 'getStatus', timestamp: Date.now() }),
        tabId,
      ) as Promise<{ res?: { highlighted: number } }>;
    expect((await status()).res?.highlighted).toBe(coreFor(slug, url).metrics.length);
    await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear());
    expect((await status()).res?.highlighted).toBe(0);
    await page.close();
  });
});

describe('popup, saving and reader highlights', () => {
  const slug = 'tianjin-binhai-2024';

  it('shows the status, saves a clip into IndexedDB govlens/clips, and screenshots', async () => {
    const { page, url } = await open(slug);
    await page.waitForSelector('html[data-govlens="report"]');
    await page.screenshot({ path: `${SHOTS}/highlighted-page.png` });

    const tabId = await tabIdOf(url);
    expect(tabId).toBeGreaterThan(0);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="verdict"]');
    expect(await popup.textContent('[data-testid="verdict"]')).toContain('报告');
    expect(await popup.textContent('[data-testid="agency"]')).toBe('天津市滨海新区人民政府');
    await popup.click('[data-testid="save"]');
    await popup.waitForSelector('[data-testid="message"]');
    expect(await popup.textContent('[data-testid="message"]')).toMatch(/已保存|Saved/);
    await popup.waitForSelector('[data-testid="clipped"]');
    await popup.screenshot({ path: `${SHOTS}/popup-zh.png` });
    // The side panel is the same panel, taller.
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 400, height: 860 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('[data-testid="clipped"]');
    expect(await panel.textContent('[data-testid="agency"]')).toBe('天津市滨海新区人民政府');
    await panel.click('summary');
    await panel.screenshot({ path: `${SHOTS}/sidepanel-zh.png` });
    await panel.close();

    // The clips of this page (other tests save other pages into the same profile).
    const stored = await popup.evaluate(
      (pageUrl) =>
        new Promise<{ count: number; title: string; metrics: number; html: string }>((resolve, reject) => {
          const req = indexedDB.open('govlens');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction('clips', 'readonly');
            const all = tx.objectStore('clips').getAll();
            all.onsuccess = () => {
              const mine = all.result.filter((c: { url: string }) => c.url === pageUrl);
              resolve({
                count: mine.length,
                title: mine[0]?.title,
                metrics: mine[0]?.metrics.length,
                html: mine[0]?.html,
              });
            };
          };
        }),
      url,
    );
    const core = coreFor(slug, url);
    expect(stored.count).toBe(1);
    expect(stored.title).toBe(core.title);
    expect(stored.metrics).toBe(core.metrics.length);
    expect(stored.html).toMatch(/^<p>/);
    expect(stored.html).not.toMatch(/<script|onerror=/i);

    // Saving again keeps one clip (an update, never a silent duplicate).
    await popup.click('[data-testid="save"]');
    await popup.waitForFunction(() => /无变化|nothing changed/.test(document.body.textContent ?? ''));
    await popup.close();

    // The reader view, in its shadow root.
    await page.bringToFront();
    const status = await worker.evaluate(async (id) => {
      await chrome.tabs.sendMessage(id, { id: 1, type: 'setReader', data: true, timestamp: Date.now() });
      return true;
    }, tabId);
    expect(status).toBe(true);
    await new PageUi(page).waitFor('.reader');
    expect(await new PageUi(page).count('.fig')).toBe(core.metrics.length);
    await page.screenshot({ path: `${SHOTS}/reader-view.png` });
    await page.close();
  });

  it('re-attaches a reader highlight after a reload', async () => {
    const { page } = await open(slug);
    await page.waitForSelector('html[data-govlens="report"]');
    // Select a phrase in the report as a reader would, then use the floating button.
    const phrase = '减少检查5908户次';
    await select(page, phrase);
    await new PageUi(page).dispatch('.sel button', 'mousedown');
    await expect.poll(async () => (await userHighlights(page)).length, { timeout: 30_000 }).toBe(1);

    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-govlens="report"]');
    await expect.poll(async () => (await userHighlights(page)).length, { timeout: 30_000 }).toBe(1);
    const [text] = await userHighlights(page);
    expect(text.replace(/\s+/g, '')).toBe(phrase);
    await page.close();
  });
});

describe('pages that are not reports: the analyser comes when it is needed', () => {
  const notice = 'tianjin-binhai-gxj-notice';

  it('loads it for the popup, which then says why the page is not a report', async () => {
    const { page, url } = await open(notice);
    await page.waitForSelector('html[data-govlens="page"]');
    expect(await analyserLoaded(page)).toBe(false);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(url)}`);
    await popup.waitForSelector('[data-testid="verdict"]');
    expect(await popup.textContent('[data-testid="verdict"]')).not.toContain('是报告');
    expect(await popup.textContent('[data-testid="title"]')).toBe(coreFor(notice, url).title);
    expect(await popup.textContent('body')).toMatch(/通知|notice/);
    // Only what applies on a notice: no highlight toggle (no figures), no clean view; the score in words.
    expect(await popup.locator('[data-testid="toggle"]').count()).toBe(0);
    expect(await popup.locator('[data-testid="reader"]').count()).toBe(0);
    expect(await popup.textContent('[data-testid="score"]')).toMatch(/报告可能性(低|中等)/);
    await popup.setViewportSize({ width: 380, height: 520 });
    await popup.click('summary');
    await popup.screenshot({ path: `${SHOTS}/popup-notice-zh.png` });
    expect(await analyserLoaded(page)).toBe(true);
    // Reading the page for the popup paints nothing on a notice.
    expect(await paintedFigures(page)).toBe(0);
    expect(await page.getAttribute('html', 'data-govlens')).toBe('page');
    await popup.close();
    await page.close();
  });

  it('loads it for a selection, and again on reload for the reader highlight made there', async () => {
    const { page } = await open(notice);
    await page.waitForSelector('html[data-govlens="page"]');
    expect(await analyserLoaded(page)).toBe(false);
    const phrase = '以正式文件形式报送';
    await select(page, phrase);
    await new PageUi(page).dispatch('.sel button', 'mousedown');
    await expect.poll(async () => (await userHighlights(page)).length, { timeout: 30_000 }).toBe(1);

    await page.reload({ waitUntil: 'load' });
    await expect.poll(async () => (await userHighlights(page)).length, { timeout: 30_000 }).toBe(1);
    expect(await analyserLoaded(page)).toBe(true);
    const [text] = await userHighlights(page);
    expect(text.replace(/\s+/g, '')).toBe(phrase);
    expect(await paintedFigures(page)).toBe(0);
    await page.close();
  });

  it('loads it when late-loaded content turns the page into a report', async () => {
    // A portal shell that renders its article after load, as some CMSs do: the title and the
    // body of a fixture arrive 600 ms later.
    const slug = 'zhuzhou-gxj-2024';
    const url = `http://late.example.gov.cn:${port}/late/index.html`;
    const source = parseHtml(decodeHtml(readFileSync(join(FIXTURE_DIR, slug, 'page.html'))).html, url);
    const article = JSON.stringify({ title: source.title, body: source.body.innerHTML }).replace(/</g, '\\u003c');
    await context.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html><head><meta charset="utf-8"><title>株洲市工业和信息化局</title></head>
<body><div id="app">加载中……</div><script>
setTimeout(() => {
  const article = ${article};
  document.title = article.title;
  document.body.innerHTML = article.body;
}, 600);
</script></body></html>`,
      }),
    );
    const { page } = await open(slug, url);
    await page.waitForSelector('html[data-govlens="page"]');
    await page.waitForSelector('html[data-govlens="report"]', { timeout: 15_000 });
    // The core on the same final document: the fixture's title and body.
    const composed = parseHtml(
      `<!doctype html><html><head><title>${source.title}</title></head><body>${source.body.innerHTML}</body></html>`,
      url,
    );
    const core = analyze(composed, { url });
    expect(core.isReport).toBe(true);
    await expect.poll(() => paintedFigures(page), { timeout: 30_000 }).toBe(core.metrics.length);
    expect(Number(await page.getAttribute('html', 'data-govlens-metrics'))).toBe(core.metrics.length);
    await context.unroute(url);
    await page.close();
  });
});

describe('injected again (popup "Analyse this page" on a page that has GovLens)', () => {
  it('the new copy takes over: figures painted once, selection buttons and status still answer', async () => {
    const slug = 'zhuzhou-gxj-2024';
    const baseline = await ownErrors(slug);
    const { page, url, errors } = await open(slug);
    await page.waitForSelector('html[data-govlens="report"]');
    const core = coreFor(slug, url);
    const tabId = await tabIdOf(url);
    await worker.evaluate(async (id) => {
      await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/report.js'] });
    }, tabId);
    // The old copy took itself off the page; the new one paints again.
    await page.waitForSelector('html[data-govlens="report"]');
    await expect.poll(() => paintedFigures(page), { timeout: 30_000 }).toBe(core.metrics.length);
    const status = await worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { id: 2, type: 'getStatus', timestamp: Date.now() }),
      tabId,
    );
    expect((status as { res: { metricCount: number } }).res.metricCount).toBe(core.metrics.length);
    // The new copy listens: a selection gets the floating buttons, in one UI host.
    await select(page, '在市委市政府的坚实引领下');
    await new PageUi(page).waitFor('.sel button');
    expect(await page.locator('[data-govlens-ui=host]').count()).toBe(1);
    expect(errors.filter((e) => !baseline.includes(e))).toEqual([]);
    await page.close();
  });
});
