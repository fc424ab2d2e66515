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
