/**
 * CSV exports of the library: one row per figure (with its clip's metadata and sentence), and
 * one row per clip. Built on export/csv.ts (Papa Parse quoting, BOM for Excel).
 */
import type { Clip } from '../storage/db';
import { type Cell, toCsv } from './csv';

/** Columns of the figures CSV. */
export const FIGURE_COLUMNS = [
  'clip_id',
  'title',
  'agency',
  'report_year',
  'published',
  'url',
  'metric_text',
  'value',
  'unit',
  'kind',
  'approx',
  'hedge',
  'label',
  'sentence',
];

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
      rows.push([
        c.id,
        c.title,
        c.agency,
        c.reportYear,
        c.publishedAt,
        c.url,
        m.text,
        m.value,
        m.unit,
        m.kind,
        m.approx,
        m.hedge,
        m.label,
        m.sentence,
      ]);
    }
  }
  return rows;
}

/** Every figure of `clips` as CSV. */
export function figuresCsv(clips: Clip[]): string {
  return toCsv(FIGURE_COLUMNS, figureRows(clips));
}

/** One row per clip as CSV. */
export function clipsCsv(clips: Clip[]): string {
  return toCsv(
    CLIP_COLUMNS,
    clips.map((c) => [
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
    ]),
  );
}
