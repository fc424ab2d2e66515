/**
 * The command line on real files: the contract JSON, the readable table, batch CSV/JSONL read
 * back, and one-line errors (never a stack trace) for missing, empty, binary and huge input.
 */
import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { METRIC_COLUMNS } from '../../cli/batch';
import { run } from '../helpers/cli';
import { FIXTURES } from '../helpers/dom';

const zhuzhou = join(FIXTURES, 'zhuzhou-gxj-2024', 'page.html');
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'govlens-cli-'));
});

describe('govlens extract', () => {
  it('prints the contract JSON', async () => {
    const r = await run(
      'extract',
      zhuzhou,
      '--url',
      'https://gxj.zhuzhou.gov.cn/c14336/20250218/i2180001.html',
      '--json',
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(
      expect.arrayContaining(['url', 'isReport', 'kind', 'title', 'text', 'metadata', 'metrics', 'removed']),
    );
    expect(j.isReport).toBe(true);
    expect(j.metadata).toMatchObject({ agency: '株洲市工业和信息化局', siteCode: '4302000012', reportYear: 2024 });
    expect(j.metrics[0]).toMatchObject({ text: '11份', value: 11, unit: '份', approx: false });
  });

  it('prints a readable summary with a table of figures', async () => {
    const r = await run('extract', zhuzhou);
    expect(r.code).toBe(0);
    expect(r.out).toContain('2024年度法治政府建设工作情况报告');
    expect(r.out).toContain('株洲市工业和信息化局');
    expect(r.out).toMatch(/17 figures/);
    expect(r.out).toMatch(/210余万条\s+2,100,000\s+条/);
  });

  it('decodes a GB2312 page', async () => {
    const r = await run('extract', join(FIXTURES, 'zhuzhou-gxj-2024-gb2312', 'page.html'), '--json');
    expect(JSON.parse(r.out).title).toBe('2024年度法治政府建设工作情况报告');
  });

  it('takes the URL from the “saved from url” mark when --url is absent', async () => {
    const html = readFileSync(zhuzhou, 'utf8').replace(
      '<!DOCTYPE html>',
      '<!DOCTYPE html>\n<!-- saved from url=(0056)https://gxj.zhuzhou.gov.cn/c14336/20250218/i2180001.html -->',
    );
    const file = join(tmp, 'saved.html');
    writeFileSync(file, html);
    const j = JSON.parse((await run('extract', file, '--json')).out);
    expect(j.url).toBe('https://gxj.zhuzhou.gov.cn/c14336/20250218/i2180001.html');
  });

  it.each([
    ['missing', () => join(tmp, 'nope.html'), /no such file/],
    [
      'empty',
      () => {
        const f = join(tmp, 'empty.html');
        writeFileSync(f, '');
        return f;
      },
      /file is empty/,
    ],
    [
      'binary',
      () => {
        const f = join(tmp, 'image.html');
        writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
        return f;
      },
      /binary/,
    ],
    [
      'huge (100 MB)',
      () => {
        const f = join(tmp, 'huge.html');
        writeFileSync(f, '<html>');
        truncateSync(f, 100 * 1024 * 1024);
        return f;
      },
      /too large/,
    ],
    [
      'a directory',
      () => {
        const d = join(tmp, 'dir');
        mkdirSync(d, { recursive: true });
        return d;
      },
      /directory/,
    ],
  ])('fails on %s input with one line and a non-zero exit', async (_name, make, message) => {
    const r = await run('extract', make(), '--json');
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('rejects unknown commands and options with a usage hint', async () => {
    expect((await run('frobnicate')).err).toMatch(/unknown command/);
    expect((await run('extract', zhuzhou, '--bogus')).code).toBe(2);
  });
});

describe('govlens batch', () => {
  it('writes one CSV row per metric that Excel and d3-dsv read back, skipping bad pages', async () => {
    const dir = join(tmp, 'batch');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'a.html'), readFileSync(zhuzhou));
    writeFileSync(join(dir, 'sub', 'b.html'), readFileSync(join(FIXTURES, 'tianjin-binhai-gxj-2025', 'page.html')));
    writeFileSync(join(dir, 'broken.html'), '');
    const csvPath = join(tmp, 'out.csv');
    const jsonPath = join(tmp, 'out.jsonl');
    const r = await run('batch', dir, '--csv', csvPath, '--json', jsonPath);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2 pages read, 2 reports, 24 figures, 1 skipped/);
    expect(r.err).toMatch(/skipped .*broken\.html: file is empty/);

    const bytes = readFileSync(csvPath);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = { data: csvParseRows(bytes.toString('utf8').slice(1)) };
    expect(parsed.data[0]).toEqual(METRIC_COLUMNS);
    expect(parsed.data).toHaveLength(1 + 24);
    const row = Object.fromEntries(METRIC_COLUMNS.map((c, i) => [c, parsed.data[1][i]]));
    expect(row).toMatchObject({
      file: 'a.html',
      agency: '株洲市工业和信息化局',
      metric_text: '11份',
      value: '11',
      unit: '份',
    });
    expect(row.sentence).toContain('对我局11份规范性文件');

    const lines = readFileSync(jsonPath, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]).title).toBe('滨海新区工业和信息化局2025年法治政府建设情况报告');
  });

  it('fails cleanly on a missing directory', async () => {
    const r = await run('batch', join(tmp, 'none'), '--csv', join(tmp, 'x.csv'));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/no such file or directory/);
  });
});
