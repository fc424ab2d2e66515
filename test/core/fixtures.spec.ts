/**
 * Fixtures are the spec: every test/fixtures/<slug>/ page through the pipeline, judged against
 * its expected.json the way shared/eval/score.mjs judges it. A missing expectation fails.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import { doc, FIXTURES, fixture } from '../helpers/dom';
import { BOILERPLATE_MARKERS, type GoldMetric, matchMetrics, textF1 } from '../helpers/score';

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

  it('finds every metric and nothing else', () => {
    const { missed, wrong, approxMismatch } = matchMetrics(analysis.metrics, expected.metrics as GoldMetric[]);
    expect({ missed, wrong, approxMismatch }).toEqual({ missed: [], wrong: [], approxMismatch: [] });
    for (const m of analysis.metrics) expect(analysis.text.slice(m.start, m.end)).toBe(m.text);
  });
});
