/** Anchoring clean-text spans back to the DOM, and W3C selectors surviving page changes. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import { buildTextIndex, indexPosition, locate, rangeFor, squashWithMap } from '../../core/anchor';
import { describe as describeSpan, resolve } from '../../core/selectors';
import { browserDoc as doc, fixture } from '../helpers/dom';

describe('anchor', () => {
  it('maps every figure of a Word-exported page (numbers split over spans) to its DOM range', () => {
    const { html, expected } = fixture('tianjin-gxj-2020');
    const d = doc(html, expected.url);
    const a = analyze(d, { url: expected.url });
    const index = buildTextIndex(a.root ?? d.body);
    const clean = squashWithMap(a.text);
    let from = 0;
    for (const m of a.metrics) {
      const hit = locate(clean, index, m.start, m.end, from);
      expect(hit, m.text).not.toBeNull();
      if (!hit) continue;
      from = hit[1];
      expect(rangeFor(d, index, hit[0], hit[1]).toString().replace(/\s+/g, '')).toBe(m.text.replace(/\s+/g, ''));
    }
  });

  it('finds a figure that the text states twice at its second place', () => {
    const d = doc(
      '<div id="zoom"><p>截至目前，党组会议、办公会议共审议“三重一大”事项148项，其中重大事项决策105项。</p><p>附表：全年审议事项148项，均按程序集体研究决定。</p></div>',
    );
    const a = analyze(d);
    const index = buildTextIndex(d.body);
    const clean = squashWithMap(a.text);
    const first = locate(clean, index, a.metrics[0].start, a.metrics[0].end, 0);
    const second = locate(clean, index, a.metrics[1].start, a.metrics[1].end, first?.[1] ?? 0);
    expect(second?.[0]).toBeGreaterThan(first?.[0] ?? Infinity);
  });

  it('turns a DOM point back into an index position', () => {
    const d = doc('<p>甲乙 <b>丙丁</b></p>');
    const index = buildTextIndex(d.body);
    const b = d.querySelector('b')?.firstChild as Node;
    expect(indexPosition(index, b, 1)).toBe(3);
  });
});

describe('W3C selectors', () => {
  const text = '全年出具法律意见104份。其中法律意见书40余份。';

  it('resolve at the same position when the text is unchanged', () => {
    const s = describeSpan(text, 4, 8);
    expect(s[0]).toMatchObject({ type: 'TextQuoteSelector', exact: '法律意见', prefix: '全年出具' });
    expect(s[1]).toEqual({ type: 'TextPositionSelector', start: 4, end: 8 });
    expect(resolve(text, s)).toEqual({ start: 4, end: 8 });
  });

  it('follow the quote when text was inserted before it, choosing the occurrence by context', () => {
    const s = describeSpan(text, 15, 19); // the second 法律意见 (…书40余份)
    const moved = `【更新】${text}`;
    const r = resolve(moved, s);
    expect(r && moved.slice(r.start, r.end)).toBe('法律意见');
    expect(r?.start).toBe(19);
  });

  it('are orphaned (null) when the quote is gone', () => {
    const s = describeSpan(text, 4, 8);
    expect(resolve('全年出具意见104份。', s)).toBeNull();
  });

  const report =
    '一、主要成效\n全年审核规范性文件32件，出具法律意见104份，办理行政复议案件57件。\n二、存在问题\n基层执法人员法律素养有待提高。';
  const quote = '出具法律意见104份，办理行政复议案件57件';

  it('re-attach an edited sentence (a revised figure) by approximate matching', () => {
    const at = report.indexOf(quote);
    const s = describeSpan(report, at, at + quote.length);
    const revised = report.replace('104份', '106份').replace('一、主要成效', '一、2024年主要成效');
    const r = resolve(revised, s);
    expect(r && revised.slice(r.start, r.end)).toBe('出具法律意见106份，办理行政复议案件57件');
  });

  it('re-attach after a typo is fixed inside the quote', () => {
    const typo = report.replace('法律素养', '法律索养');
    const q = '基层执法人员法律索养有待提高';
    const at = typo.indexOf(q);
    const s = describeSpan(typo, at, at + q.length);
    const fixed = report;
    const r = resolve(fixed, s);
    expect(r && fixed.slice(r.start, r.end)).toBe('基层执法人员法律素养有待提高');
  });

  it('orphan a deleted sentence, even where similar words remain', () => {
    const at = report.indexOf(quote);
    const s = describeSpan(report, at, at + quote.length);
    const deleted = report.replace('出具法律意见104份，办理行政复议案件57件', '组织法治培训3期');
    expect(resolve(deleted, s)).toBeNull();
  });

  it('never fuzzy-match a short quote (it would match anywhere)', () => {
    const s = describeSpan(report, report.indexOf('57件'), report.indexOf('57件') + 3);
    expect(resolve(report.replace('57件', '58件'), s)).toBeNull();
  });
});
