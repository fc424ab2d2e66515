/**
 * Tables as data (core/table.ts, core/disclosure.ts): grids with spans expanded, header rows and
 * columns, units from headers, unit columns and captions, blanks that are null, layout tables
 * that are not data, split tables, and the 年报's arithmetic reported, never fixed.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import { readTables } from '../../core/table';
import { doc, fixture } from '../helpers/dom';

const page = (body: string, title = '临澜市2024年国民经济和社会发展统计公报') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
  <div class="TRS_Editor"><p>${title}。全年全市地区生产总值4862.37亿元，比上年增长5.6%，经济运行总体平稳，发展质量稳步提升，各项社会事业全面进步。</p>${body}</div></body></html>`;
const read = (body: string, title?: string) =>
  analyze(doc(page(body, title)), { url: 'http://tjj.example.gov.cn/a.html' });
const cellFigures = (body: string, title?: string) => read(body, title).metrics.filter((m) => m.table);

describe('table model', () => {
  it('expands rowspan and colspan: a cell under a merged header takes both headers', () => {
    const tables = readTables(
      read(`<table border="1">
        <tr><td rowspan="2">指标</td><td colspan="2">产量（万吨）</td></tr>
        <tr><td>2023年</td><td>2024年</td></tr>
        <tr><td>粮食</td><td>110.5</td><td>112.36</td></tr>
      </table>`).blocks,
    );
    expect(tables).toHaveLength(1);
    const cell = tables[0].cells.find((c) => c.text === '112.36');
    expect(cell?.colPath).toEqual(['产量（万吨）', '2024年']);
    expect(cell?.rowPath).toEqual(['粮食']);
  });

  it('labels a cell row · column and takes the unit from the header, scaled like the text', () => {
    const f = cellFigures(`<table border="1"><tr><td>指标</td><td>金额（万元）</td><td>比上年增长（%）</td></tr>
      <tr><td>一般公共预算收入</td><td>286734</td><td>-2.1</td></tr></table>`);
    expect(f.map((m) => [m.label, m.value, m.unit, m.measure, m.direction, m.base])).toEqual([
      ['一般公共预算收入·金额', 2867340000, '元', 'level', null, null],
      ['一般公共预算收入·比上年增长', -2.1, '%', 'change', 'down', '上年'],
    ]);
  });

  it('reads a hedge after a cell’s number (a targets table: 6左右, 4000以上) as the figure’s', () => {
    const f = cellFigures(`<table border="1"><tr><td>指标名称</td><td>单位</td><td>上年完成</td><td>预期目标</td></tr>
      <tr><td>地区生产总值增长</td><td>%</td><td>5.9</td><td>6左右</td></tr>
      <tr><td>城镇新增就业</td><td>人</td><td>4386</td><td>4000以上</td></tr></table>`);
    expect(f.map((m) => [m.text, m.value, m.unit, m.approx, m.hedge, m.target])).toEqual([
      ['5.9', 5.9, '%', false, null, false],
      ['6左右', 6, '%', true, '左右', true],
      ['4386', 4386, '人', false, null, false],
      ['4000以上', 4000, '人', true, '以上', true],
    ]);
  });

  it('takes the unit from a 计量单位 column and from a 单位：万元 caption', () => {
    const units = cellFigures(`<table border="1"><tr><td>产品</td><td>计量单位</td><td>产量</td></tr>
      <tr><td>原煤</td><td>万吨</td><td>86.4</td></tr><tr><td>服装</td><td>万件</td><td>1536</td></tr></table>`);
    expect(units.map((m) => [m.label, m.value, m.unit])).toEqual([
      ['原煤·产量', 864000, '吨'],
      ['服装·产量', 15360000, '件'],
    ]);
    const caption =
      cellFigures(`<p>表2　财政收支</p><p>单位：万元</p><table border="1"><tr><td>指标</td><td>绝对数</td></tr>
      <tr><td>税收收入</td><td>201458</td></tr></table>`);
    expect(caption.map((m) => [m.label, m.value, m.unit])).toEqual([['税收收入·绝对数', 2014580000, '元']]);
  });

  it('a table that does not say what it counts gives no figures; row numbers and blanks are none', () => {
    expect(
      cellFigures(`<table border="1"><tr><td>序号</td><td>单位名称</td><td>邮编</td></tr>
      <tr><td>1</td><td>市司法局</td><td>300450</td></tr><tr><td>2</td><td>市财政局</td><td>300451</td></tr></table>`),
    ).toEqual([]);
    const f = cellFigures(`<table border="1"><tr><td>序号</td><td>项目</td><td>件数</td></tr>
      <tr><td>1</td><td>行政许可</td><td>/</td></tr><tr><td>2</td><td>行政处罚</td><td>0</td></tr></table>`);
    expect(f.map((m) => [m.label, m.value, m.unit])).toEqual([['行政处罚·件数', 0, '件']]);
  });

  it('a layout table (the page in a table) is not data, but the data table inside it is', () => {
    const long = '各项工作取得明显成效。'.repeat(30);
    const f = cellFigures(`<table><tr><td><p>${long}</p><table border="1"><tr><td>指标</td><td>数量（件）</td></tr>
      <tr><td>行政复议</td><td>12</td></tr></table></td></tr></table>`);
    expect(f.map((m) => [m.label, m.value, m.unit, m.table?.index])).toEqual([['行政复议·数量', 12, '件', 0]]);
  });

  it('a Word-pasted table (MsoNormal paragraphs and spans in every cell, &nbsp; cells) is data', () => {
    const c = (t: string) =>
      `<td style="border:solid windowtext 1.0pt"><p class="MsoNormal" align="center"><span style="font-family:仿宋_GB2312">${t}</span><span lang="EN-US"><o:p></o:p></span></p></td>`;
    const f = cellFigures(`<table class="MsoTableGrid" border="1"><tr>${c('项目')}${c('件数')}</tr>
      <tr>${c('受理')}${c('37')}</tr><tr>${c('办结')}${c('&nbsp;')}</tr></table>`);
    expect(f.map((m) => [m.label, m.value])).toEqual([['受理·件数', 37]]);
  });

  it('puts every cell figure at its cell in the clean text, so the page highlights it there', () => {
    const a = read(`<table border="1"><tr><td>指标</td><td>件数</td></tr><tr><td>受理</td><td>37</td></tr></table>`);
    const m = a.metrics.find((x) => x.table);
    expect(m && a.text.slice(m.start, m.end)).toBe('37');
  });
});

describe('disclosure (the 年报 standard tables)', () => {
  it('is null on a page that is not a 年报, even with tables', () => {
    const a = read(`<table border="1"><tr><td>指标</td><td>件数</td></tr><tr><td>受理</td><td>37</td></tr></table>`);
    expect(a.disclosure).toBeNull();
  });

  it('reports the checks a published table fails, and keeps its numbers as printed', () => {
    const { html, expected } = fixture('bureau-disclosure-2023-word');
    const a = analyze(doc(html, expected.url), { url: expected.url });
    const failed = a.disclosure?.checks.filter((c) => !c.ok).map((c) => `${c.rule} ${c.field}`);
    expect(failed).toEqual([
      'row-total newReceived',
      'row-total total',
      'results-total 自然人',
      'requests-balance 自然人',
      'requests-balance 总计',
    ]);
    expect(a.disclosure?.requests.newReceived?.[6]).toBe(51);
    expect(a.disclosure?.checks.find((c) => c.rule === 'requests-balance' && c.field === '总计')?.detail).toBe(
      '51 + 3 ≠ 50 + 5',
    );
  });

  it('passes every check on a table that adds up', () => {
    const { html, expected } = fixture('district-disclosure-2024-trs');
    const a = analyze(doc(html, expected.url), { url: expected.url });
    expect(a.disclosure?.checks.length).toBeGreaterThan(30);
    expect(a.disclosure?.checks.filter((c) => !c.ok)).toEqual([]);
  });

  it('reads a blank cell as null, never 0', () => {
    const { html, expected } = fixture('district-disclosure-2024-trs');
    const blanked = html.replace(/(<td[^>]*>)0(<\/td><td[^>]*>)0(<\/td><td[^>]*>)0(<\/td><\/tr>)/, '$1/$2—$3$4');
    const a = analyze(doc(blanked, expected.url), { url: expected.url });
    expect(a.disclosure?.proactive.rules).toEqual({ issued: null, repealed: null, inForce: null });
  });
});

describe('a 年报 requests table split across two <table>s', () => {
  const head = `<tr><td colspan="2" rowspan="2">项目</td><td colspan="3">申请人情况</td></tr><tr><td>自然人</td><td>商业企业</td><td>总计</td></tr>`;
  const tables = (second: string) =>
    read(
      `<p>三、收到和处理政府信息公开申请情况</p><table border="1">${head}
      <tr><td colspan="2">一、本年新收政府信息公开申请数量</td><td>5</td><td>1</td><td>6</td></tr>
      <tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>3</td><td>1</td><td>4</td></tr>
      <tr><td>（二）部分公开</td><td>1</td><td>0</td><td>1</td></tr></table>
      <p>&nbsp;</p><table border="1">${second}</table>`,
      '某局2024年政府信息公开工作年度报告',
    );
  it('the second part takes the headers of the first, with or without the spanning row-header column', () => {
    for (const second of [
      '<tr><td rowspan="1"></td><td>（七）总计</td><td>4</td><td>1</td><td>5</td></tr>',
      '<tr><td>（七）总计</td><td>4</td><td>1</td><td>5</td></tr>',
    ]) {
      const a = tables(second);
      expect(a.disclosure?.requests.total).toEqual([4, 1, null, null, null, null, 5]);
      expect(a.disclosure?.requests.granted).toEqual([3, 1, null, null, null, null, 4]);
      const last = a.metrics.filter((m) => m.table).pop();
      expect(last?.label).toBe('总计·总计');
      expect(last?.unit).toBe('件');
    }
  });
});
