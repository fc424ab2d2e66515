/**
 * core/gate.ts decides, on every gov.cn page, whether the analyser is loaded at all. It must never
 * turn away a page the full pipeline would call a report, and it must turn away lists and notices
 * (else it saves nothing).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import { mayBeReport } from '../../core/gate';
import { doc, FIXTURES, fixture } from '../helpers/dom';

const slugs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** The fixture page, and variants whose title comes from elsewhere (no meta, a bare <title>). */
function variants(slug: string): [string, Document][] {
  const { html, expected } = fixture(slug);
  const noMeta = html.replace(/<meta[^>]+name=["']?ArticleTitle["']?[^>]*>/gi, '');
  const bareTitle = noMeta.replace(/<title>[\s\S]*?<\/title>/i, '<title>政府门户网站</title>');
  const noTitle = noMeta.replace(/<title>[\s\S]*?<\/title>/i, '');
  return [
    ['as served', doc(html, expected.url)],
    ['without ArticleTitle', doc(noMeta, expected.url)],
    ['with the portal name as <title>', doc(bareTitle, expected.url)],
    ['without <title>', doc(noTitle, expected.url)],
  ];
}

describe('mayBeReport', () => {
  it.each(slugs)('never turns away a page the pipeline calls a report (%s)', (slug) => {
    for (const [how, d] of variants(slug)) {
      const { url } = fixture(slug).expected;
      const isReport = analyze(d, { url }).isReport;
      if (isReport) expect(mayBeReport(d), `${slug} ${how}`).toBe(true);
    }
  });

  it('passes every report fixture as served', () => {
    const reports = slugs.filter((s) => fixture(s).expected.isReport);
    expect(reports.length).toBeGreaterThan(10);
    for (const s of reports) expect(mayBeReport(doc(fixture(s).html, fixture(s).expected.url)), s).toBe(true);
  });

  it.each([
    'gov-list-paginated',
    'tianjin-binhai-gxj-list',
    'tianjin-binhai-gxj-notice',
    'gov-short-notice',
  ])('turns away lists and notices (%s)', (slug) => {
    const { html, expected } = fixture(slug);
    expect(mayBeReport(doc(html, expected.url))).toBe(false);
  });

  it('reads the title, not the body: a report named in a menu does not count', () => {
    const page = (title: string) =>
      doc(`<html><head><title>${title}</title></head><body>
        <ul class="nav"><li><a href="/a">政府工作报告</a></li><li><a href="/b">统计公报</a></li></ul>
        <h1>${title}</h1><p>正文。</p></body></html>`);
    expect(mayBeReport(page('关于开展安全生产检查的通知'))).toBe(false);
    expect(mayBeReport(page('2024年政府信息公开工作年度报告'))).toBe(true);
    // The last word decides, as in detect(): a notice about a report is a notice.
    expect(mayBeReport(page('关于报送2024年度法治政府建设情况报告的通知'))).toBe(false);
    expect(mayBeReport(page('2024年国民经济和社会发展统计公报'))).toBe(true);
  });
});
