/**
 * Reports as PDF, made in the test: fixture texts typeset by Chromium's print-to-PDF (one column,
 * two columns, running headers and page numbers, a scan), written to disk and read back by the
 * command line as a real process, and a batch over a folder that mixes pages, PDFs and .docx.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  closeTypesetter,
  figureScores,
  gold,
  likeGold,
  readsLikeGold,
  reportDocx,
  reportPdf,
  textF1,
} from '../files/typeset';
import { FIXTURE_DIR } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'govlens-pdf-'));
afterAll(closeTypesetter);

interface Printed {
  isReport: boolean;
  title: string;
  text: string;
  metadata: { agency: string | null };
  metrics: { value: number; unit: string; label: string }[];
  removed: { kind: string; text: string }[];
  detection: { reasons: { code: string; args: (string | number)[]; detail: string }[] };
  file?: { kind: string; pages: number | null; textLayer: boolean; notes: string[] };
}

/** `govlens extract FILE --json` as a process: exit code, the JSON, stderr. */
function extract(file: string, url?: string): { status: number | null; json: Printed | null; stderr: string } {
  const r = spawnSync('node', ['bin/govlens.mjs', 'extract', file, ...(url ? ['--url', url] : []), '--json'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, json: r.status === 0 ? (JSON.parse(r.stdout) as Printed) : null, stderr: r.stderr };
}

async function pdfOf(slug: string, name: string, opts: Parameters<typeof reportPdf>[1] = {}): Promise<string> {
  const file = join(dir, `${slug}-${name}.pdf`);
  writeFileSync(file, await reportPdf(gold(slug), opts));
  return file;
}

describe('a report typeset to PDF reads like its page', () => {
  it.each([
    'zhuzhou-gxj-2024',
    'trs-wcm-stats-bulletin',
    'justice-bureau-law-report-plans',
  ])('%s: text F1 ≥ 0.97, figures P/R ≥ 0.97, title and agency', async (slug) => {
    const g = gold(slug);
    const r = extract(await pdfOf(slug, 'plain'), g.url);
    expect(r.stderr).toBe('');
    const a = r.json as Printed;
    expect(a.file).toMatchObject({ kind: 'pdf', textLayer: true });
    expect(a.isReport).toBe(true);
    expect(readsLikeGold(a, g)).toEqual(likeGold(g));
  });

  it('a 年报 typeset with ruled tables: cells read from the grid, merged cells kept, the standard tables as data', async () => {
    const slug = 'hanweb-county-disclosure-2022';
    const g = gold(slug);
    const a = extract(await pdfOf(slug, 'tables'), g.url).json as Printed & { disclosure: unknown };
    const page = extract(join(FIXTURE_DIR, slug, 'page.html'), g.url).json as Printed & { disclosure: unknown };
    const s = figureScores(a.metrics, g.metrics);
    expect(s.precision).toBeGreaterThanOrEqual(0.97);
    expect(s.recall).toBeGreaterThanOrEqual(0.97);
    expect(a.metrics.filter((m) => (m as { table?: unknown }).table).length).toBeGreaterThanOrEqual(150);
    // The 政府信息公开 structure read from the PDF is the page's, field for field (all but one at most).
    const flat = (d: unknown, p = ''): [string, unknown][] =>
      d && typeof d === 'object' && !Array.isArray(d)
        ? Object.entries(d).flatMap(([k, v]) => flat(v, `${p}.${k}`))
        : [[p, JSON.stringify(d)]];
    const fromPdf = new Map(flat(a.disclosure));
    const fields = flat(page.disclosure).filter(([k]) => !k.startsWith('.checks'));
    const differ = fields.filter(([k, v]) => fromPdf.get(k) !== v).map(([k]) => k);
    expect(fields.length).toBeGreaterThanOrEqual(40);
    expect(differ.length).toBeLessThanOrEqual(1);
  });

  it('two columns are read left column first, never across the gutter', async () => {
    const slug = 'trs-wcm-stats-bulletin';
    const g = gold(slug);
    const a = extract(await pdfOf(slug, 'columns', { columns: 2 }), g.url).json as Printed;
    expect(a.file?.notes.join(' ')).toMatch(/read in two columns: page 1/);
    expect(textF1(a.text, g.text)).toBeGreaterThanOrEqual(0.97);
    const s = figureScores(a.metrics, g.metrics);
    expect(s.precision).toBeGreaterThanOrEqual(0.97);
    expect(s.recall).toBeGreaterThanOrEqual(0.97);
    // Read across the gutter, the lines of both columns would interleave: the gold's paragraphs
    // would not be found whole.
    const paragraphs = g.text.split('\n').filter((p) => p.length > 80);
    const whole = paragraphs.filter((p) => a.text.replace(/\s/g, '').includes(p.replace(/\s/g, '')));
    expect(whole.length / paragraphs.length).toBeGreaterThanOrEqual(0.9);
  });

  it('running headers and page numbers are taken out and listed as removed', async () => {
    const slug = 'zhuzhou-gxj-2024';
    const g = gold(slug);
    const header = '株洲市工业和信息化局文件';
    const a = extract(await pdfOf(slug, 'header', { header }), g.url).json as Printed;
    expect(a.file?.pages).toBeGreaterThanOrEqual(2);
    expect(a.removed).toEqual(
      expect.arrayContaining([
        { kind: 'running-header', text: header },
        { kind: 'page-number', text: expect.stringMatching(/^第\s*1\s*页\s*共\s*\d+\s*页$/) },
      ]),
    );
    expect(a.text).not.toContain(header);
    expect(a.text).not.toMatch(/第\s*\d+\s*页/);
    expect(textF1(a.text, g.text)).toBeGreaterThanOrEqual(0.97);
    expect(figureScores(a.metrics, g.metrics).recall).toBe(1);
  });

  it('a scanned PDF: exit 0, not a report, and a reason that says there is no text layer', async () => {
    const r = extract(await pdfOf('zhuzhou-gxj-2024', 'scan', { scanned: true }));
    expect(r.status).toBe(0);
    const a = r.json as Printed;
    expect(a.isReport).toBe(false);
    expect(a.metrics).toEqual([]);
    expect(a.file).toMatchObject({ kind: 'pdf', textLayer: false });
    const reason = a.detection.reasons[0];
    expect(reason.code).toBe('noTextLayer');
    expect(reason.args[0]).toBe(a.file?.pages);
    expect(reason.detail).toMatch(/no text layer: a scanned PDF of \d+ pages?/);
  });

  it('a broken PDF (cut off in transfer) is one line on stderr and exit 2, never a stack trace', async () => {
    const whole = readFileSync(await pdfOf('zhuzhou-gxj-2024', 'whole'));
    const file = join(dir, 'cut.pdf');
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 3)));
    const r = extract(file);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^govlens: .*cut\.pdf: the PDF (?:is damaged or incomplete|could not be read)/);
  });
});

