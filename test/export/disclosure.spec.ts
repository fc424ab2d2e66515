/**
 * The 年报 dataset CSV: one row per report, stable Chinese column names, UTF-8 with BOM, every
 * field of disclosure where the report has it (null → empty, never 0), failed checks listed.
 */
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { DISCLOSURE_COLUMNS, disclosureCsv } from '../../export/disclosure';
import { FIGURE_COLUMNS, figuresCsv } from '../../export/figures';
import { makeClips } from '../helpers/clips';
import { clipFromFixture } from '../helpers/fixture-clips';

const trs = clipFromFixture('district-disclosure-2024-trs');
const word = clipFromFixture('bureau-disclosure-2023-word');
const y2019 = clipFromFixture('county-disclosure-2019-format');

describe('年报 CSV', () => {
  const text = disclosureCsv([trs, word, y2019, ...makeClips(3)]);
  const rows = csvParseRows(text.slice(1));
  const byName = (r: string[]) => Object.fromEntries(DISCLOSURE_COLUMNS.map((c, i) => [c.name, r[i]]));

  it('starts with a BOM and has one row per report (clips that are no 年报 are left out)', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.includes('\r\n')).toBe(true);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(DISCLOSURE_COLUMNS.map((c) => c.name));
    expect(new Set(rows[0]).size).toBe(rows[0].length);
    expect(rows[0]).toContain('本年新收·自然人');
    expect(rows[0]).toContain('行政诉讼·复议后起诉·总计');
  });

  it('writes the standard fields as the report gives them', () => {
    const r = byName(rows[1]);
    expect(r).toMatchObject({
      发布机关: '临澜市清河区人民政府',
      报告年度: '2024',
      格式: '2021',
      本年新收·自然人: '86',
      本年新收·总计: '98',
      行政规范性文件·现行有效件数: '126',
      '行政事业性收费·本年收费金额（万元）': '2630.4',
      行政复议·总计: '5',
      核对未通过: '0',
    });
  });

  it('lists the checks a report fails', () => {
    const r = byName(rows[2]);
    expect(r.核对未通过).toBe('5');
    expect(r.核对未通过项).toContain('requests-balance 总计: 51 + 3 ≠ 50 + 5');
  });

  it('leaves a field the format does not have empty, never 0 (2019: no 法律服务机构, no 废止)', () => {
    const r = byName(rows[3]);
    expect(r.格式).toBe('2019');
    expect(r['本年新收·法律服务机构']).toBe('');
    expect(r['规章·本年废止件数']).toBe('');
    expect(r['本年新收·总计']).toBe('28');
  });
});

describe('figures CSV of table cells', () => {
  it('says which table, row and column a cell figure comes from', () => {
    const rows = csvParseRows(figuresCsv([trs]).slice(1));
    const col = (name: string) => FIGURE_COLUMNS.indexOf(name);
    const cell = rows.find((r) => r[col('label')] === '行政许可·本年处理决定数量');
    expect(
      cell && [
        cell[col('value')],
        cell[col('unit')],
        cell[col('table')],
        cell[col('table_row')],
        cell[col('table_col')],
      ],
    ).toEqual(['1873', '件', '1', '7', '2']);
    const prose = rows.find((r) => r[col('metric_text')] === '3426条');
    expect(prose?.[col('table')]).toBe('');
  });
});
