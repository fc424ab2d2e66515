/**
 * The one pipeline both hosts run: title → extract → detect → metadata → metrics.
 * Pure over the Document it is handed (which it never modifies) and the URL.
 */
import { detect } from './detect';
import { extract } from './extract';
import { metaMap, readMetadata, readTitle } from './metadata';
import { findMetrics, readMetrics } from './metrics';
import type { Analysis } from './types';

/** Inputs from the host: the page's URL (if known). */
export interface AnalyzeOptions {
  url?: string | URL | null;
  /**
   * Read what each figure says now (default). `false` gives values and spans only, for a host
   * that paints first and calls {@link readAnalysisFigures} later.
   */
  readFigures?: boolean;
}

/** Fill in what each figure says, once (a no-op when analyze() already did). */
export function readAnalysisFigures(a: Analysis): Analysis {
  if (!a.figuresRead) {
    readMetrics(a.text, a.metrics);
    a.figuresRead = true;
  }
  return a;
}

function parseUrl(u: string | URL | null | undefined): URL | null {
  // A document parsed without an address (a saved file, no --url) is about:blank: no URL at all.
  if (!u || String(u) === 'about:blank') return null;
  try {
    return new URL(String(u));
  } catch {
    return null;
  }
}

/** Read one page: detection, clean text, metadata and metrics. */
export function analyze(doc: Document, options: AnalyzeOptions = {}): Analysis {
  const url = parseUrl(options.url ?? doc.URL);
  const meta = metaMap(doc);
  const { title, siteSuffix } = readTitle(doc, meta);
  const extraction = extract(doc, { title });
  const pageText = doc.body?.textContent ?? '';
  const detection = detect(doc, url, meta, title, extraction, pageText);
  const read = readMetadata(doc, url, title, siteSuffix, extraction.blocks, meta, pageText);
  // A page that is no document (a splash or home page) was issued by no one: its portal's
  // 主办单位 or welcome line is not an agency.
  const metadata = detection.kind === 'other' ? { ...read, agency: null } : read;
  // An index page's numbers are dates and counters of links, not figures.
  const readNow = options.readFigures !== false;
  const metrics = detection.kind === 'list' ? [] : findMetrics(extraction.text, { context: readNow });
  return {
    url: url?.href ?? null,
    kind: detection.kind,
    isReport: detection.isReport,
    detection,
    title,
    text: extraction.text,
    blocks: extraction.blocks,
    metadata,
    metrics,
    figuresRead: readNow,
    removed: extraction.removed,
    via: extraction.via,
    root: extraction.root,
  };
}
