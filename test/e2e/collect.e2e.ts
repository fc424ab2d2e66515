/**
 * Collecting a series: a list page under a gov.cn name with 12 linked reports over two pages (the
 * second reached through its script-written pager) and one dead link. The popup offers to
 * collect; the collector lists the items, follows the pages, fetches one page a second, saves
 * 12 clips tagged and in a collection, reports the 404; a second run adds nothing.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../core/decode';
import { FIXTURE_DIR, launch, readStore, serve, violations } from './harness';

const SHOTS = 'test-results/screenshots';
const HOST = 'sfj.series.gov.cn';
const TITLE = '2024年度法治政府建设工作情况报告';
const template = decodeHtml(readFileSync(join(FIXTURE_DIR, 'zhuzhou-gxj-2024', 'page.html'))).html;
const reports = Array.from({ length: 12 }, (_, i) => ({
  path: `/art/${2013 + i}/${1000 + i}.html`,
  title: `${2013 + i}年度法治政府建设工作情况报告（第${i + 1}期）`,
  date: `${2014 + i}-02-1${i % 10}`,
}));
const row = (r: { path: string; title: string; date: string }) =>
  `<li><a href="${r.path}" title="${r.title}">${r.title}</a><span class="date">${r.date}</span></li>`;
const list = (items: string[], pager: string) => `<!doctype html><html><head><meta charset="utf-8">
<title>法治政府建设_某区司法局</title><meta name="SiteIDCode" content="4302000099"></head><body>
<div class="header">某区司法局</div><div class="list"><ul>${items.join('\n')}</ul></div>
<div class="page">${pager}</div></body></html>`;
const page1 = list(
  [
    ...reports.slice(0, 6).map(row),
    row({ path: '/art/gone/404.html', title: '已删除的2012年度法治政府建设工作情况报告', date: '2013-02-01' }),
  ],
  `<script>createPageHTML(2, 0, "index", "html");</script><a href="index_1.html">下一页</a> 共2页`,
);
const page2 = list(reports.slice(6).map(row), '<a href="index.html">上一页</a> 共2页');

let server: Server;
let port: number;
let context: BrowserContext;
let extensionId: string;
const hits: { path: string; at: number }[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ server, port } = await serve((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push({ path, at: Date.now() });
    const report = reports.find((r) => r.path === path);
    const body =
      path === '/col/fzzf/index.html'
        ? page1
        : path === '/col/fzzf/index_1.html'
          ? page2
          : report
            ? template.replaceAll(TITLE, report.title)
            : /^\/tabs\/\d\.html$/.test(path)
              ? template.replaceAll(TITLE, `${path.slice(6, 7)}号标签页的2024年度法治政府建设工作情况报告`)
              : null;
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  }));
  ({ context, extensionId } = await launch('zh-CN'));
});

afterAll(async () => {
  await context?.close();
  await new Promise((r) => server?.close(r));
});

const listUrl = () => `http://${HOST}:${port}/col/fzzf/index.html`;

interface Stored {
  url: string;
  title: string;
  tags: string[];
  collections?: string[];
}

async function openCollector(): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto(listUrl());
  const [worker] = context.serviceWorkers();
  const id = await worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1,
    listUrl(),
  );
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${id}`);
  await popup.waitForSelector('[data-testid=collect]');
  const opened = context.waitForEvent('page');
  await popup.click('[data-testid=collect]');
  const page = await opened;
  await page.waitForSelector('[data-testid=collect-items] tbody tr');
  await tab.close();
  return page;
}

describe('collect a series from a list page', () => {
  it('collects the 12 reports over two pages, tagged and in a collection, one request a second, and reports the 404', async () => {
    const page = await openCollector();
    expect(await page.locator('[data-testid=collect-items] tbody tr').count()).toBe(7);
    expect(await page.inputValue('[data-testid=collect-collection]')).toBe('法治政府建设');
    await page.click('[data-testid=collect-follow]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=collect-items] tbody tr').length === 13);
    await page.fill('[data-testid=collect-collection]', '某区法治报告 2013—2024');
    await page.screenshot({ path: `${SHOTS}/collect-choose.png` });
    expect(await violations(page)).toEqual([]);
    const before = hits.length;
    await page.click('[data-testid=collect-start]');
    await page.waitForSelector('[data-testid=collect-pause]');
    await page.waitForSelector('[data-testid=collect-summary]', { timeout: 60_000 });
    await page.screenshot({ path: `${SHOTS}/collect-done.png` });
    expect(await page.textContent('[data-testid=collect-summary] p')).toMatch(
      /^完成：保存 12 篇，已保存过 0 篇，非报告 0 篇，失败 1 篇。/,
    );
    expect(await page.locator('[data-testid=collect-failures] li').allTextContents()).toEqual([
      '已删除的2012年度法治政府建设工作情况报告 — HTTP 404',
    ]);
    // One request a second to the site, never two at once.
    const fetches = hits.slice(before).filter((h) => h.path.startsWith('/art/'));
    expect(fetches).toHaveLength(13);
    const gaps = fetches.slice(1).map((h, i) => h.at - fetches[i].at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(950);

    const clips = await readStore<Stored>(context, extensionId, 'clips');
    expect(clips).toHaveLength(12);
    expect(clips.map((c) => c.title).sort()).toEqual(reports.map((r) => r.title).sort());
    for (const c of clips) {
      expect(c.collections).toEqual(['某区法治报告 2013—2024']);
      expect(c.tags).toEqual(['某区法治报告 2013—2024']);
    }
    await page.close();
  });

  it('a second run offers only what is not saved and adds nothing', async () => {
    const page = await openCollector();
    await page.click('[data-testid=collect-follow]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=collect-items] tbody tr').length === 13);
    expect(await page.locator('.cl-state.clipped').count()).toBe(6 + 6);
    // Only the dead link is chosen.
    expect(await page.textContent('[data-testid=collect-start]')).toBe('收集 1 页');
    await page.click('[data-testid=collect-start]');
    await page.waitForSelector('[data-testid=collect-summary]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid=collect-summary] p')).toMatch(/保存 0 篇.*失败 1 篇/);
    expect(await readStore<Stored>(context, extensionId, 'clips')).toHaveLength(12);
    await page.close();
  });

  it('saves every open report tab, saying how far it has come, and leaves the other tabs alone', async () => {
    const tabs: Page[] = [];
    for (const n of [1, 2, 3]) {
      const tab = await context.newPage();
      await tab.goto(`http://${HOST}:${port}/tabs/${n}.html`);
      tabs.push(tab);
    }
    const other = await context.newPage();
    await other.goto(listUrl());
    const [worker] = context.serviceWorkers();
    const id = await worker.evaluate(
      async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1,
      `http://${HOST}:${port}/tabs/1.html`,
    );
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${id}`);
    await popup.waitForSelector('[data-testid=save-all]');
    // Every text the status line shows, as it changes.
    await popup.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid=message]')?.textContent;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await popup.click('[data-testid=save-all]');
    await popup.waitForFunction(() =>
      /已保存/.test(document.querySelector('[data-testid=message]')?.textContent ?? ''),
    );
    const seen = await popup.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.filter((s) => s.startsWith('正在保存'))).toEqual([
      '正在保存报告标签页：第 1 / 3 个…',
      '正在保存报告标签页：第 2 / 3 个…',
      '正在保存报告标签页：第 3 / 3 个…',
    ]);
    expect(seen[seen.length - 1]).toBe('已保存 3 个报告标签页中的 3 个。');
    const clips = await readStore<Stored>(context, extensionId, 'clips');
    expect(
      clips
        .filter((c) => c.url.includes('/tabs/'))
        .map((c) => c.title)
        .sort(),
    ).toEqual([1, 2, 3].map((n) => `${n}号标签页的2024年度法治政府建设工作情况报告`));
    expect(clips.some((c) => c.url === listUrl())).toBe(false);
    for (const p of [...tabs, other, popup]) await p.close();
  });
});
