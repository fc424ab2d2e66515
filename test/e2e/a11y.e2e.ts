/**
 * Accessibility with axe-core over the extension's own pages in Chromium: the popup, the side
 * panel, the library (list, figures with a chart, 年报) and the reader view on a report page. No
 * serious or critical violation is allowed.
 */
import type { Server } from 'node:http';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupJson } from '../../export/backup';
import { makeClips } from '../helpers/clips';
import { clipFromFixture } from '../helpers/fixture-clips';
import { fixtureUrl, launch, PageUi, serveFixtures, violations } from './harness';

let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let server: Server;
let port: number;

beforeAll(async () => {
  ({ server, port } = await serveFixtures());
  ({ context, worker, extensionId } = await launch('zh-CN'));
});
afterAll(async () => {
  await context?.close();
  server?.close();
});

/** A report page, analysed, and its tab id. */
async function openReport(): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  const url = fixtureUrl('tianjin-binhai-2024', port);
  await page.goto(url);
  await page.waitForSelector('html[data-govlens="report"]');
  const tabId = await worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1,
    url,
  );
  return { page, tabId };
}

describe('accessibility (axe-core)', () => {
  it('popup and side panel on a report', async () => {
    const { page, tabId } = await openReport();
    for (const panel of ['popup', 'sidepanel']) {
      const p = await context.newPage();
      await p.goto(`chrome-extension://${extensionId}/${panel}.html?tab=${tabId}`);
      await p.waitForSelector('[data-testid="verdict"]');
      expect(await violations(p), panel).toEqual([]);
      await p.close();
    }
    await page.close();
  });

  it('the library: list, figures with a chart, 年报', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/library.html`);
    const file = `${process.env.TMPDIR ?? '/tmp'}/govlens-a11y-${Date.now()}.json`;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      file,
      backupJson({
        clips: [...makeClips(20, 4), clipFromFixture('district-disclosure-2024-trs')],
        versions: [],
        highlights: [],
      }),
    );
    await page.setInputFiles('[data-testid="import"]', file);
    await page.waitForSelector('[data-testid="clips"] tbody tr');
    expect(await violations(page), 'list').toEqual([]);
    await page.click('[data-testid="tab-figures"]');
    await page.fill('[data-testid="fig-label"]', '法律意见, "书面"');
    await page.waitForSelector('[data-testid="chart"] svg');
    expect(await violations(page), 'figures').toEqual([]);
    await page.click('[data-testid="tab-disclosure"]');
    await page.waitForSelector('[data-testid="ds-table"]');
    expect(await violations(page), '年报').toEqual([]);
    await page.close();
  });

  it('the reader view on the page', async () => {
    const { page, tabId } = await openReport();
    await worker.evaluate(async (id) => {
      await chrome.tabs.sendMessage(id, { id: 1, type: 'setReader', data: true, timestamp: Date.now() });
    }, tabId);
    const ui = new PageUi(page);
    await ui.waitFor('.reader');
    // The UI's shadow root is closed (axe cannot enter it, nor can the page): its markup and
    // styles are checked as they are, in an open root of a page of their own.
    const markup = (await ui.call<string>('function () { return this.innerHTML; }')) ?? '';
    expect(markup).toMatch(/class="[^"]*\breader\b/);
    const copy = await context.newPage();
    await copy.setContent(
      '<!doctype html><html lang="zh-CN"><head><title>reader</title></head><body><div id="h"></div></body></html>',
    );
    await copy.evaluate((h) => {
      const root = (document.getElementById('h') as HTMLElement).attachShadow({ mode: 'open' });
      root.innerHTML = h;
    }, markup);
    expect(await violations(copy, '#h')).toEqual([]);
    await Promise.all([page.close(), copy.close()]);
  });
});
