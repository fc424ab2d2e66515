/**
 * Fixtures are the spec: every test/fixtures/<slug>/ page through the pipeline, judged against
 * its expected.json the way shared/eval/score.mjs judges it. A missing expectation fails.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import { cleanLabel } from '../../core/clause';
import { doc, FIXTURES, fixture } from '../helpers/dom';
import {
  BOILERPLATE_MARKERS,
  type GoldMetric,
  type GoldReading,
  matchMetrics,
  scoreReadings,
  textF1,
} from '../helpers/score';

const slugs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const squash = (s: unknown) => String(s ?? '').replace(/\s+/g, '');

describe.each(slugs)('fixture %s', (slug) => {
  it('has page.html and expected.json', () => {
    expect(existsSync(join(FIXTURES, slug, 'page.html'))).toBe(true);
    expect(existsSync(join(FIXTURES, slug, 'expected.json'))).toBe(true);
  });

  const { html, expected } = existsSync(join(FIXTURES, slug, 'expected.json'))
    ? fixture(slug)
    : { html: '', expected: { url: '' } as Record<string, unknown> & { url: string } };
  const analysis = analyze(doc(html, expected.url), { url: expected.url });

  it('is detected as the right kind', () => {
    expect(analysis.isReport).toBe(expected.isReport);
    expect(analysis.kind).toBe(expected.kind);
  });

  if (!expected.isReport) return;

  it('has the title and metadata', () => {
    expect(squash(analysis.title)).toBe(squash(expected.title));
    for (const [key, want] of Object.entries((expected.metadata ?? {}) as Record<string, unknown>)) {
      if (want === null || want === undefined) continue;
      expect.soft(squash(analysis.metadata[key as keyof typeof analysis.metadata]), key).toBe(squash(want));
    }
  });

  it('keeps the report text and no boilerplate', () => {
    expect(textF1(analysis.text, String(expected.text))).toBeGreaterThanOrEqual(0.98);
    expect(BOILERPLATE_MARKERS.filter((m) => analysis.text.includes(m))).toEqual([]);
  });

  if (expected.disclosure !== undefined)
    it('reads the 年报 standard tables into disclosure (spec/disclosure.md)', () => {
      const got = analysis.disclosure ? { ...analysis.disclosure, checks: undefined } : null;
      if (got) delete got.checks;
      expect(got).toEqual(expected.disclosure);
    });

  it('finds every metric and nothing else', () => {
    const { missed, wrong, approxMismatch } = matchMetrics(analysis.metrics, expected.metrics as GoldMetric[]);
    expect({ missed, wrong, approxMismatch }).toEqual({ missed: [], wrong: [], approxMismatch: [] });
    for (const m of analysis.metrics) expect(analysis.text.slice(m.start, m.end)).toBe(m.text);
  });
});

/**
 * What each figure says, over every fixture together (the bars of the figure model): labels usable
 * ≥ 0.93, measure ≥ 0.97, direction ≥ 0.98; and every label is clean (no digits, punctuation or
 * footnote markers, never a scope or a verb alone).
 */
describe('what each figure says, all fixtures', () => {
  const totals = { labelled: 0, usable: 0, measureTotal: 0, measureOk: 0, directionTotal: 0, directionOk: 0 };
  const unusable: string[] = [];
  const labels: string[] = [];
  const tableLabels: string[] = [];
  for (const slug of slugs) {
    if (!existsSync(join(FIXTURES, slug, 'expected.json'))) continue;
    const { html, expected } = fixture(slug);
    if (!expected.isReport) continue;
    const a = analyze(doc(html, expected.url), { url: expected.url });
    const s = scoreReadings(a.metrics, expected.metrics as GoldReading[]);
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += s[k];
    unusable.push(...s.unusable.map((u) => `${slug} ${u}`));
    labels.push(...a.metrics.filter((m) => !m.table).map((m) => m.label));
    tableLabels.push(...a.metrics.filter((m) => m.table).map((m) => m.label));
  }

  it('has gold for what figures say', () => {
    expect(totals.labelled).toBeGreaterThan(800);
    expect(totals.directionTotal).toBeGreaterThan(150);
  });

  it('labels are usable, measure and direction right', () => {
    const usable = totals.usable / totals.labelled;
    expect({ usable: usable >= 0.93, unusable: usable >= 0.93 ? [] : unusable }).toEqual({
      usable: true,
      unusable: [],
    });
    expect(totals.measureOk / totals.measureTotal).toBeGreaterThanOrEqual(0.97);
    expect(totals.directionOk / totals.directionTotal).toBeGreaterThanOrEqual(0.98);
  });

  it('labels hold no digits, punctuation or footnote markers', () => {
    for (const l of labels) expect(cleanLabel(l), l).toBe(l);
    // A table cell's label is its row header, then its column header (行政许可·本年处理决定数量);
    // a year that names a row or column (地区生产总值·2024年) is the one part that holds digits.
    const badPart = (p: string) =>
      !p || /[()（）[\]【】“”"]/.test(p) || (/^\d/.test(p) && !/^(?:19|20)\d{2}年$/.test(p));
    for (const l of tableLabels) expect(l.split('·').filter(badPart), l).toEqual([]);
    expect(labels.filter((l) => /^(?:全区|全市|全县|全省|年|形成|完成|增长|下降)$/.test(l))).toEqual([]);
  });
});
