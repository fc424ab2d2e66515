/**
 * Properties of the pipeline as a whole: it never changes the document it reads, it reads
 * content that gov.cn include templates put after a stray </html>, and it explains itself.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import { doc, fixture } from '../helpers/dom';

describe('pipeline', () => {
  it.each([
    'tianjin-gxj-2020',
    'jiangmen-gxj-2024',
    'tianjin-binhai-gxj-list',
  ])('never modifies the input document (%s)', (slug) => {
    const { html, expected } = fixture(slug);
    const d = doc(html, expected.url);
    const before = d.documentElement.outerHTML;
    const a = analyze(d, { url: expected.url });
    expect(a.text.length).toBeGreaterThan(0);
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it('reads content placed after a stray </html> (include templates)', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年统计公报_某市统计局</title>
      <meta name="SiteIDCode" content="1234000001"></head><body><div class="header">某市统计局</div></body></html>
      <div class="article"><h1>2024年统计公报</h1><div id="zoom">
      <p>一、综合</p><p>全年地区生产总值1234.5亿元，比上年增长5.3%。全年新增市场主体2.3万户，其中企业8600家。</p>
      <p>二、农业</p><p>全年粮食产量45.6万吨，增长1.2%。年末全市共有规模以上工业企业1520家，全年工业用电量增长3.4%。</p>
      </div></div><div class="footer">网站标识码：1234000001</div>`;
    const a = analyze(doc(html, 'https://tjj.example.gov.cn/art/1.html'));
    expect(a.text).toContain('全年地区生产总值1234.5亿元');
    expect(a.metrics.map((m) => m.text)).toEqual([
      '1234.5亿元',
      '5.3%',
      '2.3万户',
      '8600家',
      '45.6万吨',
      '1.2%',
      '1520家',
      '3.4%',
    ]);
    expect(a.metadata.siteCode).toBe('1234000001');
    expect(a.text).not.toContain('网站标识码');
  });

  it('says why a page is a report and what it removed', () => {
    const { html, expected } = fixture('tianjin-binhai-2024');
    const a = analyze(doc(html, expected.url), { url: expected.url });
    const details = a.detection.reasons.map((r) => r.detail).join('\n');
    expect(details).toMatch(/gov\.cn/);
    expect(details).toMatch(/SiteIDCode/);
    expect(details).toMatch(/title names a report/);
    const kinds = new Set(a.removed.map((r) => r.kind));
    for (const k of ['breadcrumb', 'share', 'qr-code', 'print', 'related', 'footer', 'nav'] as const) {
      expect(kinds, k).toContain(k);
    }
  });

  it('never calls a non-government page a report, whatever its title', () => {
    const { html, expected } = fixture('company-csr-report');
    const a = analyze(doc(html, expected.url), { url: expected.url });
    expect(a.isReport).toBe(false);
    expect(a.detection.isGovernment).toBe(false);
    expect(a.detection.reasons.some((r) => r.signal === 'against')).toBe(true);
  });
});
