/**
 * Reports that are files, in the browser: a notice page under a gov.cn name that links its report
 * as 附件 (PDF, a .doc, a download link that names its file only in the query), the popup listing
 * them, the file reader reading a PDF typeset in the test and saving it as a clip that records the
 * file and the page; a scan, a broken file, a .doc kept as a link, a host that needs permission,
 * and a PDF opened directly in a tab.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTypesetter, type Gold, gold, reportDocx, reportPdf } from '../files/typeset';
import { launch, readStore, serve, violations } from './harness';

const SHOTS = 'test-results/screenshots';
const HOST = 'www.lawreport.gov.cn';
let server: Server;
let port: number;
let context: BrowserContext;
let extensionId: string;
let g: Gold;
const files = new Map<string, { type: string; body: Uint8Array | string }>();

const notice = (p: number) => `<!doctype html><html><head><meta charset="utf-8">
<title>关于公开2024年度法治政府建设工作情况报告的通知_某市工业和信息化局</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
<h1>关于公开2024年度法治政府建设工作情况报告的通知</h1>
<p>根据《法治政府建设与责任落实督察工作规定》，现将我局2024年度法治政府建设工作情况报告予以公开。</p>
<div class="fj"><p>附件：</p>
<p><a href="/files/P020250218.pdf">2024年度法治政府建设工作情况报告.pdf</a></p>
<p><a href="/module/download/downfile.jsp?classid=0&filename=old-report.doc">下载</a></p>
<p><a href="http://127.0.0.1:${p}/files/P020250218.pdf">镜像下载</a></p>
</div></body></html>`;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  g = gold('zhuzhou-gxj-2024');
  const pdf = await reportPdf(g);
  files.set('/files/P020250218.pdf', { type: 'application/pdf', body: pdf });
  files.set('/files/report.docx', {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    body: await reportDocx(g),
  });
  files.set('/files/scan.pdf', { type: 'application/pdf', body: await reportPdf(g, { scanned: true }) });
  files.set('/files/cut.pdf', { type: 'application/pdf', body: pdf.subarray(0, Math.floor(pdf.length / 3)) });
  files.set('/module/download/downfile.jsp', {
    type: 'application/msword',
    body: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
  });
  await closeTypesetter();
  ({ server, port } = await serve((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/tzgg/notice.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notice(port));
      return;
    }
    const f = files.get(path);
    if (!f) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': f.type });
    res.end(f.body);
  }));
  ({ context, extensionId } = await launch('zh-CN'));
});

afterAll(async () => {
  await context?.close();
  await new Promise((r) => server?.close(r));
});

const noticeUrl = () => `http://${HOST}:${port}/tzgg/notice.html`;
const pdfUrl = () => `http://${HOST}:${port}/files/P020250218.pdf`;
const reader = (src: string, from?: string) =>
  `chrome-extension://${extensionId}/file.html?${new URLSearchParams({ src, ...(from ? { from } : {}) })}`;

async function tabIdOf(url: string): Promise<number> {
  const [worker] = context.serviceWorkers();
  return worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);
}

async function openReader(src: string, from?: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(reader(src, from));
  return page;
}

interface StoredClip {
  url: string;
  title: string;
  agency: string | null;
  metrics: unknown[];
  note: string;
  tags: string[];
  text: string;
  source?: { kind: string; page: string | null; pages: number | null; textLayer: boolean };
}

describe('report files linked from a page', () => {
  it('the popup lists the page’s attachments and reads the PDF in the file reader, which saves it as a clip', async () => {
    const page = await context.newPage();
    await page.goto(noticeUrl());
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(noticeUrl())}`);
    await popup.waitForSelector('[data-testid=attachments]');
    const items = await popup.locator('[data-testid=attachments] li').allTextContents();
    expect(items).toEqual([
      expect.stringMatching(/^PDF2024年度法治政府建设工作情况报告\.pdf用 GovLens 阅读$/),
      expect.stringMatching(/^DOCold-report\.doc用 GovLens 阅读$/),
      expect.stringMatching(/^PDF镜像下载用 GovLens 阅读$/),
    ]);
    await popup.screenshot({ path: `${SHOTS}/popup-attachments.png` });
    const opened = context.waitForEvent('page');
    await popup.locator('[data-testid=read-file]').first().click();
    const file = await opened;
    await file.waitForLoadState();
    expect(file.url()).toBe(reader(pdfUrl(), noticeUrl()));
    await file.waitForSelector('[data-testid=file-title]', { timeout: 30_000 });
    expect(await file.locator('[data-testid=file-title]').textContent()).toBe(g.title);
    expect(await file.locator('[data-testid=file-figures] li').count()).toBe(g.metrics.length);
    expect(await file.locator('[data-testid=file-doc] mark').count()).toBe(g.metrics.length);
    expect(await file.locator('.cv-meta').textContent()).toContain(g.metadata.agency as string);
    await file.screenshot({ path: `${SHOTS}/file-reader-top.png` });
    expect(await violations(file)).toEqual([]);
    // A figure in the list scrolls to its mark in the text.
    await file.locator('[data-testid=file-figures] button').nth(4).click();
    await file.waitForSelector('[data-testid=file-doc] mark.focus');
    await file.setViewportSize({ width: 1280, height: 860 });
    await file.screenshot({ path: `${SHOTS}/file-reader.png` });

    await file.fill('[data-testid=file-note]', '核对法律意见书份数');
    await file.click('[data-testid=file-save]');
    await file.waitForSelector('[data-testid=file-saved]');
    expect(await file.locator('[data-testid=file-saved]').textContent()).toMatch(/已保存/);
    const clip = (await readStore<StoredClip>(context, extensionId, 'clips')).find((c) => c.url === pdfUrl());
    expect(clip).toMatchObject({
      title: g.title,
      agency: g.metadata.agency,
      note: '核对法律意见书份数',
      source: { kind: 'pdf', page: noticeUrl(), textLayer: true },
    });
    expect(clip?.metrics).toHaveLength(g.metrics.length);
    expect(clip?.source?.pages).toBeGreaterThanOrEqual(2);
    await Promise.all([page.close(), popup.close(), file.close()]);
  });

  it('a Word (.docx) report is read in the browser too (mammoth), with the same figures', async () => {
    const page = await openReader(`http://${HOST}:${port}/files/report.docx`);
    await page.waitForSelector('[data-testid=file-title]', { timeout: 30_000 });
    expect(await page.locator('[data-testid=file-title]').textContent()).toBe(g.title);
    expect(await page.locator('[data-testid=file-figures] li').count()).toBe(g.metrics.length);
    expect(await page.locator('.cv-meta').textContent()).toContain('DOCX');
    await page.close();
  });

  it('a scanned PDF says it has no text layer, with its page count', async () => {
    const page = await openReader(`http://${HOST}:${port}/files/scan.pdf`);
    await page.waitForSelector('[data-testid=file-note-limit]', { timeout: 30_000 });
    expect(await page.locator('[data-testid=file-note-limit]').textContent()).toMatch(
      /^此 PDF 没有文字层，是 \d+ 页的扫描件/,
    );
    expect(await page.locator('[data-testid=file-figures] li').count()).toBe(0);
    await page.close();
  });

  it('a broken PDF is a clear message, not a hang', async () => {
    const page = await openReader(`http://${HOST}:${port}/files/cut.pdf`);
    await page.waitForSelector('[data-testid=file-error]', { timeout: 30_000 });
    expect(await page.locator('[data-testid=file-error]').textContent()).toBe('文件已损坏或不完整，无法读取。');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('a missing file says what the site answered', async () => {
    const page = await openReader(`http://${HOST}:${port}/files/gone.pdf`);
    await page.waitForSelector('[data-testid=file-error]');
    expect(await page.locator('[data-testid=file-error]').textContent()).toBe('网站返回 404，文件无法下载。');
    await page.close();
  });

  it('a .doc that nothing here reads is said so, and saving keeps the link and its page', async () => {
    const src = `http://${HOST}:${port}/module/download/downfile.jsp?classid=0&filename=old-report.doc`;
    const page = await openReader(src, noticeUrl());
    await page.waitForSelector('[data-testid=file-error]');
    expect(await page.locator('[data-testid=file-error] p').first().textContent()).toBe(
      'GovLens 无法读取 .doc 文件。保存时将保留文件链接及其来源页面。',
    );
    await page.click('[data-testid=file-save]');
    await page.waitForSelector('[data-testid=file-saved]');
    const clip = (await readStore<StoredClip>(context, extensionId, 'clips')).find((c) => c.url === src);
    expect(clip).toMatchObject({ text: '', source: { kind: 'doc', page: noticeUrl(), textLayer: false } });
    await page.close();
  });

  it('a file on a host GovLens was not granted asks first and fetches nothing', async () => {
    let fetched = 0;
    const count = () => {
      fetched++;
    };
    server.on('request', count);
    const page = await openReader(`http://127.0.0.1:${port}/files/P020250218.pdf`);
    await page.waitForSelector('[data-testid=file-permission]');
    expect(await page.locator('[data-testid=file-permission]').textContent()).toContain('http://127.0.0.1');
    server.off('request', count);
    expect(fetched).toBe(0);
    await page.close();
  });

  it('a PDF opened in a tab: the popup offers to open it in GovLens', async () => {
    const tab = await context.newPage();
    await tab.goto(pdfUrl());
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(pdfUrl())}`);
    await popup.waitForSelector('[data-testid=open-file]', { timeout: 15_000 });
    const opened = context.waitForEvent('page');
    await popup.click('[data-testid=open-file]');
    const file = await opened;
    await file.waitForSelector('[data-testid=file-title]', { timeout: 30_000 });
    expect(await file.locator('[data-testid=file-title]').textContent()).toBe(g.title);
    await Promise.all([tab.close(), file.close()]);
  });
});
