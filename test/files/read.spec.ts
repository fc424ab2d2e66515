/** Report files in Node: .docx written with the `docx` library and read back, sniffing, honest limits. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePath } from '../../cli/analyze-path';
import { main } from '../../cli/main';
import { sniff } from '../../files/read';
import { gold, likeGold, readsLikeGold, reportDocx } from './typeset';

const dir = mkdtempSync(join(tmpdir(), 'govlens-files-'));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(
    args,
    (s) => {
      out += `${s}\n`;
    },
    (s) => {
      err += `${s}\n`;
    },
  );
  return { code, out, err };
}

describe('a report as .docx', () => {
  it.each([
    'zhuzhou-gxj-2024',
    'justice-bureau-law-report-plans',
  ])('%s: the same text, title, agency and figures as the page', async (slug) => {
    const g = gold(slug);
    const file = join(dir, `${slug}.docx`);
    writeFileSync(file, await reportDocx(g));
    const a = await analyzePath(file, g.url);
    expect(a.file).toMatchObject({ kind: 'docx', textLayer: true });
    expect(readsLikeGold(a, g)).toEqual(likeGold(g));
  });

  it('reads a Word table as a table: its cells are figures labelled by their headers', async () => {
    const g = gold('zhuzhou-gxj-2024');
    const file = join(dir, 'with-table.docx');
    writeFileSync(
      file,
      await reportDocx(g, [
        ['指标', '2024年（件）', '比上年增长（%）'],
        ['行政许可', '128', '12.5'],
        ['行政处罚', '36', '-4.2'],
      ]),
    );
    const a = await analyzePath(file, g.url);
    const cells = a.metrics.filter((m) => m.table);
    expect(cells.map((m) => [m.label, m.value, m.unit, m.measure, m.direction])).toEqual([
      ['行政许可·2024年', 128, '件', 'level', null],
      ['行政许可·比上年增长', 12.5, '%', 'change', 'up'],
      ['行政处罚·2024年', 36, '件', 'level', null],
      ['行政处罚·比上年增长', -4.2, '%', 'change', 'down'],
    ]);
  });

  it('a file saved without its address: the signature of a government body makes it a report, with its agency', async () => {
    const g = gold('zhuzhou-gxj-2024');
    const file = join(dir, 'no-url.docx');
    writeFileSync(file, await reportDocx(g));
    const a = await analyzePath(file);
    expect(a.url).toBeNull();
    expect(a.isReport).toBe(true);
    expect(a.metadata.agency).toBe(g.metadata.agency);
    expect(a.detection.reasons.find((r) => r.code === 'signedByGov')?.args).toEqual([g.metadata.agency]);
  });

  it('govlens extract FILE.docx --json prints the contract with a file section', async () => {
    const g = gold('zhuzhou-gxj-2024');
    const file = join(dir, 'cli.docx');
    writeFileSync(file, await reportDocx(g));
    const r = await run(['extract', file, '--url', g.url, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.isReport).toBe(true);
    expect(json.file).toEqual({ kind: 'docx', pages: null, textLayer: true, notes: [] });
    expect(json.metrics).toHaveLength(g.metrics.length);
  });
});

describe('files that cannot be read say so in one line', () => {
  it.each([
    [
      'old.doc',
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0],
      /Word 97–2003 \.doc file: no library here reads it/,
    ],
    ['report.wps', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0], /WPS \.wps file/],
    ['broken.pdf', [...Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog')], /PDF is damaged or incomplete/],
    ['broken.docx', [0x50, 0x4b, 0x03, 0x04, ...Buffer.from('word/document.xml garbage')], /Word file is damaged/],
  ])('%s', async (name, bytes, message) => {
    const file = join(dir, name);
    writeFileSync(file, Uint8Array.from(bytes as number[]));
    const r = await run(['extract', file, '--json']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/internal error|at .*\.(?:js|mjs|ts):\d+/);
  });

  it('a PDF locked with a password says so', async () => {
    // A well-formed PDF whose /Encrypt dictionary does not open with the empty password.
    const objs = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
      `<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`,
    ];
    let body = '%PDF-1.4\n';
    const offsets: number[] = [];
    objs.forEach((o, i) => {
      offsets.push(body.length);
      body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    });
    const xref = body.length;
    body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    body += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
    const file = join(dir, 'locked.pdf');
    writeFileSync(file, body, 'latin1');
    const r = await run(['extract', file]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`govlens: ${file}: the PDF is protected by a password`);
  });

  it('an OFD file is named as such', async () => {
    const file = join(dir, 'report.ofd');
    writeFileSync(file, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('OFD.xml Doc_0/Document.xml')]));
    expect((await run(['extract', file])).err).toMatch(/an OFD file: no library here reads it/);
  });
});

describe('sniff', () => {
  it('knows a file by its bytes before its name', () => {
    expect(sniff(Buffer.from('%PDF-1.4 ...'), 'a.docx')).toBe('pdf');
    expect(sniff(Buffer.from('\ufeff  %PDF-1.4'), 'x')).toBe('pdf');
    expect(sniff(Buffer.from('<!doctype html><html>'), 'report.pdf')).toBe('html');
    expect(sniff(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('[Content_Types].xml word/')]))).toBe('docx');
    expect(sniff(Uint8Array.from([1, 2, 3]), 'x.wps')).toBe('wps');
    expect(sniff(Uint8Array.from([1, 2, 3]), 'x.bin')).toBe('unknown');
  });
});
