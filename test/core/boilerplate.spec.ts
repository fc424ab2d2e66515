/**
 * core/boilerplate.ts tests every element and line against the rule tables through two unions
 * (one pattern for all attribute rules, one for the text rules) before trying rule by rule.
 * The unions must reject nothing a rule accepts: checked on every element and line of every fixture.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kindByAttr, kindByText, TEXT_ANYWHERE } from '../../core/boilerplate';
import { BOILERPLATE_RULES, BOILERPLATE_TAGS } from '../../core/rules/boilerplate';
import { lines, textWithBreaks } from '../../core/text';
import { doc, FIXTURES, fixture } from '../helpers/dom';

const slugs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** The rule-by-rule answers the unions shortcut. */
function attrByRules(el: Element) {
  const tagKind = BOILERPLATE_TAGS[el.tagName.toUpperCase()];
  if (tagKind) return tagKind;
  const key = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return BOILERPLATE_RULES.find((r) => r.attr?.test(key))?.kind ?? null;
}

describe('boilerplate rule unions', () => {
  it('rules carry no regex flags (a union of sources would drop them)', () => {
    for (const r of BOILERPLATE_RULES) {
      expect(r.attr?.flags ?? '', r.why).toBe('');
      expect(r.text?.flags ?? '', r.why).toBe('');
    }
  });

  it('give the rule-by-rule answer on every element and line of every fixture', () => {
    let matched = 0;
    for (const slug of slugs) {
      const { html, expected } = fixture(slug);
      const d = doc(html, expected.url);
      for (const el of Array.from(d.querySelectorAll('*'))) {
        const want = attrByRules(el);
        expect(kindByAttr(el), `${slug} <${el.tagName} class="${el.getAttribute('class')}">`).toBe(want);
        if (want) matched++;
      }
      for (const line of lines(textWithBreaks(d.body))) {
        for (const anywhere of [false, true]) {
          const want =
            BOILERPLATE_RULES.find(
              (r) =>
                r.text &&
                (anywhere || TEXT_ANYWHERE.has(r.kind)) &&
                (r.maxLen === undefined || line.length <= r.maxLen) &&
                r.text.test(line),
            )?.kind ?? null;
          expect(kindByText(line, anywhere), `${slug}: ${line}`).toBe(want);
          if (want) matched++;
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe('images and charts of the report', () => {
  it('are listed as removed, by their alt text or file name, never dropped silently; chrome images and spacers are not', async () => {
    const { extract } = await import('../../core/extract');
    const d = doc(`<html><head><title>2024年统计公报</title></head><body>
<div class="header"><img src="/images/logo.png" alt="某市人民政府"></div>
<div class="article"><h1>2024年统计公报</h1>
<p>全年地区生产总值1234.5亿元，比上年增长5.2%。全年地区生产总值1234.5亿元，比上年增长5.2%。</p>
<p><img src="/u/cms/2024/%E5%9B%BE2.png"></p>
<p style="text-align:center"><img src="/u/cms/chart1.png" alt="图1 2024年地区生产总值及增速"><img src="/s.gif" width="1" height="1"></p>
<p>规模以上工业增加值增长6.1%<img src="/icons/up.png" alt="上升">。</p>
<div class="share">分享到：<img src="/images/wx.png" alt="微信"></div>
</div></body></html>`);
    const x = extract(d);
    expect(x.removed.filter((r) => r.kind === 'image').map((r) => r.text)).toEqual([
      '图2.png',
      '图1 2024年地区生产总值及增速',
      '上升',
    ]);
    expect(x.text).not.toMatch(/png|图1/);
    expect(x.text).toContain('规模以上工业增加值增长6.1%。');
  });
});
