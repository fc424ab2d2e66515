/**
 * When the content script draws a report's figures as boxes instead of registered highlights:
 * only on a page of more than 300 figures that keeps changing itself, second after second (a
 * clock, a ticker), never on a burst of loading, and never in the <mark> fallback. jsdom has no
 * Highlight API: a registry and a Highlight class of the API's shape stand in for the browser's,
 * and the page is laid out nowhere, so what is checked is the choice, not the boxes' places
 * (the e2e test on a ticking page checks those).
 */
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const { Controller } = await import('../../entrypoints/report.content/controller');

const backend = {
  listHighlights: async () => [],
  putHighlight: async () => ({ ok: true }),
  deleteHighlight: async () => ({ ok: true }),
  saveClip: async () => ({ ok: false as const, error: 'storage' as const, message: 'not here' }),
  openLibrary: async () => undefined,
};

/** A 统计公报 page with five figures in each of `paragraphs` paragraphs. */
function report(paragraphs: number): Document {
  const para = (i: number) =>
    `<p>${i}. 全年共办理行政复议案件<span>${(i % 90) + 10}件</span>，同比增长${(i % 9) + 1}.${i % 10}%，出具法律意见书${i % 300}份，办结率达99.${i % 100}%，涉及资金${(i % 50) + 1}.${i % 10}亿元。</p>`;
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>2024年国民经济和社会发展统计公报_某市统计局</title><meta name="SiteIDCode" content="4302000099"></head><body><div class="article"><h1>2024年国民经济和社会发展统计公报</h1><p id="clock">更新时间：0</p>${Array.from({ length: paragraphs }, (_, i) => para(i)).join('')}</div></body></html>`;
  return new JSDOM(html, { url: 'https://tjj.example.gov.cn/2024.html', pretendToBeVisual: true }).window.document;
}

const g = globalThis as unknown as { CSS?: unknown; Highlight?: unknown; StaticRange?: unknown };
let registry: Map<string, Set<unknown>>;

beforeEach(() => {
  registry = new Map();
  g.CSS = { highlights: registry };
  g.Highlight = class extends Set<unknown> {
    constructor(...ranges: unknown[]) {
      super(ranges);
    }
  };
  g.StaticRange = new JSDOM('').window.StaticRange;
});
afterEach(() => {
  delete g.CSS;
  delete g.Highlight;
  delete g.StaticRange;
});

/** The page's own changes at these times (ms since the page's start). */
function changes(c: InstanceType<typeof Controller>, times: number[]): void {
  for (const t of times) c.pageChanged(t);
}

const boxes = (d: Document) => d.querySelectorAll('[data-govlens-ui="boxes"]').length;
const figureSets = () => [...registry.keys()].filter((k) => k.startsWith('govlens-') && !k.startsWith('govlens-user'));

describe('figures drawn as boxes', () => {
  it('on a page of 400 figures that changes in four seconds in a row: the highlights give way to boxes', async () => {
    const d = report(80);
    const c = new Controller(d, backend);
    await c.run();
    expect(c.status().metricCount).toBe(400);
    expect(figureSets().length).toBeGreaterThan(0);
    expect(boxes(d)).toBe(0);
    // A clock: several changes a second, for three seconds: not yet.
    changes(c, [0, 50, 100, 1000, 1050, 2000, 2050]);
    expect(boxes(d)).toBe(0);
    // The fourth second running.
    changes(c, [3000]);
    expect(boxes(d)).toBe(1);
    expect(figureSets()).toEqual([]);
    // Every figure still counts as painted while the layer is on the page.
    expect(c.status().highlighted).toBe(400);
    // Switched off: the layer goes, with nothing of it left.
    c.setHighlights(false);
    expect(boxes(d)).toBe(0);
  });

  it('not for a burst of loading, nor for changes with seconds between them', async () => {
    const d = report(80);
    const c = new Controller(d, backend);
    await c.run();
    // Widgets loading: thirty changes within two seconds, then quiet, then two more apart.
    changes(
      c,
      Array.from({ length: 30 }, (_, i) => i * 60),
    );
    changes(c, [5000, 6000, 9000]);
    expect(boxes(d)).toBe(0);
    expect(figureSets().length).toBeGreaterThan(0);
  });

  it('not on a page of 300 figures or fewer, however it changes', async () => {
    const d = report(60);
    const c = new Controller(d, backend);
    await c.run();
    expect(c.status().metricCount).toBe(300);
    changes(
      c,
      Array.from({ length: 200 }, (_, i) => i * 50),
    );
    expect(boxes(d)).toBe(0);
  });

  it('not where there is no Highlight API (the <mark> fallback stays as it is)', async () => {
    delete g.CSS;
    const d = report(80);
    const c = new Controller(d, backend);
    await c.run();
    const marks = d.querySelectorAll('mark[data-govlens-mark]').length;
    expect(marks).toBeGreaterThan(300);
    changes(
      c,
      Array.from({ length: 200 }, (_, i) => i * 50),
    );
    expect(boxes(d)).toBe(0);
    expect(d.querySelectorAll('mark[data-govlens-mark]').length).toBe(marks);
  });
});
