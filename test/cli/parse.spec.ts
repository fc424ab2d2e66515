/**
 * The command line's parser (parse5's tree, held by linkedom) against jsdom's: every fixture
 * reads to the same contract JSON, content after a stray </html> stays, and links resolve
 * against the page's address.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml, parseHtmlJsdom } from '../../cli/load';
import { analyze } from '../../core/analyze';
import { findAttachments } from '../../core/attachments';
import { toContract } from '../../core/contract';
import { decodeHtml } from '../../core/decode';
import { FIXTURES } from '../helpers/dom';

const slugs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('the fast parser reads as jsdom does', () => {
  it.each(slugs)('%s', (slug) => {
    const html = decodeHtml(readFileSync(join(FIXTURES, slug, 'page.html'))).html;
    const { url } = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as { url: string };
    const fast = toContract(analyze(parseHtml(html, url), { url }));
    const reference = toContract(analyze(parseHtmlJsdom(html, url), { url }));
    expect(fast).toEqual(reference);
    expect(fast.metrics.length + fast.text.length).toBeGreaterThan(0);
  });

  it('keeps what a gov.cn template puts after a stray </html>, in the body, as a browser does', () => {
    const html =
      '<html><head><title>报告</title></head><body><p>前文</p></body></html>\n<div id="late"><p>办结率达99.69%</p></div>';
    for (const d of [parseHtml(html), parseHtmlJsdom(html)]) {
      expect(d.querySelector('#late')?.parentElement?.tagName).toBe('BODY');
      expect(d.body.textContent).toContain('办结率达99.69%');
    }
  });

  it('mends misnested markup the way the HTML standard does', () => {
    const html = '<body><p>甲<div>乙</div><table><tr><td>1</td></tr>丙</table><b><i>丁</b>戊</i>';
    // As Chromium builds it: the stray text in the table is foster-parented before the table
    // (jsdom puts it after), the misnested <b><i> is mended by the adoption agency.
    expect(parseHtml(html).body.innerHTML).toBe(
      '<p>甲</p><div>乙</div>丙<table><tbody><tr><td>1</td></tr></tbody></table><b><i>丁</i></b><i>戊</i>',
    );
  });

  it('resolves links against the page address it was given', () => {
    const html = '<body><div class="fj">附件：<a href="../files/2024年报.pdf">2024年度报告.pdf</a></div></body>';
    const url = 'https://www.example.gov.cn/art/2025/1/1.html';
    const d = parseHtml(html, url);
    expect(d.URL).toBe(url);
    expect(findAttachments(d).map((a) => a.url)).toEqual(findAttachments(parseHtmlJsdom(html, url)).map((a) => a.url));
    expect(parseHtml(html).URL).toBe('about:blank');
  });
});
