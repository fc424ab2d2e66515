/**
 * The UI's two languages: en and zh_CN carry the same messages with the same substitutions, and
 * every reason detect() gives (on every fixture) has a message in both, fed the right number of
 * values. The popup shows these, so a missing one would show its key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import { doc, FIXTURES, fixture } from '../helpers/dom';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (loc: string): Messages =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${loc}/messages.json`, import.meta.url), 'utf8'));
const en = load('en');
const zh = load('zh_CN');
/** The $1…$9 a message takes, directly or through its named placeholders. */
const placeholders = (m: Messages[string]) =>
  new Set([
    ...(m.message.match(/\$\d/g) ?? []),
    ...Object.values(m.placeholders ?? {}).flatMap((p) => p.content.match(/\$\d/g) ?? []),
  ]);

describe('locales', () => {
  it('en and zh_CN have the same keys and the same $1…$9 in each message', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
      expect(zh[key].message.trim(), key).not.toBe('');
    }
  });

  it('every $NAME$ a message uses is declared, as Chrome requires to load the extension at all', () => {
    for (const [loc, msgs] of [
      ['en', en],
      ['zh_CN', zh],
    ] as const) {
      for (const [key, m] of Object.entries(msgs)) {
        // Chrome reads $…$ pairs left to right ("比$2$1" is the variable "2"): each must be declared.
        const names = [...m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1].toLowerCase());
        const declared = Object.keys(m.placeholders ?? {}).map((n) => n.toLowerCase());
        for (const n of names) expect(declared, `${loc} ${key}: $${n}$`).toContain(n);
      }
    }
  });

  it('every detection reason on every fixture has a message, with as many values as it uses', () => {
    const seen = new Set<string>();
    for (const slug of readdirSync(FIXTURES)) {
      const { html, expected } = fixture(slug);
      for (const r of analyze(doc(html, expected.url), { url: expected.url }).detection.reasons) {
        const key = `reason_${r.code}`;
        seen.add(r.code);
        expect(en[key], key).toBeDefined();
        expect(placeholders(en[key]).size, key).toBe(r.args.length);
      }
    }
    // The fixtures exercise most signals (government, list, article, report, notice).
    expect(seen.size).toBeGreaterThanOrEqual(10);
  });
});
