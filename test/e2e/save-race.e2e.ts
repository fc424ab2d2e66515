/**
 * Five tabs saving different reports at once, right after the browser starts (issue: 20 of 30
 * saves were lost because the offscreen sanitiser was asked before its listener was up). Six
 * fresh browsers, five saves each: every save is stored.
 */
import type { Server } from 'node:http';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureUrl, launch, serveFixtures } from './harness';

const SLUGS = [
  'tianjin-binhai-2024',
  'jiangmen-gxj-2024',
  'zhuzhou-gxj-2024',
  'province-stats-bulletin-republished',
  'justice-bureau-law-report-plans',
];

let server: Server;
let port: number;
beforeAll(async () => {
  ({ server, port } = await serveFixtures());
});
afterAll(() => {
  server?.close();
});

async function fiveSaves(): Promise<{ stored: number; messages: string[] }> {
  const { context, worker, extensionId } = await launch('zh-CN');
  const ctx: BrowserContext = context;
  try {
    const pages = await Promise.all(
      SLUGS.map(async (slug) => {
        const page = await ctx.newPage();
        await page.goto(fixtureUrl(slug, port), { waitUntil: 'load' });
        await page.waitForSelector('html[data-govlens="report"]', { timeout: 15_000 });
        return page;
      }),
    );
    const ids = await worker.evaluate(
      async (urls) => {
        const tabs = await chrome.tabs.query({});
        return urls.map((u) => tabs.find((t) => t.url === u)?.id ?? -1);
      },
      pages.map((p) => p.url()),
    );
    const popups = await Promise.all(
      ids.map(async (id) => {
        const popup = await ctx.newPage();
        await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${id}`);
        await popup.waitForSelector('[data-testid="save"]:not([disabled])');
        return popup;
      }),
    );
    // All at once, as fast as five clicks can be.
    await Promise.all(popups.map((p) => p.click('[data-testid="save"]')));
    const messages = await Promise.all(
      popups.map(async (p) => {
        await p.waitForSelector('[data-testid="message"]', { timeout: 20_000 });
        return (await p.textContent('[data-testid="message"]')) ?? '';
      }),
    );
    const stored = await popups[0].evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open('govlens');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const count = req.result.transaction('clips', 'readonly').objectStore('clips').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    return { stored, messages };
  } finally {
    await ctx.close();
  }
}

describe('saving from five tabs at once on a fresh browser', () => {
  it('stores 30 of 30 saves over six fresh browsers', async () => {
    let stored = 0;
    for (let run = 0; run < 6; run++) {
      const r = await fiveSaves();
      expect(
        r.messages.every((m) => /已保存|Saved/.test(m)),
        r.messages.join(' | '),
      ).toBe(true);
      stored += r.stored;
    }
    expect(stored).toBe(30);
  }, 300_000);
});