describe('govlens batch over a folder of pages, PDFs and .docx', () => {
  it('reads each kind, one CSV row per figure, and reports what it cannot read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'govlens-mixed-'));
    const slug = 'zhuzhou-gxj-2024';
    const g = gold(slug);
    copyFileSync(join(FIXTURE_DIR, slug, 'page.html'), join(folder, 'page.html'));
    writeFileSync(join(folder, 'report.pdf'), await reportPdf(g));
    writeFileSync(join(folder, 'report.docx'), await reportDocx(g));
    writeFileSync(join(folder, 'old.doc'), Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const csv = join(folder, 'out.csv');
    const r = spawnSync('node', ['bin/govlens.mjs', 'batch', folder, '--csv', csv], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^3 pages read, \d+ reports, \d+ figures, 1 skipped/);
    expect(r.stderr).toMatch(/old\.doc: a Word 97–2003 \.doc file/);
    const rows = readFileSync(csv, 'utf8').split('\n').slice(1).filter(Boolean);
    for (const name of ['page.html', 'report.pdf', 'report.docx'])
      expect(rows.filter((row) => row.startsWith(`${name},`))).toHaveLength(g.metrics.length);
    // The batch CSV opens in Excel: a BOM, then the header.
    expect(execFileSync('head', ['-c', '3', csv])).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
