/**
 * Each export format read back by a real consumer: the CSVs by d3-dsv's parser, CSL-JSON rendered by
 * citeproc-js (through citation-js), the zip of Markdown files by fflate.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { csvParseRows } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cslJson, gbt7714, ris, toCsl } from '../../export/citation';
import { BOM, csvLines } from '../../export/csv';
import { CLIP_COLUMNS, clipsCsv, FIGURE_COLUMNS, figureLines, figureRows, figuresCsv } from '../../export/figures';
import { clipToMarkdown, markdownZip } from '../../export/markdown';
import { makeClips } from '../helpers/clips';

const clips = makeClips(20, 4);

function parseCsv(text: string) {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  // Every line ends in CRLF; a stray quote would swallow line ends and change the row count.
  expect(text.endsWith('\r\n')).toBe(true);
  return csvParseRows(text.slice(1));
}

describe('CSV', () => {
  it('figures: one row per metric, quoting and Chinese intact', () => {
    const rows = parseCsv(figuresCsv(clips));
    expect(rows[0]).toEqual(FIGURE_COLUMNS);
    expect(rows).toHaveLength(1 + 20 * 4);
    const first = Object.fromEntries(FIGURE_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(first).toMatchObject({ agency: '天津市工业和信息化局', label: '法律意见, "书面"', unit: '份' });
    expect(first.sentence).toBe('全年出具法律意见0份，"引号", 逗号');
  });

  it('clips: one row per clip, multi-line notes kept', () => {
    const rows = parseCsv(clipsCsv(clips));
    expect(rows[0]).toEqual(CLIP_COLUMNS);
    expect(rows).toHaveLength(21);
    expect(rows[1][CLIP_COLUMNS.indexOf('note')]).toBe('note, with "quotes"\nand a line');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const evil = { ...clips[1], title: '=HYPERLINK("http://x")' };
    const rows = parseCsv(clipsCsv([evil]));
    expect(rows[1][1]).toBe(`'=HYPERLINK("http://x")`);
    // Signed numbers stay numbers; null is an empty cell.
    expect(csvLines([['-5', '+3.2', '@x', null, 0, false]])).toBe(`-5,+3.2,'@x,,0,false\r\n`);
  });

  it('a CSV written batch by batch is the same file as one written at once, row for row', () => {
    const batched =
      BOM + csvLines([FIGURE_COLUMNS]) + [0, 7, 14].map((i) => figureLines(clips.slice(i, i + 7))).join('');
    expect(batched).toBe(figuresCsv(clips));
    // The fused writer says exactly what the generic one says about the same rows.
    expect(figureLines(clips)).toBe(csvLines(figureRows(clips)));
  });
});

describe('citations', () => {
  it('CSL-JSON renders through citeproc-js', () => {
    const items = JSON.parse(cslJson(clips.slice(0, 2)));
    expect(items[0]).toMatchObject({ type: 'report', author: [{ literal: '天津市工业和信息化局' }] });
    const html = new Cite(items).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
    expect(html).toContain('天津市工业和信息化局');
    expect(html).toContain('法治政府建设情况报告');
    expect(html).toContain('https://gxj.example0.gov.cn/art/0.html');
  });

  it('RIS has one TY RPRT … ER record per clip', () => {
    const text = ris(clips.slice(0, 3));
    expect(text.match(/^TY {2}- RPRT$/gm)).toHaveLength(3);
    expect(text.match(/^ER {2}- $/gm)).toHaveLength(3);
    expect(text).toContain('AU  - 天津市工业和信息化局');
  });

  it('GB/T 7714-2015 reference of an online report', () => {
    expect(gbt7714(clips[0])).toBe(
      '天津市工业和信息化局. 天津市工业和信息化局2018年法治政府建设情况报告（第0号）[EB/OL]. (2019-01-10)[2025-01-01]. https://gxj.example0.gov.cn/art/0.html.',
    );
    expect(toCsl([clips[0]])[0].issued).toEqual({ 'date-parts': [[2019, 1, 10]] });
  });
});

describe('Markdown', () => {
  it('front matter, figures table, highlights and notes', () => {
    const md = clipToMarkdown(clips[0]);
    expect(md).toMatch(
      /^---\ntitle: "天津市工业和信息化局2018年法治政府建设情况报告（第0号）"\nagency: "天津市工业和信息化局"\nreport_year: 2018/,
    );
    expect(md).toContain('| 0份 | 0 | 份 | yes | 法律意见, "书面" |');
    expect(md).toContain('> 法律意见\n\n批注 0');
  });

  it('writes no raw tag from page text, notes, highlights or the title (XSS payloads)', () => {
    const payloads = [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '<svg onload=alert(1)>',
      '<iframe src="javascript:alert(1)"></iframe>',
      '[点我](javascript:alert(1))',
      '![x](http://evil.example/x.png)',
      '<a href="javascript:alert(1)">x</a>',
      '`<b>code</b>`',
    ];
    const c = structuredClone(clips[0]);
    c.title = `报告${payloads[0]}`;
    c.note = payloads.join(' ');
    c.text = payloads.join('\n');
    const [quote, position] = c.highlights[0].selectors;
    c.highlights = [{ ...c.highlights[0], note: payloads[2], selectors: [{ ...quote, exact: payloads[1] }, position] }];
    c.metrics = [{ ...c.metrics[0], label: payloads[3] }];
    const md = clipToMarkdown(c);
    // Outside the YAML front matter (JSON-quoted strings), no tag opens and no link forms.
    const body = md.slice(md.indexOf('---', 3) + 3);
    expect(body).not.toMatch(/<[a-z!/]/i);
    expect(body).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('several clips as one zip', () => {
    const files = unzipSync(markdownZip(clips.slice(0, 5)));
    const names = Object.keys(files);
    expect(names).toHaveLength(5);
    expect(strFromU8(files[names[0]])).toContain('## Figures');
  });
});
