/**
 * The UI's two languages: en and zh_CN carry the same messages with the same substitutions, and
 * every reason detect() gives (on every fixture) has a message in both, fed the right number of
 * values. The popup shows these, so a missing one would show its key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import { doc, FIXTURES, fixture } from '../helpers/dom';

type Messages = Record<string, { message: string }>;
const load = (loc: string): Messages =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${loc}/messages.json`, import.meta.url), 'utf8'));
const en = load('en');
const zh = load('zh_CN');
const placeholders = (m: string) => new Set(m.match(/\$\d/g) ?? []);

describe('locales', () => {
  it('en and zh_CN have the same keys and the same $1…$9 in each message', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(placeholders(zh[key].message), key).toEqual(placeholders(en[key].message));
      expect(zh[key].message.trim(), key).not.toBe('');
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
        expect(placeholders(en[key].message).size, key).toBe(r.args.length);
      }
    }
    // The fixtures exercise most signals (government, list, article, report, notice).
    expect(seen.size).toBeGreaterThanOrEqual(10);
  });
});
