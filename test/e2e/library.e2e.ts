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
import { DISCLOSURE_COLUMNS } from '../../export/disclosure';
import { FIGURE_COLUMNS } from '../../export/figures';
import { makeClips } from '../helpers/clips';
import { clipFromFixture } from '../helpers/fixture-clips';
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
  it('imports a backup: the import button is reached by Tab and Enter on it opens the file input', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'govlens-lib-')), 'backup.json');
    writeFileSync(file, backupJson({ clips, versions: [], highlights: clips.flatMap((c) => c.highlights) }));
    // Once the library has opened its database and drawn itself (a redraw would take the focus away).
    await page.waitForSelector('[data-testid="search"][data-ready="yes"]');
    // Tab from the last export button reaches it.
    await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid^="export-"]')].pop()?.focus());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('import-button');
    // Enter on it activates the hidden file input. The native chooser that the input then opens is
    // the browser's (and Playwright's file-chooser interception is unreliable on a busy machine), so
    // the input's activation is recorded instead of a dialog awaited.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="import"]');
      if (input)
        input.click = () => {
          input.dataset.activated = 'yes';
        };
    });
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('[data-testid="import"]', 'data-activated')).toBe('yes');
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
    // Escape leaves the clip; `/` puts the cursor in the search box.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="clips"]');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search');
    await page.click('[data-testid="clips"] tbody tr .title');
    await page.waitForSelector('[data-testid="clipview"]');
    await page.click('text=返回列表');
    await page.fill('[data-testid="search"]', '');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="clips"] tbody tr').length === 50);
  });

  it('charts one indicator as one series per agency across years, never a sum, and exports it', async () => {
    await page.click('[data-testid="tab-figures"]');
    await page.fill('[data-testid="fig-label"]', '法律意见, "书面"');
    await page.waitForSelector('[data-testid="chart"] svg [data-series]');
    // Five agencies, each a line of its years; the figure of each clip drawn once, never added up.
    const series = await page
      .locator('[data-testid="chart"] svg [data-series]')
      .evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-series'), g.querySelectorAll('.pt, .target').length]));
    expect(series.map((s) => s[0])).toContain('天津市工业和信息化局|法律意见, "书面"');
    expect(series).toHaveLength(5);
    for (const [, n] of series) expect(n).toBeGreaterThanOrEqual(1);
    // These figures are all plans (target: true): drawn as targets, not as outcomes.
    expect(await page.locator('[data-testid="chart"] .target').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/library-figures.png` });
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="chart-svg"]')]);
    expect(readFileSync((await svg.path()) as string, 'utf8')).toMatch(
      /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="chart-png"]')]);
    expect(
      [...readFileSync((await png.path()) as string).subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''),
    ).toBe('PNG');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="chart-csv"]')]);
    expect(readFileSync((await csv.path()) as string, 'utf8').split('\r\n')[0]).toContain(
      'agency,indicator,measure,unit',
    );
  });

  it('opens a chart by deep link: ?view=chart&indicator=', async () => {
    const chart = await context.newPage();
    await chart.goto(
      `chrome-extension://${extensionId}/library.html?view=chart&indicator=${encodeURIComponent('法律意见, "书面"')}`,
    );
    await chart.waitForSelector('[data-testid="chart"] svg [data-series]');
    expect(await chart.locator('[data-testid="chart"] svg [data-series]').count()).toBe(5);
    await chart.close();
  });

  it('pages the figures table with its total, sorts any column, and opens a figure in its clip', async () => {
    await page.fill('[data-testid="fig-label"]', '');
    await page.waitForFunction(() =>
      /共 720 条/.test(document.querySelector('[data-testid="fig-pager"]')?.textContent ?? ''),
    );
    expect(await page.locator('[data-testid="fig-table"] tbody tr').count()).toBe(100);
    await page.click('[data-testid="fig-next"]');
    expect(await page.textContent('[data-testid="fig-pager"]')).toContain('第 2 / 8 页');
    await page.click('[data-testid="fig-sort-value"]');
    await page.click('[data-testid="fig-sort-value"]');
    const values = await page.locator('[data-testid="fig-table"] tbody tr td:nth-child(2)').allTextContents();
    const nums = values.map((v) => Number(v.replace(/,/g, '')));
    expect(nums).toEqual([...nums].sort((a, b) => b - a));
    const first = page.locator('[data-testid="fig-table"] tbody tr').first();
    const clipId = await first.getAttribute('data-clip');
    await first.locator('button.open').click();
    await page.waitForSelector('[data-testid="clipview"] mark.focus');
    expect(await page.locator('[data-testid="clipview"] mark.focus').count()).toBe(1);
    expect(await page.locator('[data-testid="clipview"] mark.focus').isVisible()).toBe(true);
    expect(clipId).toBeTruthy();
    await page.click('text=返回列表');
    await page.waitForSelector('[data-testid="fig-table"]');
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

  it('a download with a Chinese name keeps its name (the harness runs in a locale every machine has)', async () => {
    await page.click('text=摘录');
    await page.waitForSelector('[data-testid="clips"] tbody tr');
    const row = page.locator('[data-testid="clips"] tbody tr').first();
    const title = (await row.locator('.title').textContent()) ?? '';
    await row.locator('input[type="checkbox"]').check();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-md"]')]);
    expect(dl.suggestedFilename()).toBe(`${title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80)}.md`);
    expect(dl.suggestedFilename()).toMatch(/[\u4e00-\u9fff]/);
    await row.locator('input[type="checkbox"]').uncheck();
  });

  it('lists 年报 one row per report, flags the one that does not add up, sorts, filters and exports', async () => {
    const reports = [
      clipFromFixture('district-disclosure-2024-trs'),
      clipFromFixture('bureau-disclosure-2023-word'),
      clipFromFixture('county-disclosure-2019-format'),
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'govlens-ds-')), 'reports.json');
    writeFileSync(file, backupJson({ clips: reports, versions: [], highlights: [] }));
    await page.click('text=摘录');
    await page.setInputFiles('[data-testid="import"]', file);
    await page.waitForFunction(() =>
      /导入完成/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''),
    );
    await page.click('[data-testid="tab-disclosure"]');
    await page.waitForSelector('[data-testid="ds-table"] tbody tr');
    expect(await page.locator('[data-testid="ds-table"] tbody tr').count()).toBe(3);
    // Newest report year first; the 2023 report's table does not add up and is flagged.
    const agencies = () => page.locator('[data-testid="ds-table"] tbody tr td:first-child').allTextContents();
    expect(await agencies()).toEqual(['临澜市清河区人民政府', '临澜市市场监督管理局', '临澜市安溪县农业农村局']);
    expect(await page.locator('tr.failed [data-testid="ds-check"]').textContent()).toContain('5 项未通过');
    await page.screenshot({ path: `${SHOTS}/library-disclosure.png` });
    // Sort by 本年新收 (descending, then ascending).
    await page.click('[data-testid="ds-sort-received"]');
    expect(await agencies()).toEqual(['临澜市清河区人民政府', '临澜市市场监督管理局', '临澜市安溪县农业农村局']);
    await page.click('[data-testid="ds-sort-received"]');
    expect(await agencies()).toEqual(['临澜市安溪县农业农村局', '临澜市市场监督管理局', '临澜市清河区人民政府']);
    // The library's own year filter scopes the 年报 table too (no second row of filters).
    await page.selectOption('[data-testid="filter-year"]', '2023');
    await expect.poll(agencies).toEqual(['临澜市市场监督管理局']);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="ds-export"]')]);
    const bytes = readFileSync((await dl.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvParseRows(bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual(DISCLOSURE_COLUMNS.map((c) => c.name));
    expect(rows).toHaveLength(2);
    expect(rows[1][rows[0].indexOf('本年新收·总计')]).toBe('51');
  });

  it('opens a 年报 at its tables, merged cells merged and the first cell marked', async () => {
    await page.selectOption('[data-testid="filter-year"]', '');
    await page.click('[data-testid="ds-table"] tbody tr .title:has-text("临澜市清河区人民政府")');
    await page.waitForSelector('[data-testid="clipview"] .cv-table');
    expect(await page.locator('[data-testid="clipview"] .cv-table').count()).toBe(3);
    expect(await page.locator('[data-testid="clipview"] .cv-table td[colspan="7"]').count()).toBe(1);
    const focus = page.locator('[data-testid="clipview"] mark.focus');
    expect(await focus.count()).toBe(1);
    expect(await focus.isVisible()).toBe(true);
    const box = await focus.boundingBox();
    expect(box && box.y > 0 && box.y < 900).toBe(true);
    await page.screenshot({ path: `${SHOTS}/library-disclosure-clip.png` });
    await page.click('text=返回列表');
    await page.waitForSelector('[data-testid="ds-table"]');
  });

  it('deep links open a view: ?view=disclosure', async () => {
    await page.goto(`chrome-extension://${extensionId}/library.html?view=disclosure`);
    await page.waitForSelector('[data-testid="ds-table"] tbody tr');
    expect(await page.locator('[data-testid="ds-table"] tbody tr').count()).toBe(3);
  });
});
