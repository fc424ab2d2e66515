/**
 * The library as research data, in Chromium with real IndexedDB: a report saved from its page
 * under a gov.cn name, its agency corrected in the clip view (lists and filters use the correction,
 * re-saving the page keeps it), the page revised silently and saved again (the versions listed,
 * compared with the revised figure called out, the older one restored), and collections that
 * filter the list and the figures.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../core/decode';
import { FIXTURE_DIR, launch, readStore, serve } from './harness';

const SHOTS = 'test-results/screenshots';
const HOST = 'gxj.revised.gov.cn';
const original = decodeHtml(readFileSync(join(FIXTURE_DIR, 'zhuzhou-gxj-2024', 'page.html'))).html;
// The government revises its report without saying so: one figure, one sentence.
const revised = original.replace('40余份', '48余份').replace('二、存在的不足', '二、存在的不足（修订）');
let served = original;
let server: Server;
let port: number;
let context: BrowserContext;
let extensionId: string;
let lib: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  expect(revised).not.toBe(original);
  ({ server, port } = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(served);
  }));
  ({ context, extensionId } = await launch('zh-CN'));
});

afterAll(async () => {
  await context?.close();
  await new Promise((r) => server?.close(r));
});

const url = () => `http://${HOST}:${port}/c14336/20250218/i2180001.html`;

/** Open (or reload) the report and save it from the popup; returns the popup's message. */
async function saveFromPopup(): Promise<string> {
  const tab = await context.newPage();
  await tab.goto(url());
  await tab.waitForSelector('html[data-govlens="report"]');
  const [worker] = context.serviceWorkers();
  const id = await worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1,
    url(),
  );
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${id}`);
  await popup.click('[data-testid=save]');
  await popup.waitForSelector('[data-testid=message]');
  const msg = (await popup.textContent('[data-testid=message]')) ?? '';
  await Promise.all([popup.close(), tab.close()]);
  return msg;
}

async function openClip(): Promise<void> {
  await lib.goto(`chrome-extension://${extensionId}/library.html`);
  await lib.waitForSelector('[data-testid=clips] tbody tr');
  await lib.click('[data-testid=clips] tbody tr .title');
  await lib.waitForSelector('[data-testid=clipview]');
}

interface Stored {
  agency: string | null;
  edited?: Record<string, unknown>;
  version: number;
  text: string;
  collections?: string[];
}

describe('the library as research data', () => {
  it('corrects the agency: the clip, the list and its filter use it, and re-saving the page keeps it', async () => {
    expect(await saveFromPopup()).toBe('已保存（第 1 版）。');
    lib = await context.newPage();
    await lib.setViewportSize({ width: 1360, height: 900 });
    await openClip();
    await lib.click('[data-testid=edit-metadata]');
    await lib.fill('[data-testid=md-agency]', '株洲市工业和信息化局（更正）');
    await lib.fill('[data-testid=md-reportYear]', '二〇二四');
    await lib.click('[data-testid=md-save]');
    // A year that is not one is refused, in words; nothing is stored.
    expect(await lib.textContent('[data-testid=metadata-form]')).toContain('请输入四位年份');
    await lib.fill('[data-testid=md-reportYear]', '2024');
    await lib.click('[data-testid=md-save]');
    await lib.waitForSelector('[data-testid=edited-fields]');
    expect(await lib.textContent('[data-testid=edited-fields]')).toBe('已由您更正：发布机关');
    expect(await lib.textContent('[data-testid=clip-meta]')).toContain('株洲市工业和信息化局（更正）*');
    await lib.screenshot({ path: `${SHOTS}/library-edit-metadata.png` });
    await lib.click('text=返回列表');
    await lib.selectOption('select[aria-label="全部机关"]', '株洲市工业和信息化局（更正）');
    await lib.waitForFunction(() => document.querySelectorAll('[data-testid=clips] tbody tr').length === 1);

    // The same page saved again: the correction beats the extraction.
    expect(await saveFromPopup()).toBe('已保存，内容无变化。');
    const [clip] = await readStore<Stored>(context, extensionId, 'clips');
    expect(clip).toMatchObject({ agency: '株洲市工业和信息化局（更正）', edited: { agency: '株洲市工业和信息化局' } });
  });

  it('a silently revised page becomes version 2: compared with the figure that changed called out, and version 1 restored', async () => {
    served = revised;
    expect(await saveFromPopup()).toBe('已保存（第 2 版）。');
    await openClip();
    await lib.waitForSelector('[data-testid=versions]');
    expect(await lib.locator('[data-testid=version]').count()).toBe(1);
    await lib.click('[data-testid=compare]');
    await lib.waitForSelector('[data-testid=version-diff]');
    const changes = await lib.locator('[data-testid=figure-change]').allTextContents();
    expect(changes).toEqual([expect.stringMatching(/^法律意见书40余份48余份$/)]);
    expect(await lib.locator('[data-testid=version-diff] del').allTextContents()).toContain('0');
    expect((await lib.locator('[data-testid=version-diff] ins').allTextContents()).join('')).toContain('（修订）');
    await lib.screenshot({ path: `${SHOTS}/library-versions.png` });
    await lib.click('[data-testid=restore]');
    await lib.waitForFunction(() => document.querySelectorAll('[data-testid=version]').length === 2);
    const [clip] = await readStore<Stored>(context, extensionId, 'clips');
    expect(clip.version).toBe(3);
    expect(clip.text).toContain('40余份');
    expect(clip.agency).toBe('株洲市工业和信息化局（更正）');
  });

  it('puts clips into a collection that filters the list and the figures', async () => {
    await lib.click('text=返回列表');
    await lib.selectOption('select[aria-label="全部机关"]', '');
    await lib.check('[data-testid=clips] tbody tr input[type=checkbox]');
    await lib.fill('[data-testid=collection-name]', '湖南工信 法治报告');
    await lib.click('[data-testid=collection-add]');
    await lib.waitForFunction(() =>
      /已将 1 条摘录加入/.test(document.querySelector('[data-testid=status]')?.textContent ?? ''),
    );
    await lib.selectOption('[data-testid=filter-collection]', '湖南工信 法治报告');
    await lib.waitForFunction(() => document.querySelectorAll('[data-testid=clips] tbody tr').length === 1);
    await lib.click('[data-testid=tab-figures]');
    await lib.waitForSelector('[data-testid=fig-table] tbody tr');
    expect(await lib.locator('[data-testid=fig-table] tbody tr').count()).toBe(17);
    const [clip] = await readStore<Stored>(context, extensionId, 'clips');
    expect(clip.collections).toEqual(['湖南工信 法治报告']);
  });
});
