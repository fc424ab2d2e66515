/**
 * What a portal page's own markup says: a heading that extends the <title> (政府工作报告 →
 * 2025年松城市政府工作报告), the portal's name in its logo when no SiteName meta is given, and a
 * table's <caption> (单位：万元) as the unit of its cells.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import { doc } from '../helpers/dom';

const URL = 'http://www.songcheng.example.gov.cn/zwgk/gzbg/202501/t20250115_1.html';
const page = (body: string, title = '政府工作报告') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
  <div class="header"><div class="logo"><a href="/"><img src="/logo.png" alt="松城市人民政府"></a></div></div>
  <div class="article">${body}</div>
  <div class="footer">主办：松城市人民政府办公室　网站标识码：3610000001</div></body></html>`;

const REPORT = `<h1 class="article-title">2025年松城市政府工作报告</h1><div class="content">
  <p>各位代表：</p><p>一、2024年工作回顾</p>
  <p>全市地区生产总值突破3000亿元，比上年增长5.8%；一般公共预算收入218.6亿元，增长4.1%；社会消费品零售总额1256.3亿元，增长5.2%。</p>
  <p>全年新增城镇就业4.2万人，城镇调查失业率控制在5.5%以内，居民消费价格上涨0.3%。</p></div>`;

describe('a portal page’s own markup', () => {
  it('takes the heading that extends the tag title, and the portal name from its logo', () => {
    const a = analyze(doc(page(REPORT), URL), { url: URL });
    expect(a.title).toBe('2025年松城市政府工作报告');
    expect(a.metadata.siteName).toBe('松城市人民政府');
    expect(a.metadata.reportYear).toBe(2024);
  });

  it('does not take a heading that only ends like the title', () => {
    const html = page(`<h2>相关阅读：历届政府工作报告</h2>${REPORT.replace(/<h1[^>]*>.*?<\/h1>/, '')}`);
    expect(analyze(doc(html, URL), { url: URL }).title).toBe('政府工作报告');
  });

  it('reads a table caption as the unit of its cells', () => {
    const table = `<p>2024年一般公共预算收支主要项目</p><table border="1"><caption>单位：万元</caption>
      <tr><td>项目</td><td>金额</td><td>比上年增长(%)</td></tr>
      <tr><td>一般公共预算收入</td><td>152836</td><td>3.8</td></tr>
      <tr><td>一般公共预算支出</td><td>468215</td><td>4.6</td></tr></table>`;
    const a = analyze(
      doc(
        page(
          `<h1>丰溪县2024年国民经济和社会发展统计公报</h1><div class="content">${table}
      <p>全年全县地区生产总值286.4亿元，比上年增长5.6%。</p></div>`,
          '丰溪县2024年国民经济和社会发展统计公报',
        ),
        URL,
      ),
      { url: URL },
    );
    const cell = a.metrics.find((m) => m.table && m.text === '152836');
    expect(cell).toMatchObject({ value: 1528360000, unit: '元' });
    expect(a.text).toContain('单位：万元');
  });

  it('keeps a date of its own apart from the title before it (a list item’s <a> and <span>)', () => {
    const list = `<ul>${[1, 2, 3, 4, 5, 6]
      .map(
        (i) =>
          `<li><a href="/a${i}.html">松城市202${i % 5}年法治政府建设情况报告</a><span class="date">2025-01-1${i}</span></li>`,
      )
      .join('')}</ul>`;
    const a = analyze(doc(page(list, '法治政府建设'), URL), { url: URL });
    expect(a.text).toContain('法治政府建设情况报告 2025-01-11');
    expect(a.text).not.toMatch(/报告2025-01/);
  });
});
