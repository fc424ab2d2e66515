/**
 * The one pipeline both hosts run: title → extract → detect → metadata → metrics.
 * Pure over the Document it is handed (which it never modifies) and the URL.
 */
import { detect } from './detect';
import { readDisclosure, standardTableKind } from './disclosure';
import { extract } from './extract';
import { metaMap, readMetadata, readTitle } from './metadata';
import { findMetrics, readMetrics } from './metrics';
import { readTables, tableFigures } from './table';
import type { Analysis, Metric } from './types';

/** Inputs from the host: the page's URL (if known). */
export interface AnalyzeOptions {
  url?: string | URL | null;
  /**
   * Read what each figure says now (default). `false` gives values and spans only, for a host
   * that paints first and calls {@link readAnalysisFigures} later.
   */
  readFigures?: boolean;
  /**
   * The document stands alone: a report file, which carries no portal around it (no 网站标识码,
   * no 主办单位 line). Then its own signature may say that a government body issued it.
   */
  standalone?: boolean;
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
  const read = readMetadata(doc, url, title, siteSuffix, extraction.blocks, meta, pageText);
  const detection = detect(doc, url, meta, title, extraction, pageText, options.standalone ? read.agency : null);
  // A page that is no document (a splash or home page) was issued by no one: its portal's
  // 主办单位 or welcome line is not an agency.
  const metadata = detection.kind === 'other' ? { ...read, agency: null } : read;
  // An index page's numbers are dates and counters of links, not figures.
  const readNow = options.readFigures !== false;
  const tables = detection.kind === 'list' ? [] : readTables(extraction.blocks);
  const disclosure = readDisclosure(title, extraction.text, tables);
  const scanned = detection.kind === 'list' ? [] : findMetrics(extraction.text, { context: readNow });
  const metrics = withTableFigures(
    scanned,
    // Counts in the 年报's standard tables are 件 (spec/metrics.md).
    tableFigures(tables, extraction.text, { standardUnit: (t) => (disclosure && standardTableKind(t) ? '件' : null) }),
  );
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
    disclosure,
    figuresRead: readNow,
    removed: extraction.removed,
    via: extraction.via,
    root: extraction.root,
  };
}

/**
 * The scanned figures with the table cells' figures in place of any the scanner found inside the
 * same cells (a cell of 12.5% is read once, by its headers), in reading order.
 */
function withTableFigures(scanned: Metric[], cells: Metric[]): Metric[] {
  if (!cells.length) return scanned;
  // Both lists are in text order: one sweep drops the scanned figures that overlap a cell's.
  const byStart = [...cells].sort((a, b) => a.start - b.start);
  const kept: Metric[] = [];
  let j = 0;
  for (const m of scanned) {
    while (j < byStart.length && byStart[j].end <= m.start) j++;
    const c = byStart[j];
    if (!(c && c.start < m.end && c.end > m.start)) kept.push(m);
  }
  return [...kept, ...byStart].sort((a, b) => a.start - b.start);
}
