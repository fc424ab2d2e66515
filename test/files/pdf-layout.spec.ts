import { describe, expect, it } from 'vitest';
import { joinLines, layoutPdf, type PdfItem, type PdfPage } from '../../files/pdf-layout';

/** A run of `text` set at (x, y) in a `size` pt font, each character one em wide (CJK). */
const run = (text: string, x: number, y: number, size = 10): PdfItem => ({
  str: text,
  x,
  y,
  w: text.length * size,
  size,
});

/** Lines of a column: text cut into lines of `perLine` characters starting at x, from y down. */
function column(text: string, x: number, y: number, perLine: number, size = 10): PdfItem[] {
  const out: PdfItem[] = [];
  for (let i = 0, line = 0; i < text.length; i += perLine, line++)
    out.push(run(text.slice(i, i + perLine), x, y + line * size * 1.6, size));
  return out;
}

const page = (items: PdfItem[]): PdfPage => ({ width: 600, height: 840, items });

describe('layoutPdf', () => {
  it('joins the lines of a paragraph without a space and starts a new one after a short line', () => {
    const p1 = '全年共办理行政复议案件52件，同比增长18.2%，办结率达99.69%，纠错率为12%。';
    const p2 = '出具法律意见104份，审核合同76件。';
    const items = [...column(p1, 50, 100, 20), ...column(p2, 50, 100 + 4 * 16, 20)];
    const { blocks } = layoutPdf([page(items)]);
    expect(blocks).toEqual([
      { kind: 'p', text: p1 },
      { kind: 'p', text: p2 },
    ]);
  });

  it('reads two columns left first, under a title that spans both', () => {
    const left = '一、主要经济指标全年地区生产总值262.6亿元，比上年增长5.3%。'.repeat(4);
    const right = '二、农业全年粮食总产量35.2万吨，比上年下降0.4%。'.repeat(4);
    const items = [
      run('某县2024年国民经济和社会发展统计公报', 100, 60, 20),
      ...column(left, 40, 120, 24),
      ...column(right, 320, 120, 24),
    ];
    const { blocks, twoColumnPages } = layoutPdf([page(items)]);
    expect(twoColumnPages).toEqual([1]);
    expect(blocks).toEqual([
      { kind: 'h1', text: '某县2024年国民经济和社会发展统计公报' },
      { kind: 'p', text: left },
      { kind: 'p', text: right },
    ]);
  });

  it('takes out running headers, footers and page numbers and lists each once', () => {
    const body = '本年度共受理政府信息公开申请128件，办结126件。'.repeat(6);
    const pages = [1, 2, 3].map((n) =>
      page([
        run('某区人民政府办公室', 250, 40, 8),
        ...column(body, 50, 120, 30),
        run(`第 ${n} 页 共 3 页`, 270, 800, 8),
        run(`- ${n} -`, 290, 815, 8),
      ]),
    );
    const { blocks, removed } = layoutPdf(pages);
    expect(removed).toEqual([
      { kind: 'running-header', text: '某区人民政府办公室' },
      { kind: 'page-number', text: '第1页共3页' },
      { kind: 'page-number', text: '- 1 -' },
    ]);
    const text = blocks.map((b) => ('text' in b ? b.text : '')).join('');
    expect(text).not.toMatch(/某区人民政府办公室|页|-/);
    // The paragraph that runs over the page break is one paragraph.
    expect(blocks).toHaveLength(3);
  });

  it('keeps a title line at the top of page one that other pages do not repeat', () => {
    const body = '全年新增就业1.2万人。'.repeat(12);
    const pages = [
      page([run('2024年度报告', 250, 50, 18), ...column(body, 50, 120, 30)]),
      page([...column(body, 50, 120, 30)]),
    ];
    const { blocks, removed } = layoutPdf(pages);
    expect(removed).toEqual([]);
    expect(blocks[0]).toEqual({ kind: 'h1', text: '2024年度报告' });
  });

  it('rebuilds rows of separate cells into a table', () => {
    const rows = [
      ['指标', '单位', '数值', '比上年增长'],
      ['地区生产总值', '亿元', '262.6', '5.3%'],
      ['粮食产量', '万吨', '35.2', '-0.4%'],
    ];
    const xs = [50, 200, 300, 400];
    const items = rows.flatMap((r, i) => r.map((c, j) => run(c, xs[j], 100 + i * 20)));
    const { blocks } = layoutPdf([page(items)]);
    expect(blocks).toEqual([{ kind: 'table', rows }]);
  });

  it('leaves a blank where a row lacks a cell, and says merged cells are not recovered', () => {
    const items = [
      run('项目', 50, 100),
      run('件数', 300, 100),
      run('行政许可', 50, 120),
      run('12', 300, 120),
      run('合计', 50, 140),
      run('说明', 200, 140),
      run('20', 300, 140),
    ];
    const [table] = layoutPdf([page(items)]).blocks;
    expect(table).toMatchObject({
      kind: 'table',
      rows: [
        ['项目', '', '件数'],
        ['行政许可', '', '12'],
        ['合计', '说明', '20'],
      ],
    });
    expect(table.kind === 'table' && table.note).toMatch(/not recovered/);
  });

  it('drops the gaps pdf.js reads as spaces in justified Chinese text, keeps them between Latin words', () => {
    const items: PdfItem[] = [
      run('编印惠企政策口袋书1.5', 50, 100),
      { str: ' ', x: 160, y: 100, w: 3, size: 10 },
      run('万本，ISO', 163, 100),
      run('9001', 228, 100),
    ];
    const { blocks } = layoutPdf([page(items)]);
    expect(blocks).toEqual([{ kind: 'p', text: '编印惠企政策口袋书1.5万本，ISO 9001' }]);
  });

  it('reads a ruled grid cell by cell: merged cells get their spans, wrapped cell text is one cell', () => {
    // 信息内容 | 本年处理决定数量 (over two columns) / 行政许可 | 12 | 3 / a wrapped row header.
    const xs = [40, 200, 300, 400];
    const ys = [100, 120, 140, 180];
    const h = (y: number, x0 = xs[0], x1 = xs[3]) => ({ x0, y0: y - 0.5, x1, y1: y + 0.5 });
    const v = (x: number, y0 = ys[0], y1 = ys[3]) => ({ x0: x - 0.5, y0, x1: x + 0.5, y1 });
    const rules = [h(100), h(120), h(140), h(180), v(40), v(200), v(300, 120, 180), v(400)];
    const items = [
      run('信息内容', 45, 114),
      run('本年处理决定数量', 210, 114),
      run('行政许可', 45, 134),
      run('12', 210, 134),
      run('3', 310, 134),
      run('其他对外管理服务', 45, 156),
      run('事项', 45, 172),
      run('7', 210, 156),
      run('0', 310, 156),
      ...column('以上为本年度行政许可情况。', 40, 220, 30),
    ];
    const { blocks } = layoutPdf([{ ...page(items), rules }]);
    expect(blocks).toEqual([
      {
        kind: 'table',
        rows: [
          ['信息内容', '本年处理决定数量'],
          ['行政许可', '12', '3'],
          ['其他对外管理服务事项', '7', '0'],
        ],
        spans: [
          [
            [1, 1],
            [1, 2],
          ],
          [
            [1, 1],
            [1, 1],
            [1, 1],
          ],
          [
            [1, 1],
            [1, 1],
            [1, 1],
          ],
        ],
      },
      { kind: 'p', text: '以上为本年度行政许可情况。' },
    ]);
  });

  it('a ruled frame around a note is no table: its text stays a paragraph', () => {
    const rules = [
      { x0: 40, y0: 99.5, x1: 500, y1: 100.5 },
      { x0: 40, y0: 139.5, x1: 500, y1: 140.5 },
      { x0: 39.5, y0: 100, x1: 40.5, y1: 140 },
      { x0: 499.5, y0: 100, x1: 500.5, y1: 140 },
    ];
    const { blocks } = layoutPdf([{ ...page([run('注：本报告数据截至2024年12月31日。', 50, 125)]), rules }]);
    expect(blocks).toEqual([{ kind: 'p', text: '注：本报告数据截至2024年12月31日。' }]);
  });

  it('gives nothing for pages without text (a scan)', () => {
    expect(layoutPdf([page([]), page([])]).blocks).toEqual([]);
  });
});

describe('joinLines', () => {
  it('never puts a space between Chinese lines, one between English words, and mends a hyphenated word', () => {
    expect(joinLines('全年共办理案件12', '3件')).toBe('全年共办理案件123件');
    expect(joinLines('the annual', 'report')).toBe('the annual report');
    expect(joinLines('govern-', 'ment')).toBe('government');
    expect(joinLines('增长', 'GDP')).toBe('增长GDP');
  });
});
