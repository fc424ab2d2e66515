/**
 * What the content script does on load, minus extension messaging: analyse the live document,
 * anchor every figure to a DOM Range and paint them with the CSS Custom Highlight API. Bundled
 * as an IIFE for the Chromium benchmark, together with Readability for the comparison.
 */
import { Readability } from '@mozilla/readability';
import { analyze, readAnalysisFigures } from '../core/analyze';
import { buildTextIndex, locate, rangeFor, squashWithMap } from '../core/anchor';
import { clearPaint, paint } from '../entrypoints/report.content/highlight';

/** What the content script does before the page is painted (figures read later, in idle time). */
function contentScriptPass(doc: Document): number {
  const a = analyze(doc, { url: doc.URL, readFigures: false });
  const index = buildTextIndex(a.root ?? doc.body);
  const clean = squashWithMap(a.text);
  let from = 0;
  const items: { range: Range; kind: (typeof a.metrics)[number]['kind'] }[] = [];
  for (const m of a.metrics) {
    const hit = locate(clean, index, m.start, m.end, from);
    if (!hit) continue;
    from = hit[1];
    items.push({ range: rangeFor(doc, index, hit[0], hit[1]), kind: m.kind });
  }
  const painted = paint(doc, items);
  clearPaint(doc, painted);
  return items.length;
}

/** The idle-time work after painting: what each figure says. */
function readFiguresPass(doc: Document): number {
  const a = analyze(doc, { url: doc.URL, readFigures: false });
  const t0 = performance.now();
  readAnalysisFigures(a);
  return performance.now() - t0;
}

function readabilityPass(doc: Document): number {
  const r = new Readability(doc.cloneNode(true) as Document).parse();
  return r?.textContent?.length ?? 0;
}

(globalThis as unknown as { govlensBench: unknown }).govlensBench = {
  contentScriptPass,
  readFiguresPass,
  readabilityPass,
};
