/**
 * The command line against hostile input (issue: nothing lost, nothing frozen): a stray invalid
 * byte in a UTF-8 page, a page nested 6,000 deep, and batch folders with an unreadable folder, a
 * broken symbolic link and a link loop — each reported and skipped, never the end of the run.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPages } from '../../cli/batch';
import { decodeHtml, mostlyUtf8 } from '../../core/decode';
import { run } from '../helpers/cli';
import { FIXTURES } from '../helpers/dom';

const page = readFileSync(join(FIXTURES, 'tianjin-binhai-2024', 'page.html'));
const url = JSON.parse(readFileSync(join(FIXTURES, 'tianjin-binhai-2024', 'expected.json'), 'utf8')).url as string;
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'govlens-hostile-'));
});
afterAll(() => {
  try {
    chmodSync(join(tmp, 'pages', 'locked'), 0o755);
  } catch {
    // not made
  }
});

describe('decoding', () => {
  it('reads a UTF-8 page with one invalid byte as UTF-8, not GB18030', async () => {
    const at = page.indexOf(Buffer.from('法治政府'));
    const broken = Buffer.concat([page.subarray(0, at), Buffer.from([0xff]), page.subarray(at)]);
    const d = decodeHtml(broken);
    expect(d.charset).toBe('utf-8');
    expect(d.html).toContain('法治政府');
    expect(d.html).toContain('\ufffd');
    const file = join(tmp, 'broken-byte.html');
    writeFileSync(file, broken);
    const r = await run('extract', file, '--url', url, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.isReport).toBe(true);
    const clean = JSON.parse(
      (await run('extract', join(FIXTURES, 'tianjin-binhai-2024', 'page.html'), '--url', url, '--json')).out,
    );
    expect(j.metrics.length).toBe(clean.metrics.length);
  });

  it('tells GBK from UTF-8 that has a stray byte', async () => {
    expect(mostlyUtf8(Buffer.from('全年受理行政复议案件1423件，办结1006件。'.repeat(10)))).toBe(true);
    const gbk = readFileSync(join(FIXTURES, 'zhuzhou-gxj-2024-gb2312', 'page.html'));
    expect(mostlyUtf8(gbk)).toBe(false);
  });
});

describe('deep pages', () => {
  it('reads a page nested 60,000 deep without running out of stack', async () => {
    const depth = 60_000;
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>滨海新区2024年法治政府建设情况报告</title></head><body>${'<div>'.repeat(depth)}<p>2024年，全区受理行政复议案件1423件，办结1006件，行政应诉一审案件216件。</p>${'</div>'.repeat(depth)}</body></html>`;
    const file = join(tmp, 'deep.html');
    writeFileSync(file, html);
    const r = await run('extract', file, '--url', 'http://www.tjbh.gov.cn/a.html', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).metrics.map((m: { text: string }) => m.text)).toEqual(['1423件', '1006件', '216件']);
  });
});

describe('batch folders', () => {
  it('skips and reports an unreadable folder, a broken link and a link loop, and reads the rest', async () => {
    const dir = join(tmp, 'pages');
    mkdirSync(join(dir, 'a'), { recursive: true });
    writeFileSync(join(dir, 'a', 'one.html'), page);
    writeFileSync(join(dir, 'two.html'), page);
    symlinkSync(join(dir, 'missing.html'), join(dir, 'broken.html'));
    symlinkSync(dir, join(dir, 'a', 'loop'));
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'three.html'), page);
    chmodSync(join(dir, 'locked'), 0o000);
    const skipped: string[] = [];
    const files = listPages(dir, (p, reason) => skipped.push(`${p.slice(dir.length + 1)}: ${reason}`));
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(
      // root can read a folder whatever its mode: then locked/three.html is read like the rest
      process.getuid?.() === 0 ? ['a/one.html', 'locked/three.html', 'two.html'] : ['a/one.html', 'two.html'],
    );
    expect(skipped).toContain('broken.html: broken symbolic link');
    expect(skipped).toContain('a/loop: folder already read (a symbolic link loops back to it)');
    if (process.getuid?.() !== 0) expect(skipped.some((s) => s.startsWith('locked: cannot read folder'))).toBe(true);

    const csv = join(tmp, 'out.csv');
    const r = await run('batch', dir, '--csv', csv);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/skipped broken\.html: broken symbolic link/);
    expect(readFileSync(csv, 'utf8').split('\r\n').filter(Boolean).length).toBeGreaterThan(files.length * 10);
  });
});

describe('a newcomer at the command line', () => {
  it('a page without a URL has url null, in JSON and in the batch CSV', async () => {
    // A saved page with no address in it (no saved-from mark, no canonical link).
    const file = join(tmp, 'no-url.html');
    writeFileSync(file, readFileSync(join(FIXTURES, 'province-stats-bulletin-republished', 'page.html')));
    const r = await run('extract', file, '--json');
    expect(JSON.parse(r.out).url).toBeNull();
    const dir = join(tmp, 'no-url');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.html'), readFileSync(file));
    const csv = join(tmp, 'no-url.csv');
    await run('batch', dir, '--csv', csv);
    const [, row] = readFileSync(csv, 'utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(row.split(',')[1]).toBe('');
    expect(row).not.toContain('about:blank');
  });

  it('extract --help and batch --help print the usage', async () => {
    for (const cmd of ['extract', 'batch']) {
      const r = await run(cmd, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/Usage:\n {2}govlens extract/);
    }
  });

  it('npm run score says what it needs when ../shared is not there', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'govlens-noshared-'));
    const r = spawnSync(process.execPath, [resolve('scripts/score.mjs')], { cwd: elsewhere, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/needs the shared scorer at \.\.\/shared\/eval\/score\.mjs/);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });
});
