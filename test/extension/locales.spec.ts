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

/**
 * The walk of every UI string: each message key the UI code names (t('…') and the families it
 * builds, kind_…, measure_…, reason_…, removedKind_…) exists in both locales; the Chinese UI has
 * no message left in English and the English UI none in Chinese only; UI code holds no Chinese
 * text of its own (it all comes from the locales).
 */
describe('every UI string path, in both locales', () => {
  const sources = [
    ...readdirSync(new URL('../../entrypoints', import.meta.url), { recursive: true, withFileTypes: false }).map(
      (f) => `entrypoints/${f}`,
    ),
    ...readdirSync(new URL('../../components', import.meta.url), { recursive: true, withFileTypes: false }).map(
      (f) => `components/${f}`,
    ),
  ]
    .map(String)
    .filter((f) => /\.tsx?$/.test(f));
  const code = sources.map((f) => readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8'));
  const families: Record<string, readonly string[]> = {
    kind_: ['count', 'money', 'percent', 'duration', 'other'],
    measure_: ['level', 'change', 'share'],
    removedKind_: [
      'browser-notice',
      'site-code',
      'icp',
      'share',
      'font-size',
      'print',
      'close',
      'view-count',
      'breadcrumb',
      'qr-code',
      'nav',
      'header',
      'footer',
      'related',
      'attachment-empty',
      'article-info',
      'title',
      'script',
    ].map((k) => k.replace(/-/g, '_')),
  };

  it('every key the UI names exists in en and zh_CN', () => {
    const keys = new Set<string>();
    for (const c of code) for (const m of c.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]);
    for (const [prefix, names] of Object.entries(families)) for (const n of names) keys.add(prefix + n);
    expect(keys.size).toBeGreaterThan(100);
    for (const k of keys) {
      expect(en[k], `en ${k}`).toBeDefined();
      expect(zh[k], `zh_CN ${k}`).toBeDefined();
    }
  });

  it('the Chinese UI says everything in Chinese, the English UI in English', () => {
    // Names that are the same in both languages.
    const same = /^(?:GovLens.*|CSV|SVG|PNG|JSON|RIS|CSL-JSON|Markdown|.*CSV|JSON 备份|[—–·…\s]*|\$\d.*)$/;
    for (const [k, m] of Object.entries(zh))
      if (!same.test(m.message)) expect(/[\u4e00-\u9fff]/.test(m.message), `zh_CN ${k}: ${m.message}`).toBe(true);
    for (const [k, m] of Object.entries(en))
      if (!same.test(m.message))
        expect(/[A-Za-z]{2,}/.test(m.message.replace(/\$[A-Za-z0-9_]+\$|\$\d/g, '')), `en ${k}: ${m.message}`).toBe(
          true,
        );
  });

  it('UI code holds no Chinese text of its own', () => {
    sources.forEach((f, i) => {
      const lines = code[i]
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split('\n')
        .map((l) => l.replace(/\/\/.*$/, ''))
        .filter((l) => /[\u4e00-\u9fff]/.test(l));
      expect(lines, f).toEqual([]);
    });
  });
});

describe('save errors in the UI language', () => {
  it('a full disk is said in words of the locale, not in the storage layer English', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const i18n = fakeBrowser.i18n as unknown as { getMessage: (k: string, s?: string[]) => string };
    i18n.getMessage = (k: string, subs?: string[]) =>
      (zh[k]?.message ?? '').replace(/\$(\d)/g, (_, n) => subs?.[Number(n) - 1] ?? '');
    (globalThis as { browser?: unknown }).browser = fakeBrowser;
    const { saveError } = await import('../../components/i18n');
    expect(saveError({ error: 'quota', message: 'Browser storage is full' })).toBe(zh.errQuota.message);
    expect(saveError({ error: 'storage', message: 'AbortError' })).toContain('浏览器存储出错');
  });
});
