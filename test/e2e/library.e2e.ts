/**
 * The library in Chromium with real IndexedDB: import a backup through the file input, search a
 * Chinese phrase, open a clip, chart a figure, export CSV (BOM, rows, columns checked) and JSON.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupJson, parseBackup } from '../../export/backup';
import { FIGURE_COLUMNS } from '../../export/figures';
import { makeClips } from '../helpers/clips';
import { launch } from './harness';

const SHOTS = 'test-results/screenshots';
let context: BrowserContext;
let extensionId: string;
let page: Page;
const clips = makeClips(120, 6);
clips[7] = { ...clips[7], title: '关于营商环境改革的专项报告', text: '全年推进营商环境改革，新增市场主体2.3万户。' };

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ context, extensionId } = await launch('zh-CN'));
  page = await context.newPage();
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/library.html`);
});

afterAll(async () => {
  await context?.close();
});

describe('library', () => {
  it('imports a backup through the file input', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'govlens-lib-')), 'backup.json');
    writeFileSync(file, backupJson({ clips, versions: [], highlights: clips.flatMap((c) => c.highlights) }));
    await page.setInputFiles('[data-testid="import"]', file);
    await page.waitForFunction(() =>
      /导入完成|Import finished/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''),
    );
    expect(await page.textContent('[data-testid="status"]')).toContain('120');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="clips"] tbody tr').length === 50);
    await page.screenshot({ path: `${SHOTS}/library-list.png` });
  });

  it('finds a Chinese phrase and marks it in the clip', async () => {
    await page.waitForSelector('[data-testid="search"][data-ready="yes"]');
    await page.fill('[data-testid="search"]', '营商环境');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="clips"] tbody tr').length === 1);
    await page.click('[data-testid="clips"] tbody tr .title');
    await page.waitForSelector('[data-testid="clipview"]');
    expect(await page.locator('[data-testid="clipview"] mark.hit').count()).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: `${SHOTS}/library-clip.png` });
    await page.click('text=返回列表');
    await page.fill('[data-testid="search"]', '');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="clips"] tbody tr').length === 50);
  });

  it('charts a figure across years', async () => {
    await page.click('[data-testid="tab-figures"]');
    await page.fill('[data-testid="fig-label"]', '法律意见');
    await page.selectOption('[data-testid="fig-unit"]', '份');
    await page.waitForSelector('[data-testid="chart"] svg rect');
    expect(await page.locator('[data-testid="chart"] svg rect').count()).toBe(7);
    await page.screenshot({ path: `${SHOTS}/library-figures.png` });
  });

  it('exports figures as CSV that Excel reads (BOM, header, one row per figure)', async () => {
    await page.click('text=摘录');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-figures"]')]);
    const bytes = readFileSync((await dl.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvParseRows(bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual(FIGURE_COLUMNS);
    expect(rows).toHaveLength(1 + 120 * 6);
  });

  it('exports a JSON backup that parses back to the same clips', async () => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-json"]')]);
    const parsed = parseBackup(readFileSync((await dl.path()) as string, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.backup.clips.sort((a, b) => a.id.localeCompare(b.id))).toEqual(clips);
  });
});
