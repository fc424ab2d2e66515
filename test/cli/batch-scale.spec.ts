/**
 * Batch at archive scale, on real files written and read back: worker threads give the same CSV
 * as one thread, in input order; a WARC.gz of report pages (one GBK page whose charset only its
 * HTTP header declares) gives the same figures as the pages as files; a list of paths on stdin
 * with `--jsonl -` streams to stdout.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WARCRecord, WARCSerializer } from 'warcio';
import { progressLine } from '../../cli/main';

const FIXTURES = 'test/fixtures';
const SLUGS = [
  'zhuzhou-gxj-2024-gb2312',
  'tianjin-gxj-2020',
  'trs-wcm-stats-bulletin',
  'gov-list-paginated',
  'hanweb-county-disclosure-2022',
];
const tmp = mkdtempSync(join(tmpdir(), 'govlens-scale-'));
const urlOf = (slug: string) => JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')).url as string;

function cli(args: string[], input?: string) {
  const r = spawnSync('node', ['bin/govlens.mjs', ...args], { encoding: 'utf8', input, maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One JSON line per page, keyed by URL: the figures as value|unit|label. */
function figuresByUrl(jsonl: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of jsonl.split('\n').filter(Boolean)) {
    const p = JSON.parse(line) as { url: string; metrics: { value: number; unit: string; label: string }[] };
    out.set(
      p.url,
      p.metrics.map((m) => `${m.value}|${m.unit}|${m.label}`),
    );
  }
  return out;
}

describe('govlens batch at scale', () => {
  it('worker threads write the same CSV as one thread, in input order', () => {
    const dir = join(tmp, 'pages');
    mkdirSync(dir);
    for (let i = 0; i < 3; i++)
      for (const slug of SLUGS) copyFileSync(join(FIXTURES, slug, 'page.html'), join(dir, `${i}-${slug}.html`));
    const one = cli(['batch', dir, '--csv', join(tmp, 'one.csv'), '--workers', '0']);
    const two = cli(['batch', dir, '--csv', join(tmp, 'two.csv'), '--workers', '2']);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout.replace(/ → .*/s, '')).toBe(one.stdout.replace(/ → .*/s, ''));
    expect(readFileSync(join(tmp, 'two.csv'), 'utf8')).toBe(readFileSync(join(tmp, 'one.csv'), 'utf8'));
    // Input order: the files in name order, each file's rows together.
    const files = readFileSync(join(tmp, 'two.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(',')[0]);
    expect(files).toEqual([...files].sort());
  });

  it('a WARC.gz of the pages gives the same figures as the pages as files, the charset from the HTTP header', async () => {
    const warc = join(tmp, 'crawl.warc.gz');
    const parts: Uint8Array[] = [];
    for (const slug of SLUGS) {
      let bytes = new Uint8Array(readFileSync(join(FIXTURES, slug, 'page.html')));
      let type = 'text/html';
      if (slug.endsWith('gb2312')) {
        // The page's own <meta charset> is taken out: only the server says GBK, as crawlers record it.
        bytes = new Uint8Array(
          Buffer.from(
            Buffer.from(bytes)
              .toString('latin1')
              .replace(/<meta[^>]*charset[^>]*>/gi, ''),
            'latin1',
          ),
        );
        type = 'text/html; charset=GBK';
      }
      const record = WARCRecord.create(
        {
          url: urlOf(slug),
          date: '2025-03-01T00:00:00Z',
          type: 'response',
          warcVersion: 'WARC/1.1',
          statusline: 'HTTP/1.1 200 OK',
          httpHeaders: { 'Content-Type': type },
        },
        (async function* () {
          yield bytes;
        })(),
      );
      parts.push(await WARCSerializer.serialize(record, { gzip: true }));
      // A request record and a non-HTML response in between are passed over.
      const req = WARCRecord.create({
        url: urlOf(slug),
        type: 'request',
        warcVersion: 'WARC/1.1',
        statusline: 'GET / HTTP/1.1',
      });
      parts.push(await WARCSerializer.serialize(req, { gzip: true }));
    }
    writeFileSync(warc, Buffer.concat(parts));
    const fromWarc = cli(['batch', warc, '--jsonl', join(tmp, 'warc.jsonl')]);
    expect(fromWarc.status).toBe(0);
    expect(fromWarc.stdout).toMatch(/^5 pages read/);
    const pagesDir = join(tmp, 'as-files');
    mkdirSync(pagesDir);
    for (const slug of SLUGS) copyFileSync(join(FIXTURES, slug, 'page.html'), join(pagesDir, `${slug}.html`));
    // The files say where they were published through --url for one, the saved-from mark for none:
    // compare by figures per URL, reading each file with its URL.
    const files = new Map<string, string[]>();
    for (const slug of SLUGS) {
      const r = cli(['extract', join(pagesDir, `${slug}.html`), '--url', urlOf(slug), '--json']);
      files.set(urlOf(slug), figuresByUrl(`${JSON.stringify(JSON.parse(r.stdout))}\n`).get(urlOf(slug)) ?? []);
    }
    const warcFigures = figuresByUrl(readFileSync(join(tmp, 'warc.jsonl'), 'utf8'));
    expect([...warcFigures.keys()].sort()).toEqual(SLUGS.map(urlOf).sort());
    for (const [url, figs] of files) expect(warcFigures.get(url)).toEqual(figs);
    expect(files.get(urlOf('zhuzhou-gxj-2024-gb2312'))?.length).toBe(17);
  });

  it('reads a list of paths from stdin and streams JSON lines to stdout, the summary to stderr', () => {
    const list = SLUGS.map((s) => join(FIXTURES, s, 'page.html')).join('\n');
    const r = cli(['batch', '-', '--jsonl', '-'], `${list}\n`);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(SLUGS.length);
    expect(lines.map((l) => JSON.parse(l).file)).toEqual(SLUGS.map((s) => join(FIXTURES, s, 'page.html')));
    expect(r.stderr).toMatch(/5 pages read, \d+ reports, \d+ figures\n$/);
  });

  it('reports progress with pages per second and an estimate', () => {
    expect(progressLine({ done: 120, total: 240, rate: 12 }, false)).toBe('120/240 pages · 12.0 pages/s · 0:10 left');
    expect(progressLine({ done: 120, total: 240, rate: 12 }, true)).toBe(
      `[${'='.repeat(12)}${' '.repeat(12)}] 120/240 · 12.0 pages/s · ETA 0:10`,
    );
    expect(progressLine({ done: 7, total: null, rate: 3.5 }, true)).toBe('7 pages · 3.5 pages/s');
  });
});
