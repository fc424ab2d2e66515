/**
 * The issuing agency (issue: a data-sources note, a republished bulletin, a splash page): a
 * sentence is never an agency, the report's own byline and ContentSource beat the portal, and a
 * page that is no document has none.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import { doc } from '../helpers/dom';

const article = (head: string, lines: string[], footer = '主办单位：澜江市统计局') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}<title>湘澜省2024年国民经济和社会发展统计公报_澜江市统计局</title></head>
  <body><div class="nav"><a href="/">首页</a></div><div class="article"><h1>湘澜省2024年国民经济和社会发展统计公报</h1>
  <div class="TRS_Editor">${lines.map((l) => `<p>${l}</p>`).join('')}</div></div><div class="footer">${footer}　网站标识码：4303000021</div></body></html>`;

const BODY = [
  '经初步核算，全年全省地区生产总值50012.8亿元，比上年增长4.8%。其中，第一产业增加值4590.3亿元，增长3.3%；第二产业增加值18320.6亿元，增长5.1%；第三产业增加值27101.9亿元，增长4.9%。',
  '全年一般公共预算收入3378.9亿元，比上年增长3.1%，其中税收收入2290.4亿元，增长2.5%。全年社会消费品零售总额21086.4亿元，比上年增长5.6%。',
];
const URL = 'http://tjj.lanjiang.example.gov.cn/tjgb/t20250321_1.html';
const agencyOf = (html: string) => analyze(doc(html, URL), { url: URL }).metadata.agency;

describe('agency', () => {
  it('is never a sentence of the data-sources note at the end', () => {
    const html = article('<meta name="SiteName" content="澜江市统计局">', [
      ...BODY,
      '资料来源：本公报中财政数据来自省财政厅',
      '本公报中就业数据来自省人力资源和社会保障厅',
    ]);
    expect(agencyOf(html)).toBe('澜江市统计局');
  });

  it("of a republished bulletin is the report's own byline, not the portal's bureau", () => {
    const html = article('<meta name="SiteName" content="澜江市统计局">', [
      '湘澜省统计局　国家统计局湘澜调查总队',
      '2025年3月18日',
      ...BODY,
    ]);
    expect(agencyOf(html)).toBe('湘澜省统计局');
  });

  it('of a republished bulletin is its ContentSource over the portal', () => {
    const html = article(
      '<meta name="SiteName" content="澜江市统计局"><meta name="ContentSource" content="湘澜省统计局">',
      BODY,
    );
    expect(agencyOf(html)).toBe('湘澜省统计局');
  });

  it('of a splash page is null, welcome line or not', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>澜江市人民政府</title></head><body>
      <div class="splash"><p>欢迎访问澜江市人民政府门户网站</p><a href="/index.html">进入首页</a></div>
      <div class="footer">主办单位：澜江市人民政府办公室　网站标识码：4303000001</div></body></html>`;
    const a = analyze(doc(html, 'http://www.lanjiang.example.gov.cn/'), { url: 'http://www.lanjiang.example.gov.cn/' });
    expect(a.kind).toBe('other');
    expect(a.metadata.agency).toBeNull();
  });

  it("of a township's 政府工作报告 on its county's portal is the township's government (来源), not the county's", () => {
    const url = 'http://www.qingxi.example.gov.cn/zjxx/sqz/zfgzbg/202502/t20250211_99.html';
    const page = (source: string) =>
      `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="青溪县人民政府">
      <title>双桥镇2025年政府工作报告_青溪县人民政府</title></head><body><div class="article">
      <h1>双桥镇2025年政府工作报告</h1><div class="info">发布时间：2025-02-11　来源：${source}</div>
      <div class="content">${BODY.map((l) => `<p>${l}</p>`).join('')}</div></div>
      <div class="footer">主办单位：青溪县人民政府办公室</div></body></html>`;
    expect(analyze(doc(page('青溪县双桥镇人民政府'), url), { url }).metadata.agency).toBe('青溪县双桥镇人民政府');
    // Without a source line, the government whose site carries it.
    expect(analyze(doc(page('本网'), url), { url }).metadata.agency).toBe('青溪县人民政府');
  });
});
