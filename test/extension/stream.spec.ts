/** An analysis sent in pieces arrives whole and equal, and a failure on the way is an error. */
import { describe, expect, it } from 'vitest';
import { analyzeMarkup } from '../../core/remote';
import { Assembler, pieces } from '../../messaging/stream';
import { doc } from '../helpers/dom';

const page = `<html><head><title>2024年度法治政府建设工作情况报告_某市司法局</title></head><body><div class="article">
<h1>2024年度法治政府建设工作情况报告</h1>${Array.from(
  { length: 1500 },
  (_, i) =>
    `<p>${i}. 全年共办理行政复议案件${(i % 90) + 10}件，同比增长${(i % 9) + 1}.${i % 10}%，涉及资金${(i % 50) + 1}亿元。</p>`,
).join('')}</div></body></html>`;

describe('analysis in pieces', () => {
  it('puts a 4,500-figure analysis together again exactly, in pieces of at most 1,000 figures', () => {
    const r = analyzeMarkup(doc(page), 'https://sfj.example.gov.cn/a.html');
    expect(r.metrics.length).toBe(4500);
    const all = [...pieces(r)];
    expect(all.filter((p) => p.part === 'metrics').map((p) => (p.part === 'metrics' ? p.value.length : 0))).toEqual([
      1000, 1000, 1000, 1000, 500,
    ]);
    // Each piece crosses as JSON, as extension messages do.
    const a = new Assembler();
    let out = null;
    for (const p of all) out = a.add(JSON.parse(JSON.stringify(p)));
    expect(out).toEqual(JSON.parse(JSON.stringify(r)));
  });

  it('reports an error piece as an error, and an end without a head as one', () => {
    expect(() => new Assembler().add({ part: 'error', message: 'offscreen gone' })).toThrow('offscreen gone');
    expect(() => new Assembler().add({ part: 'end' })).toThrow(/without its head/);
  });
});
