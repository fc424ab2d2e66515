/**
 * CSV exports of the library: one row per figure (with its clip's metadata and sentence), and
 * one row per clip. Built on export/csv.ts (d3-dsv quoting, BOM for Excel).
 */
import type { Metric } from '../core/types';
import type { Clip } from '../storage/db';
import { BOM, type Cell, CRLF, csvCell, csvLines, toCsv } from './csv';

/** Columns that describe one figure, in every per-figure CSV (library export and CLI batch). */
export const METRIC_CELL_COLUMNS = [
  'metric_text',
  'value',
  'unit',
  'kind',
  'approx',
  'hedge',
  'label',
  'indicator',
  'measure',
  'direction',
  'base',
  'target',
  'table',
  'table_row',
  'table_col',
  'sentence',
];

/** The fields of a figure that the CSV exports. Clips saved before the figure model lack some. */
export type MetricCellSource = Pick<
  Metric,
  'text' | 'value' | 'unit' | 'kind' | 'approx' | 'hedge' | 'label' | 'sentence'
> &
  Partial<Pick<Metric, 'indicator' | 'measure' | 'direction' | 'base' | 'target' | 'table'>>;

/** The cells of {@link METRIC_CELL_COLUMNS} for one figure. */
export function metricCells(m: MetricCellSource): Cell[] {
  return [
    m.text,
    m.value,
    m.unit,
    m.kind,
    m.approx,
    m.hedge,
    m.label,
    m.indicator ?? m.label,
    m.measure ?? 'level',
    m.direction ?? null,
    m.base ?? null,
    m.target ?? false,
    // A table cell: the page's data table (numbered from 1, as a reader counts) and its row and column.
    m.table ? m.table.index + 1 : null,
    m.table ? m.table.row + 1 : null,
    m.table ? m.table.col + 1 : null,
    m.sentence,
  ];
}

/** Columns of the figures CSV. */
export const FIGURE_COLUMNS = ['clip_id', 'title', 'agency', 'report_year', 'published', 'url', ...METRIC_CELL_COLUMNS];

/** Columns of the clips CSV. */
export const CLIP_COLUMNS = [
  'clip_id',
  'title',
  'agency',
  'site',
  'site_code',
  'report_year',
  'published',
  'captured',
  'url',
  'figures',
  'highlights',
  'tags',
  'note',
];

/** Rows of the figures table (for CSV and the library's figures view). */
export function figureRows(clips: Clip[]): Cell[][] {
  const rows: Cell[][] = [];
  for (const c of clips) {
    for (const m of c.metrics) {
      rows.push([c.id, c.title, c.agency, c.reportYear, c.publishedAt, c.url, ...metricCells(m)]);
    }
  }
  return rows;
}

/**
 * The rows of {@link figureRows} as CSV lines (CRLF-terminated, no header), without building
 * them: a clip's own cells are quoted once for all its figures. This is the path of the large
 * exports (500,000 figures), where per-row arrays cost as much as the formatting.
 */
export function figureLines(clips: Clip[]): string {
  let out = '';
  for (const c of clips) {
    const head = `${csvCell(c.id)},${csvCell(c.title)},${csvCell(c.agency)},${csvCell(c.reportYear)},${csvCell(c.publishedAt)},${csvCell(c.url)},`;
    for (const m of c.metrics) {
      out += `${head}${csvCell(m.text)},${csvCell(m.value)},${csvCell(m.unit)},${csvCell(m.kind)},${csvCell(m.approx)},${csvCell(m.hedge)},${csvCell(m.label)},${csvCell(m.indicator ?? m.label)},${csvCell(m.measure ?? 'level')},${csvCell(m.direction ?? null)},${csvCell(m.base ?? null)},${csvCell(m.target ?? false)},${m.table ? `${m.table.index + 1},${m.table.row + 1},${m.table.col + 1}` : ',,'},${csvCell(m.sentence)}${CRLF}`;
    }
  }
  return out;
}

/** Every figure of `clips` as CSV. */
export function figuresCsv(clips: Clip[]): string {
  return BOM + csvLines([FIGURE_COLUMNS]) + figureLines(clips);
}

/** Rows of the clips table. */
export function clipRows(clips: Clip[]): Cell[][] {
  return clips.map((c) => [
    c.id,
    c.title,
    c.agency,
    c.site,
    c.siteCode,
    c.reportYear,
    c.publishedAt,
    c.capturedAt,
    c.url,
    c.metrics.length,
    c.highlights.length,
    c.tags.join('; '),
    c.note,
  ]);
}

/** Clips as CSV lines (CRLF-terminated, no header). */
export function clipLines(clips: Clip[]): string {
  return csvLines(clipRows(clips));
}

/** One row per clip as CSV. */
export function clipsCsv(clips: Clip[]): string {
  return toCsv(CLIP_COLUMNS, clipRows(clips));
}
